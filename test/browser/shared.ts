// What the node-side Chromium tests share: the one Chromium of the run (started by
// test/browser/globalSetup.ts, each file connects to it); a tiny node:http server on 127.0.0.1
// that serves a file's pages, its scripts and a newsletter endpoint; pages that record every
// console error and warning; axe.
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import type Axe from 'axe-core';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright';
import { inject } from 'vitest';

export const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** One request the newsletter endpoint received. */
export interface Signup {
  method: string;
  /** The form fields, from the body of a post or the query of a get. */
  fields: Record<string, string>;
  /** Whether the request asked for JSON: sent by the hydrated box, not by a plain form post. */
  json: boolean;
}

/** The answer the endpoint gives to the next `fetch` from a hydrated box. */
export interface Answer {
  status: number;
  body?: string;
}

/** What a test file serves; every other path is a 404. */
export interface SiteRoutes {
  /** Scripts by path, e.g. `{ '/article-kit.js': code }`. */
  scripts?: Record<string, string>;
  /** The HTML for a GET of `url`, or undefined for a 404. */
  pages: (url: URL) => string | undefined;
}

export interface SiteServer {
  origin: string;
  /** Every request to /newsletter so far, oldest first. */
  signups: Signup[];
  /** Answers for the next `fetch` requests, taken in order; then 200 with `{"status":"subscribed"}`. */
  answers: Answer[];
  close: () => Promise<void>;
}

const readBody = (req: IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });

/**
 * Serves a test file's `pages` and `scripts`, and the newsletter endpoint `/newsletter`: a plain
 * form post gets a thank-you page, a `fetch` asking for JSON gets the next of `answers`.
 */
export async function startSiteServer({ scripts = {}, pages }: SiteRoutes): Promise<SiteServer> {
  const signups: Signup[] = [];
  const answers: Answer[] = [];
  const server: Server = createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const script = Object.hasOwn(scripts, url.pathname) ? scripts[url.pathname] : undefined;
      if (script !== undefined) {
        res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' }).end(script);
        return;
      }
      if (url.pathname === '/favicon.ico') {
        res.writeHead(204).end();
        return;
      }
      if (url.pathname === '/newsletter') {
        const body = req.method === 'POST' ? await readBody(req) : url.search.slice(1);
        const json = /application\/json/.test(req.headers.accept ?? '');
        signups.push({ method: req.method ?? '', fields: Object.fromEntries(new URLSearchParams(body)), json });
        if (json) {
          const { status, body: answer = '' } = answers.shift() ?? { status: 200, body: '{"status":"subscribed"}' };
          res.writeHead(status, { 'content-type': 'application/json' }).end(answer);
        } else {
          res
            .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
            .end('<!doctype html><html lang="de"><title>Danke</title><h1>Danke für deine Anmeldung</h1></html>');
        }
        return;
      }
      const html = req.method === 'GET' ? pages(url) : undefined;
      if (html === undefined) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    signups,
    answers,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * The run's Chromium. `close()` on it only disconnects this file (and closes the contexts it
 * opened); the browser itself closes when the run ends.
 */
export const connectChromium = (): Promise<Browser> => chromium.connect(inject('chromiumEndpoint'));

export interface Opened {
  page: Page;
  context: BrowserContext;
  /** Console errors and warnings and uncaught page errors so far. */
  problems: string[];
  close: () => Promise<void>;
}

/**
 * A fresh context and page that record console errors, warnings and page errors, and reach
 * nothing but the local server.
 */
export async function openPage(
  browser: Browser,
  { js = true, width = 1024 }: { js?: boolean; width?: number } = {},
): Promise<Opened> {
  const context = await browser.newContext({ javaScriptEnabled: js, viewport: { width, height: 800 } });
  const page = await context.newPage();
  await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  return { page, context, problems, close: () => context.close() };
}

/** axe (WCAG 2.2 AA and best practices, colour contrast included): one line per failing node. */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof Axe }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
  });
}

/** Waits until every island in the page has hydrated (React committed it). */
export async function islandsHydrated(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const islands = document.querySelectorAll('article-kit-island');
      return islands.length > 0 && document.querySelectorAll('article-kit-island[hydrated]').length === islands.length;
    },
    undefined,
    { timeout: 10_000 },
  );
}

/** Parts of the article view that reach outside its box, and the page's scroll width. */
export const overflow = (page: Page): Promise<{ outside: string[]; scrollWidth: number }> =>
  page.evaluate(() => {
    const root = document.querySelector('[data-ak="ArticleLayout"]')!.getBoundingClientRect();
    const outside = [...document.querySelectorAll('[data-ak="ArticleLayout"] *')]
      .filter((el) => {
        const box = el.getBoundingClientRect();
        return box.width > 0 && (box.left < root.left - 0.5 || box.right > root.right + 0.5);
      })
      .map((el) => `${el.localName}${el.getAttribute('data-part') ?? el.getAttribute('data-ak-part') ?? ''}`);
    return { outside, scrollWidth: document.documentElement.scrollWidth };
  });

/** Server markup of a React tree, with the style tags styled-components collected while rendering it. */
export function renderWithStyles(tree: ReactElement): { html: string; styles: string } {
  const sheet = new ServerStyleSheet();
  try {
    const html = renderToString(sheet.collectStyles(tree));
    return { html, styles: sheet.getStyleTags() };
  } finally {
    sheet.seal();
  }
}
