// The whole article page in real Chromium: rendered on the server with renderToString and
// ServerStyleSheet, served from a local HTTP server, then hydrated by a client bundle built here
// from the same tree. Checks what only a browser shows: hydration without a single warning, the
// interactive parts working after it, and axe with colour contrast on the finished page.
import type { Browser, Page } from 'playwright';
import {
  axeViolations,
  connectChromium,
  overflow,
  renderWithStyles,
  type SiteServer,
  startSiteServer,
} from './browser/shared';
import { buildClientBundle, modulePath } from './browserBundle';
import { articlePage, articlePageNames, type ArticlePageName } from './fixtures/articlePages';
import { hostCss } from './fixtures/hostCss';

let browser: Browser;
let site: SiteServer;
let origin = '';

/**
 * The client side: hydrates the server HTML of the page named in `<body data-page>`, records
 * React's recoverable errors and what the signup box sends.
 */
async function buildClient(): Promise<string> {
  return buildClientBundle(
    'layout-browser',
    `import { hydrateRoot } from 'react-dom/client';
import { articlePage } from ${modulePath('test/fixtures/articlePages.ts')};
const w = window;
w.__recoverable = [];
w.__subscribed = [];
const name = document.body.dataset.page;
const onSubscribe = async (email) => {
  w.__subscribed.push(email);
  return 'subscribed';
};
hydrateRoot(document.getElementById('root'), articlePage(name, onSubscribe), {
  onRecoverableError: (error) => w.__recoverable.push(String(error && error.message ? error.message : error)),
});
w.__hydrated = true;
`,
  );
}

interface PageOptions {
  /** The host's global stylesheet (test/fixtures/hostCss.ts) in the head, before ours. */
  host?: boolean;
  /** Width of the host's column around the article, in CSS pixels. */
  column?: number;
}

/** The server-rendered page, styles in the head, the client bundle at the end of the body. */
function pageHtml(name: ArticlePageName, { host = false, column }: PageOptions = {}): string {
  const { html, styles } = renderWithStyles(articlePage(name));
  const lang = name.startsWith('en') ? 'en' : 'de';
  // The app page has a light look of its own.
  const hostLook =
    name === 'en-app' ? 'body { color: rgb(34, 34, 34); background: rgb(250, 250, 245); font-family: serif; }' : '';
  const main = column ? `main { inline-size: ${column}px; margin: 0 auto; }` : 'main { padding: 1rem; }';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Artikel</title><link rel="icon" href="data:,">
${host ? `<style>${hostCss}</style>` : ''}${styles}
<style>body { margin: 0; } ${main} ${hostLook}</style>
</head><body data-page="${name}"><main><div id="root">${html}</div></main>
<script src="/client.js"></script></body></html>`;
}

interface Opened {
  page: Page;
  /** Console errors and warnings, page errors and React's recoverable errors. */
  problems: () => Promise<string[]>;
  close: () => Promise<void>;
}

async function open(
  name: ArticlePageName,
  { width = 1024, js = true, host = false, column }: { width?: number; js?: boolean } & PageOptions = {},
): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled: js });
  const page = await context.newPage();
  const messages: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') messages.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
  const query = new URLSearchParams(host ? { host: '1' } : {});
  if (column) query.set('column', String(column));
  await page.goto(`${origin}/${name}${query.size ? `?${query}` : ''}`);
  if (js) {
    await page.waitForFunction(() => (window as unknown as { __hydrated?: boolean }).__hydrated === true);
    // The FAQ takes over from its server <details> after hydration: then React has finished.
    await page.locator('[data-ak="FaqAccordion"] button[aria-expanded]').first().waitFor();
  }
  return {
    page,
    problems: async () => {
      const recoverable = js
        ? await page.evaluate(() => (window as unknown as { __recoverable: string[] }).__recoverable)
        : [];
      return [...messages, ...recoverable.map((r) => `recoverable: ${r}`)];
    },
    close: () => context.close(),
  };
}

beforeAll(async () => {
  site = await startSiteServer({
    scripts: { '/client.js': await buildClient() },
    pages: (url) => {
      const name = url.pathname.slice(1) as ArticlePageName;
      if (!articlePageNames.includes(name)) return undefined;
      const column = Number(url.searchParams.get('column')) || undefined;
      return pageHtml(name, { host: url.searchParams.has('host'), column });
    },
  });
  origin = site.origin;
  browser = await connectChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('ArticleLayout rendered on the server and hydrated in Chromium', () => {
  it.each(['de', 'en-dark', 'de-without-provider'] as const)(
    'hydrates the %s page without any warning or error',
    async (name) => {
      const { page, problems, close } = await open(name);
      try {
        expect(await problems()).toEqual([]);
        expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
        expect(await page.locator('script[type="application/ld+json"]').count()).toBe(1);
        expect(await page.locator('[data-ak="FaqAccordion"] details').count()).toBe(0);
      } finally {
        await close();
      }
    },
  );

  it('sets headlines without automatic hyphens and wraps the byline between its items at 320 px', async () => {
    const { page, close } = await open('de', { width: 320, js: false });
    try {
      // The title, the sections, the signup box's heading, the FAQ's title and its questions.
      const headlines = await page.$$eval('[data-ak="ArticleLayout"] :is(h1, h2, h3)', (els) =>
        els.map((e) => getComputedStyle(e).hyphens),
      );
      expect(headlines.length).toBeGreaterThan(5);
      expect(new Set(headlines)).toEqual(new Set(['manual']));
      // Each item of the meta line ("Von Lena Hartmann", the date, "2 Min. Lesezeit") sits on one
      // line of its own or shares one: none of them is broken across two lines.
      const items = await page.$$eval('[data-ak="ArticleBody"] [data-part="meta"] > span', (els) =>
        els.map((e) => ({
          text: e.textContent,
          lines: e.getClientRects().length,
          height: e.getBoundingClientRect().height,
        })),
      );
      expect(items.map((item) => item.text)).toContain('2 Min. Lesezeit');
      const lineHeight = Math.max(...items.map((item) => item.height));
      for (const item of items) {
        expect(item.lines, item.text ?? '').toBe(1);
        expect(item.height, item.text ?? '').toBeLessThanOrEqual(lineHeight);
      }
      expect(new Set(items.map((item) => Math.round(item.height))).size).toBe(1);
    } finally {
      await close();
    }
  });

  it('keeps the server layout in place while it hydrates', async () => {
    const boxes = (p: Page) =>
      p.$$eval('[data-ak="ArticleLayout"] h2, [data-ak="PrevNextNav"] a, [data-ak="NewsletterCta"]', (els) =>
        els.map((e) => Math.round(e.getBoundingClientRect().top)),
      );
    const plain = await open('de', { js: false });
    const hydrated = await open('de');
    try {
      expect(await boxes(hydrated.page)).toEqual(await boxes(plain.page));
    } finally {
      await plain.close();
      await hydrated.close();
    }
  });

  it('works after hydration: FAQ, signup and links to the other articles', async () => {
    const { page, problems, close } = await open('de');
    try {
      const question = page.getByRole('button', { name: 'Wann soll die Übernahme abgeschlossen sein?' });
      await question.click();
      expect(await question.getAttribute('aria-expanded')).toBe('true');
      await expect.poll(() => page.getByText('ersten Hälfte des kommenden Jahres').isVisible()).toBe(true);

      await page.getByRole('textbox', { name: 'E-Mail-Adresse' }).fill('lena@beispiel.de');
      await page.getByRole('button', { name: 'Abonnieren' }).click();
      await page.getByText('Danke! Du bist jetzt angemeldet.').waitFor();
      expect(await page.evaluate(() => (window as unknown as { __subscribed: string[] }).__subscribed)).toEqual([
        'lena@beispiel.de',
      ]);
      expect(page.url()).toBe(`${origin}/de`);

      const nav = page.getByRole('navigation', { name: 'Weitere Artikel' });
      expect(await nav.getByRole('link').count()).toBe(2);
      expect(
        await nav
          .getByRole('link', { name: 'Weiter: KI-Verordnung: Was ab August für Anbieter gilt' })
          .getAttribute('href'),
      ).toBe('/artikel/ki-verordnung-pflichten-ab-august');
      expect(await problems()).toEqual([]);
    } finally {
      await close();
    }
  });

  it('hydrates an article with bad data cleanly: only the development warnings that name the fields', async () => {
    const { page, problems, close } = await open('de-broken');
    try {
      const all = await problems();
      const ours = all.filter((p) => p.startsWith('warning: [article-kit]'));
      expect(all.filter((p) => !ours.includes(p))).toEqual([]);
      expect(ours).toEqual(
        expect.arrayContaining([
          'warning: [article-kit] ArticleLayout: article.blocks[3].text must be a string; it is left out.',
          'warning: [article-kit] ArticleLayout: article.next.href must be an http(s), mailto, tel or relative URL; it is left out.',
        ]),
      );
      expect(await page.getByRole('navigation').getByRole('link').count()).toBe(1);
      expect(await page.getByText('Frage ohne Antwort?').count()).toBe(0);
    } finally {
      await close();
    }
  });

  it.each([
    ['de', 1280],
    ['en-dark', 320],
  ] as const)('passes axe with colour contrast: %s at %i px', async (name, width) => {
    const { page, close } = await open(name, { width });
    try {
      expect(await axeViolations(page)).toEqual([]);
      // Nothing wider than a phone screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    } finally {
      await close();
    }
  });
});

describe('ArticleLayout inside a host page whose global CSS styles every element', () => {
  it.each([
    { width: 320, js: false },
    { width: 320, js: true },
    { width: 1280, column: 280, js: false },
    { width: 1280, column: 280, js: true },
  ])('keeps every part inside the article: $width px, column $column, JavaScript $js', async (options) => {
    const { page, problems, close } = await open('de-rich', { ...options, host: true });
    try {
      // Every FAQ answer open too, so the answers are measured.
      for (const question of await page.locator('[data-ak="FaqAccordion"] :is(summary, button)').all()) {
        await question.click();
      }
      await page.waitForTimeout(300);
      expect(await overflow(page)).toEqual({ outside: [], scrollWidth: options.width });
      expect(await problems()).toEqual([]);
    } finally {
      await close();
    }
  });

  it('keeps the size of the signup field and button, the FAQ questions and the links to other articles', async () => {
    const sizes = async (host: boolean) => {
      const { page, close } = await open('de-rich', { width: 360, host });
      try {
        return await page.evaluate(() =>
          [
            ...document.querySelectorAll(
              '[data-ak="NewsletterCta"] :is([type="email"], [type="text"], [type="submit"]), [data-ak="FaqAccordion"] button, [data-ak="PrevNextNav"] a',
            ),
          ].map((el) => {
            const { width, height } = el.getBoundingClientRect();
            return `${el.localName} ${el.textContent?.trim().slice(0, 24)}: ${Math.round(width)} × ${Math.round(height)}`;
          }),
        );
      } finally {
        await close();
      }
    };
    const plain = await sizes(false);
    expect(plain.length).toBeGreaterThan(8);
    expect(await sizes(true)).toEqual(plain);
  });

  it('reveals a closed FAQ answer to find-in-page though the host hides [hidden] with !important', async () => {
    const { page, close } = await open('de-rich', { host: true });
    try {
      const question = page.getByRole('button', { name: 'Wann soll die Übernahme abgeschlossen sein?' });
      expect(await question.getAttribute('aria-expanded')).toBe('false');
      // Same document: the browser searches the page again, as find-in-page does.
      await page.goto(`${page.url()}#:~:text=${encodeURIComponent('ersten Hälfte des kommenden Jahres')}`);
      await expect.poll(() => question.getAttribute('aria-expanded')).toBe('true');
      await expect.poll(() => page.getByText('ersten Hälfte des kommenden Jahres').isVisible()).toBe(true);
    } finally {
      await close();
    }
  });

  it.each([1280, 320])(
    'keeps list markers, underlined links and their focus ring, and passes axe, at %i px',
    async (width) => {
      const { page, close } = await open('de-rich', { width, host: true });
      try {
        const body = page.locator('[data-ak="ArticleBody"]');
        expect(
          await body
            .locator('ul > li')
            .first()
            .evaluate((li) => getComputedStyle(li).listStyleType),
        ).toBe('disc');
        expect(
          await body
            .locator('ol > li')
            .first()
            .evaluate((li) => getComputedStyle(li).listStyleType),
        ).toBe('decimal');
        const link = body.getByRole('link', { name: 'Quartalsbericht von Lumatek' });
        expect(await link.evaluate((a) => getComputedStyle(a).textDecorationLine)).toBe('underline');
        // The kit's focus ring, as on every other control, not the browser's thin default.
        await link.focus();
        expect(
          await link.evaluate((a) => [getComputedStyle(a).outlineStyle, getComputedStyle(a).outlineWidth]),
        ).toEqual(['solid', '3px']);
        expect(await axeViolations(page)).toEqual([]);
      } finally {
        await close();
      }
    },
  );
});

describe('ArticleKitProvider around a whole host app', () => {
  it("leaves the host's own content as the host styled it, and gives the article its theme and language", async () => {
    const { page, problems, close } = await open('en-app');
    try {
      const look = (selector: string) =>
        page.locator(selector).evaluate((el) => {
          const style = getComputedStyle(el);
          return {
            lang: el.closest('[lang]')?.getAttribute('lang'),
            colorScheme: style.colorScheme,
            color: style.color,
            font: style.fontFamily,
          };
        });
      const body = await look('body');
      expect(body).toEqual({ lang: 'en', colorScheme: 'normal', color: 'rgb(34, 34, 34)', font: 'serif' });
      for (const selector of ['#host p', '#host input']) {
        const host = await look(selector);
        expect({ selector, lang: host.lang, colorScheme: host.colorScheme }).toEqual({
          selector,
          lang: 'en',
          colorScheme: 'normal',
        });
      }
      expect(await look('#host p')).toEqual(body);
      // The host's header keeps its place in the page's flow: the wrapper makes no box.
      expect(
        await page.locator('[data-ak="ArticleKitProvider"]').evaluate((el) => el.getBoundingClientRect().height),
      ).toBe(0);

      const article = await page.locator('[data-ak="ArticleLayout"]').evaluate((el) => {
        const style = getComputedStyle(el);
        return { colorScheme: style.colorScheme, background: style.backgroundColor };
      });
      expect(article).toEqual({ colorScheme: 'dark', background: 'rgb(19, 19, 23)' });
      expect((await look('h1')).lang).toBe('de');
      for (const part of ['FaqAccordion', 'NewsletterCta', 'PrevNextNav', 'ArticleBody']) {
        expect({ part, lang: await page.locator(`[data-ak="${part}"]`).getAttribute('lang') }).toEqual({
          part,
          lang: 'de',
        });
      }
      expect(await axeViolations(page)).toEqual([]);
      expect(await problems()).toEqual([]);
    } finally {
      await close();
    }
  });
});
