// The static export in Chromium: `renderArticlePage`'s fragment pasted into a CMS page whose
// global stylesheet styles every element (test/fixtures/hostCss.ts), and its complete document,
// both with JavaScript off. The fragment must look and work the same with and without the host's
// CSS: nothing outside the article's column, the same control sizes, answers that open, a form
// that posts, and no axe violation.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright';
import type Axe from 'axe-core';
import { renderArticlePage, type ArticlePage } from '../src/server';
import { axeSource, connectChromium, overflow, startSiteServer, type SiteServer } from './browser/shared';
import { hostCss } from './fixtures/hostCss';

const article = JSON.parse(readFileSync(new URL('../e2e/fixtures/article.de.json', import.meta.url), 'utf8'));
const articlePage: ArticlePage = {
  article,
  locale: 'de',
  newsletter: {
    title: 'KI-Briefing',
    description: 'Jeden Sonntag die wichtigsten KI-Nachrichten, kurz eingeordnet.',
    badge: 'Kostenlos',
    action: '/newsletter',
  },
};

let browser: Browser;
let site: SiteServer;
let origin = '';

/** A CMS theme's page: its header, its content column with the pasted fragment, its footer. */
function cmsPage(host: boolean, column: number | undefined): string {
  const { html } = renderArticlePage(articlePage);
  return `<!doctype html><html lang="de"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Blog</title><link rel="icon" href="data:,">
${host ? `<style>${hostCss}</style>` : '<style>body { margin: 0; }</style>'}
<style>.entry-content { ${column ? `inline-size: ${column}px; margin: 0 auto;` : 'padding: 0 12px;'} }</style>
</head><body><header><p>Mein KI-Blog</p></header><main><div class="entry-content">${html}</div></main>
<footer><p>Impressum</p></footer></body></html>`;
}

async function open(path: string, width: number): Promise<{ page: Page; close: () => Promise<void> }> {
  const context = await browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${origin}${path}`);
  return { page, close: () => context.close() };
}

async function axeViolations(page: Page): Promise<string[]> {
  // axe needs script: it runs in a page of its own with the same markup and JavaScript on.
  const html = await page.content();
  const context = await browser.newContext({ viewport: page.viewportSize()! });
  try {
    const checked = await context.newPage();
    await checked.route(`${origin}/axe`, (route) => route.fulfill({ contentType: 'text/html', body: html }));
    await checked.goto(`${origin}/axe`);
    await checked.addScriptTag({ content: axeSource });
    return await checked.evaluate(async () => {
      const axe = (window as unknown as { axe: typeof Axe }).axe;
      const result = await axe.run(document.querySelector('[data-ak="ArticleLayout"]')!, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
        rules: { region: { enabled: false } },
      });
      return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
    });
  } finally {
    await context.close();
  }
}

beforeAll(async () => {
  // The form posts to /newsletter, which the server records and answers with a thank-you page.
  site = await startSiteServer({
    pages: (url) =>
      url.pathname === '/document'
        ? renderArticlePage(articlePage).document
        : url.pathname === '/cms'
          ? cmsPage(url.searchParams.has('host'), Number(url.searchParams.get('column')) || undefined)
          : undefined,
  });
  origin = site.origin;
  browser = await connectChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('renderArticlePage: the document without JavaScript', () => {
  it('reads, opens its answers and posts its form', async () => {
    const { page, close } = await open('/document', 390);
    try {
      expect(await page.title()).toBe(article.title);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(article.title);
      expect(await page.getByRole('heading', { level: 2 }).count()).toBeGreaterThanOrEqual(6);

      const answer = page.getByText('ersten Hälfte des kommenden Jahres');
      expect(await answer.isVisible()).toBe(false);
      await page.getByText('Wann soll die Übernahme abgeschlossen sein?').click();
      expect(await answer.isVisible()).toBe(true);

      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
      await page.getByRole('textbox', { name: 'E-Mail-Adresse' }).fill('leser@beispiel.de');
      await page.getByRole('button', { name: 'Abonnieren' }).click();
      await page.getByRole('heading', { name: 'Danke für deine Anmeldung' }).waitFor();
      expect(site.signups.map((s) => [s.method, s.fields.email])).toContainEqual(['POST', 'leser@beispiel.de']);
    } finally {
      await close();
    }
  });
});

describe('renderArticlePage: the fragment pasted into a CMS page with global element styles', () => {
  it.each([
    { width: 320, column: undefined },
    { width: 1280, column: 280 },
  ])('keeps every part inside the article at $width px, column $column', async ({ width, column }) => {
    const { page, close } = await open(`/cms?host=1${column ? `&column=${column}` : ''}`, width);
    try {
      for (const question of await page.locator('[data-ak="FaqAccordion"] summary').all()) await question.click();
      expect(await overflow(page)).toEqual({ outside: [], scrollWidth: width });
    } finally {
      await close();
    }
  });

  it('keeps the size of the signup field and button, the FAQ questions and the links to other articles', async () => {
    const sizes = async (host: boolean) => {
      const { page, close } = await open(`/cms${host ? '?host=1' : ''}`, 360);
      try {
        return await page.evaluate(() =>
          [
            ...document.querySelectorAll(
              '[data-ak="NewsletterCta"] :is([type="text"], [type="submit"]), [data-ak="FaqAccordion"] summary, [data-ak="PrevNextNav"] a, [data-ak="ArticleBody"] h1',
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

  it('keeps its own look where the host styles every element: no host colours, fonts or borders', async () => {
    const { page, close } = await open('/cms?host=1', 1280);
    try {
      const look = await page.evaluate(() => {
        const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
        return {
          title: style('[data-ak="ArticleBody"] h1').fontFamily,
          button: style('[data-ak="NewsletterCta"] [type="submit"]').textTransform,
          link: style('[data-ak="PrevNextNav"] a').color,
          details: style('[data-ak="FaqAccordion"] summary').paddingTop,
        };
      });
      expect(look.title).not.toMatch(/Georgia/);
      expect(look.button).toBe('none');
      expect(look.link).not.toBe('rgb(233, 30, 99)');
      expect(look.details).not.toBe('20px');
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await close();
    }
  });
});
