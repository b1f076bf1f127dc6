// The security corpus on the static export: every payload in every string field of an
// ArticlePage (article, newsletter, labels, theme, structured data), rendered by
// `renderArticlePage` as a document and as a fragment with islands, and in every attribute of
// `<article-kit-newsletter>`; opened in Chromium with the browser module. A payload that runs
// calls window.__xss(id). No payload may run, no link, image or form may carry a dangerous
// scheme, each island's props stay one JSON script, the JSON-LD one parseable script.
import type { Browser, Page } from 'playwright';
import type { ArticlePage } from '../../src/server';
import { browserModule, shippedServer } from '../static-site/builds';
import { connectChromium, startSiteServer, type SiteServer } from '../browser/shared';
import { DANGEROUS_SCHEME, payloads } from './payloads';
import { xssArticle } from './xssPage';

const DETECTOR =
  "<script data-detector>window.__hits = []; window.__xss = (n) => window.__hits.push(n); window.alert = () => window.__hits.push('alert');</script>";

/** The page data with the payload in every string field a JSON page can carry. */
function xssArticlePage(text: string): ArticlePage {
  return {
    article: xssArticle(text),
    newsletter: {
      title: text,
      description: text,
      badge: text,
      privacyNote: text,
      action: text,
      consent: text,
      fieldName: text,
      consentName: text,
      honeypotName: text,
      successMessage: text,
    },
    locale: 'de',
    labels: { faqTitle: text, newsletterEmailLabel: text, newsletterSubmit: text, newsletterPrivacyNote: text },
    theme: { colors: { accent: text, background: { light: text, dark: text } }, fonts: { body: text } },
    structuredData: { url: text, publisher: { '@type': 'Organization', name: text } },
  };
}

/** How many strings of a value hold `text`. */
const countText = (value: unknown, text: string): number =>
  typeof value === 'string'
    ? Number(value.includes(text))
    : value && typeof value === 'object'
      ? Object.values(value).reduce((n: number, item) => n + countText(item, text), 0)
      : 0;

/** Fields of the ArticlePage that carry the payload. */
const PAGE_FIELDS = countText(xssArticlePage('\u2063'), '\u2063');

const ELEMENT_ATTRIBUTES = [
  'title',
  'description',
  'badge',
  'privacy-note',
  'action',
  'consent',
  'success-message',
  'field-name',
];

const attribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

let browser: Browser;
let page: Page;
let site: SiteServer;
const errors: string[] = [];

beforeAll(async () => {
  const [code, server] = await Promise.all([browserModule(), shippedServer()]);
  const render = (id: number, hydrate: boolean) => {
    const { text } = payloads.find((p) => p.id === id)!;
    // The renderer's development warnings about the unsafe values are expected here.
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      return server.renderArticlePage(xssArticlePage(text), {
        lenient: true,
        hydrate: hydrate && { scriptSrc: '/article-kit.js' },
      });
    } finally {
      warn.mockRestore();
    }
  };
  site = await startSiteServer({
    scripts: { '/article-kit.js': code },
    pages: (url) => {
      const [, kind, n] = url.pathname.split('/');
      const id = Number(n);
      if (!payloads.some((p) => p.id === id)) return undefined;
      // The complete document, static: no module, so only a payload could run a script.
      if (kind === 'document') return render(id, false).document.replace('<head>\n', `<head>\n${DETECTOR}\n`);
      if (kind === 'hydrated') {
        // The fragment with islands in a host page, and the signup element with the payload in
        // every attribute.
        const { text } = payloads.find((p) => p.id === id)!;
        const attributes = ELEMENT_ATTRIBUTES.map((name) => ` ${name}="${attribute(text)}"`).join('');
        return `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Host</title>${DETECTOR}</head>
<body><main>${render(id, true).html}<article-kit-newsletter${attributes}></article-kit-newsletter></main></body></html>`;
      }
      return undefined;
    },
  });
  browser = await connectChromium();
  const context = await browser.newContext();
  page = await context.newPage();
  // Nothing leaves the machine: a payload that loads a URL is blocked, not fetched.
  await page.route(/^(?!http:\/\/127\.0\.0\.1)/, (route) => route.abort());
  page.on('dialog', (dialog) => void dialog.dismiss());
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (m) => {
    // A payload is also a valid relative URL: the image it names is not found, and that is all.
    if (/^Failed to load resource: .* 404/.test(m.text())) return;
    if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/** What the page shows and holds after the payload had every chance to run. */
function inspect(dangerous: string) {
  const scheme = new RegExp(dangerous, 'i');
  // The page and the shadow root of the signup element.
  const roots: ParentNode[] = [
    document,
    ...[...document.querySelectorAll('article-kit-newsletter')].map((el) => el.shadowRoot!),
  ];
  const all = roots.flatMap((root) => [...root.querySelectorAll('*')]);
  // The element's own attributes are the host's input; what it renders is in its shadow root.
  const urls = all
    .filter((el) => el.localName !== 'article-kit-newsletter')
    .flatMap((el) =>
      ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc', 'data']
        .map((name) => el.getAttribute(name))
        .filter(
          (value): value is string =>
            value !== null && scheme.test(value.replace(/[\t\n\r]/g, '').replace(/^[^a-z]+/i, '')),
        ),
    );
  const ld = [...document.querySelectorAll('script[type="application/ld+json"]')];
  let headline = '';
  let graphOk = ld.length === 1;
  try {
    const data = JSON.parse(ld[0]?.textContent ?? '');
    const graph = data['@graph'] as { '@type': string; headline?: string }[];
    headline = graph.find((node) => node['@type'] === 'NewsArticle')?.headline ?? '';
  } catch {
    graphOk = false;
  }
  // Each island's props: one JSON script, the island's first child, that parses.
  const islands = [...document.querySelectorAll('article-kit-island')].map((island) => {
    const data = island.firstElementChild;
    try {
      const props = JSON.parse(data?.textContent ?? '') as Record<string, unknown>;
      return `${island.getAttribute('component')} ${data?.matches('script[type="application/json"]')} ${
        island.getAttribute('component') === 'NewsletterCta'
          ? props.title
          : (props.items as { question: string }[])[0]?.question
      }`;
    } catch {
      return `${island.getAttribute('component')}: props do not parse`;
    }
  });
  return {
    hits: (window as unknown as { __hits: unknown[] }).__hits,
    urls,
    graphOk,
    headline,
    islands,
    jsonScripts: document.querySelectorAll('script[type="application/json"]').length,
    scripts: roots.flatMap((root) => [
      ...root.querySelectorAll(
        'script:not([data-detector], [type="application/ld+json"], [type="application/json"], [type="module"][src="/article-kit.js"])',
      ),
    ]).length,
    dangerousElements: roots.flatMap((root) => [
      ...root.querySelectorAll(
        'body iframe, body object, body embed, svg script, base, body meta, [data-ak-root] iframe, [data-ak-root] meta',
      ),
    ]).length,
    title: document.querySelector('h1')?.textContent ?? '',
    documentTitle: document.querySelector('title')?.textContent ?? '',
  };
}

describe(`${payloads.length} XSS payloads × ${PAGE_FIELDS} fields of the static export and ${ELEMENT_ATTRIBUTES.length} attributes of the element`, () => {
  it.each(payloads)('payload $id never runs: $text', async ({ id, text }) => {
    errors.length = 0;
    const collapsed = text.replace(/\s+/g, ' ').trim();

    await page.goto(`${site.origin}/document/${id}`);
    const plain = await page.evaluate(inspect, DANGEROUS_SCHEME.source);
    expect(plain.hits, 'payload ran in the document').toEqual([]);
    expect(plain.urls, 'dangerous URLs in the document').toEqual([]);
    expect(plain.scripts, 'injected script elements in the document').toBe(0);
    expect(plain.dangerousElements, 'injected active elements in the document').toBe(0);
    expect(plain.graphOk, 'one JSON-LD script that parses').toBe(true);
    expect(plain.headline).toBe(collapsed);
    expect(plain.title).toBe(text);
    expect(plain.documentTitle).toBe(text);
    expect(plain.islands).toEqual([]);
    expect(errors, 'console messages of the static document').toEqual([]);

    await page.goto(`${site.origin}/hydrated/${id}`);
    await page
      .waitForFunction(
        () =>
          document.querySelectorAll('article-kit-island[hydrated]').length === 2 &&
          !!document.querySelector('article-kit-newsletter')?.shadowRoot?.querySelector('[data-ak="NewsletterCta"]'),
        undefined,
        { timeout: 10_000 },
      )
      .catch(() => {
        throw new Error(`the islands did not hydrate: ${errors.join('; ') || 'no message'}`);
      });
    // Open every answer, so payloads in closed answers get their chance to run too.
    await page.$$eval('[data-ak="FaqAccordion"] button[aria-expanded="false"]', (buttons) =>
      buttons.forEach((button) => (button as HTMLButtonElement).click()),
    );
    await page.waitForTimeout(100);
    const hydrated = await page.evaluate(inspect, DANGEROUS_SCHEME.source);
    expect(hydrated.hits, 'payload ran in the hydrated page').toEqual([]);
    expect(hydrated.urls, 'dangerous URLs in the hydrated page').toEqual([]);
    expect(hydrated.scripts, 'injected script elements in the hydrated page').toBe(0);
    expect(hydrated.dangerousElements, 'injected active elements in the hydrated page').toBe(0);
    expect(hydrated.graphOk, 'one JSON-LD script that parses').toBe(true);
    expect(hydrated.headline).toBe(collapsed);
    expect(hydrated.title).toBe(text);
    // The props of both islands are the island's own script and hold the payload as text.
    expect(hydrated.islands).toEqual([`NewsletterCta true ${text}`, `FaqAccordion true ${text}`]);
    expect(hydrated.jsonScripts).toBe(2);
    expect(
      await page.locator('article-kit-newsletter').getByRole('heading', { level: 2 }).textContent(),
      'the element shows its title as text',
    ).toBe(text);
    // Hydration matched the server markup: no warning of the module, no console error.
    expect(errors, 'console messages of the hydrated page').toEqual([]);
  });
});
