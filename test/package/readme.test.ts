// The README's examples for hosts without React, run as written against the installed tarball:
// each block marked `<!-- example: name -->` is taken from README.md, its shell commands run in a
// scratch host folder, and the pages they make are opened in Chromium.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type Browser } from 'playwright';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { installTarball } from './install';

const readme = readFileSync(path.join(process.cwd(), 'README.md'), 'utf8');
let host = '';
let browser: Browser;
let server: Server;
let origin = '';
const signups: string[] = [];

/** The code block after `<!-- example: name -->` in the README. */
function example(name: string): string {
  const match = new RegExp(`<!-- example: ${name} -->\\n\`\`\`\\w*\\n([\\s\\S]*?)\\n\`\`\``).exec(readme);
  if (!match) throw new Error(`README.md has no example "${name}"`);
  return match[1]!;
}

/** Runs the shell lines of an example in the host folder, where `npx` finds the installed bin. */
function runExample(name: string): void {
  for (const line of example(name)
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'))) {
    execFileSync('sh', ['-c', line], {
      cwd: host,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${path.join(host, 'node_modules', '.bin')}:${process.env.PATH}` },
    });
  }
}

beforeAll(async () => {
  ({ host } = installTarball('ak-readme-'));

  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/newsletter' && req.method === 'POST') {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        signups.push(new URLSearchParams(body).get('email') ?? '');
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
      return;
    }
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const file = path.join(host, decodeURIComponent(url.pathname));
    if (!file.startsWith(host) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    const type = file.endsWith('.js') ? 'text/javascript' : 'text/html';
    res.writeHead(200, { 'content-type': `${type}; charset=utf-8` }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
  if (host) rmSync(host, { recursive: true, force: true });
});

describe('README: any host site', () => {
  it('paste into a CMS: the command writes a fragment with its own styles, the article and its FAQ', () => {
    writeFileSync(path.join(host, 'post.json'), example('post.json'));
    runExample('paste');
    const fragment = readFileSync(path.join(host, 'post.html'), 'utf8');
    expect(fragment).toMatch(/^<style data-styled/);
    expect(fragment).not.toMatch(/<(html|head|body)[\s>]/);
    expect(fragment).toContain('<h1>KI-Chips aus Europa</h1>');
    expect(fragment).toContain('<form action="https://example.org/newsletter" method="post">');
    expect(fragment).toContain('Ab wann gibt es die Chips?');
  });

  it('a build step: a file and a folder become pages whose FAQ upgrades in place', async () => {
    writeFileSync(path.join(host, 'post.json'), example('post.json'));
    mkdirSync(path.join(host, 'content'), { recursive: true });
    writeFileSync(
      path.join(host, 'content', 'zweiter-artikel.json'),
      JSON.stringify({
        title: 'Rechenzentren im Norden',
        blocks: [{ type: 'paragraph', text: 'Kalte Luft spart Strom.' }],
        faq: [{ question: 'Warum im Norden?', answer: 'Weil die Kühlung günstiger ist.' }],
      }),
    );
    runExample('build');
    expect(existsSync(path.join(host, 'public/artikel/post.html'))).toBe(true);
    expect(existsSync(path.join(host, 'public/artikel/article-kit.js'))).toBe(true);

    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${origin}/public/artikel/zweiter-artikel.html`);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Rechenzentren im Norden');
      const question = page.getByRole('button', { name: 'Warum im Norden?' });
      await question.click();
      expect(await question.getAttribute('aria-expanded')).toBe('true');
      expect(await page.getByText('Weil die Kühlung günstiger ist.').isVisible()).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('the embed: the signup box on a page with nothing else, and its link without JavaScript', async () => {
    cpSync(path.join(host, 'node_modules/article-kit/dist/browser/article-kit.js'), path.join(host, 'article-kit.js'));
    writeFileSync(
      path.join(host, 'embed.html'),
      `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Embed</title></head><body>${example('embed')}</body></html>`,
    );
    for (const javaScriptEnabled of [false, true]) {
      const context = await browser.newContext({ javaScriptEnabled });
      try {
        const page = await context.newPage();
        await page.goto(`${origin}/embed.html`);
        const fallback = page.getByRole('link', { name: 'Zum Newsletter' });
        if (!javaScriptEnabled) {
          expect(await fallback.isVisible()).toBe(true);
          continue;
        }
        await page.getByRole('heading', { name: 'KI-Briefing' }).waitFor();
        expect(await fallback.isVisible()).toBe(false);
        await page.getByRole('textbox', { name: 'E-Mail-Adresse' }).fill('leserin@beispiel.de');
        await page.waitForTimeout(1100);
        await page.getByRole('button', { name: 'Abonnieren' }).click();
        await page.getByText('Danke! Du bist jetzt angemeldet.').waitFor();
        expect(page.url()).toBe(`${origin}/embed.html`);
        expect(signups).toEqual(['leserin@beispiel.de']);
      } finally {
        await context.close();
      }
    }
  });

  it('Markdown: the front matter, a table, code, a linked list item, the FAQ and the box, in Chromium', async () => {
    writeFileSync(path.join(host, 'post.md'), example('post.md'));
    runExample('markdown');
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${origin}/auro.html`);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(
        'Offene Gewichte für Europas Sprachmodelle',
      );
      expect(await page.getByText('Aktualisiert am 1. Dezember 2026').count()).toBe(1);
      expect(await page.getByRole('link', { name: 'Lena Hartmann' }).getAttribute('href')).toBe(
        '/autorinnen/lena-hartmann',
      );
      const table = page.getByRole('table');
      expect(await table.getByRole('columnheader').allTextContents()).toEqual(['Modell', 'Parameter', 'Lizenz']);
      expect(await table.getByRole('row').count()).toBe(3);
      expect(await page.locator('pre > code').textContent()).toBe('pip install auro');
      expect(await page.getByRole('figure').getByText('Trainingsdaten nach Sprache').count()).toBe(1);
      expect(await page.getByRole('link', { name: 'Bericht' }).getAttribute('href')).toBe(
        'https://example.org/bericht',
      );
      // The FAQ section left the body and became the FAQ.
      expect(await page.getByRole('heading', { level: 2, name: 'Häufige Fragen' }).count()).toBe(0);
      expect(await page.getByText('Darf man die Modelle kommerziell nutzen?').count()).toBe(1);
      const json = await page.locator('script[type="application/ld+json"]').textContent();
      expect(JSON.parse(json!)['@graph'][0]).toMatchObject({ dateModified: '2026-12-01', articleSection: 'KI' });
    } finally {
      await context.close();
    }
  });
});
