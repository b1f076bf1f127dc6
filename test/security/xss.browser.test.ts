// Security corpus in real Chromium: every classic XSS payload in every string field of an
// Article and of the newsletter props, rendered on the server, hydrated, and every FAQ answer
// opened. A payload that runs calls window.__xss(id). No link, image or form may carry a
// dangerous scheme, and the JSON-LD must parse as exactly one script of data.
import type { Browser } from 'playwright';
import { connectChromium, renderWithStyles, type SiteServer, startSiteServer } from '../browser/shared';
import { buildClientBundle, modulePath } from '../browserBundle';
import { DANGEROUS_SCHEME, payloads } from './payloads';
import { FIELDS_PER_PAGE, xssPage } from './xssPage';

let browser: Browser;
let site: SiteServer;
let origin = '';

async function buildClient(): Promise<string> {
  return buildClientBundle(
    'xss',
    `import { hydrateRoot } from 'react-dom/client';
import { xssPage } from ${modulePath('test/security/xssPage.tsx')};
hydrateRoot(document.getElementById('root'), xssPage(Number(document.body.dataset.payload), async () => 'subscribed'));
window.__hydrated = true;
`,
  );
}

function pageHtml(id: number): string {
  const { html, styles } = renderWithStyles(xssPage(id));
  return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>XSS ${id}</title>
<script>window.__hits = []; window.__xss = (n) => window.__hits.push(n); window.alert = () => window.__hits.push('alert');</script>
${styles}</head><body data-payload="${id}"><div id="root">${html}</div>
<script src="/client.js"></script></body></html>`;
}

beforeAll(async () => {
  site = await startSiteServer({
    scripts: { '/client.js': await buildClient() },
    pages: (url) => {
      const id = Number(url.pathname.slice(1));
      return payloads.some((p) => p.id === id) ? pageHtml(id) : undefined;
    },
  });
  origin = site.origin;
  browser = await connectChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe(`${payloads.length} XSS payloads × ${FIELDS_PER_PAGE} fields`, () => {
  it.each(payloads)('payload $id never runs: $text', async ({ id, text }) => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      // Nothing leaves the machine: a payload that loads a URL is blocked, not fetched.
      await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
      page.on('dialog', (dialog) => void dialog.dismiss());
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${origin}/${id}`);
      await page
        .waitForFunction(() => (window as unknown as { __hydrated?: boolean }).__hydrated === true, undefined, {
          timeout: 10_000,
        })
        .catch(() => {
          throw new Error(`the page did not hydrate: ${errors.join('; ') || 'no page error'}`);
        });
      // Open every answer, so payloads in closed answers get their chance to run too.
      await page.$$eval('[data-ak="FaqAccordion"] button[aria-expanded="false"]', (buttons) =>
        buttons.forEach((button) => (button as HTMLButtonElement).click()),
      );
      await page.waitForTimeout(150);

      const report = await page.evaluate(
        ({ dangerous }) => {
          const scheme = new RegExp(dangerous, 'i');
          const urls = [...document.querySelectorAll('*')].flatMap((el) =>
            ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc', 'data']
              .map((name) => el.getAttribute(name))
              .filter(
                (value): value is string =>
                  value !== null && scheme.test(value.replace(/[\t\n\r]/g, '').replace(/^[^a-z]+/i, '')),
              ),
          );
          const ld = [...document.querySelectorAll('script[type="application/ld+json"]')];
          let graphOk = ld.length === 1;
          let headline = '';
          try {
            const data = JSON.parse(ld[0]?.textContent ?? '');
            const graph = (data['@graph'] ?? [data]) as { '@type': string; headline?: string }[];
            headline = graph.find((node) => node['@type'] === 'NewsArticle')?.headline ?? '';
          } catch {
            graphOk = false;
          }
          return {
            hits: (window as unknown as { __hits: unknown[] }).__hits,
            urls,
            graphOk,
            headline,
            scripts: document.querySelectorAll('#root script:not([type="application/ld+json"])').length,
            dangerousElements: document.querySelectorAll(
              '#root iframe, #root object, #root embed, #root svg script, #root base, #root meta',
            ).length,
            title: document.querySelector('h1')?.textContent ?? '',
          };
        },
        { dangerous: DANGEROUS_SCHEME.source },
      );

      expect(report.hits, 'payload ran').toEqual([]);
      expect(report.urls, 'dangerous URLs in attributes').toEqual([]);
      expect(report.scripts, 'injected script elements').toBe(0);
      expect(report.dangerousElements, 'injected active elements').toBe(0);
      expect(report.graphOk, 'one JSON-LD script that parses').toBe(true);
      // The text is shown and published as text, not dropped and not executed.
      expect(report.title).toBe(text);
      // Structured data holds the same text with its whitespace collapsed.
      expect(report.headline).toBe(text.replace(/\s+/g, ' ').trim());
    } finally {
      await context.close();
    }
  });
});
