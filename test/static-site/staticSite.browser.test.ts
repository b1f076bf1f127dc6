// A plain static site: the page `renderArticlePage(page, { hydrate })` writes for the demo
// article, and the browser module next to it, served as files by a tiny HTTP server. Without
// JavaScript the page reads and its form posts; with it, the islands upgrade in place: no node
// of the server markup re-created, no console message, no layout shift, the signup in place.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright';
import { browserModule, shippedServer } from './builds';
import {
  axeViolations,
  connectChromium,
  islandsHydrated,
  openPage,
  startSiteServer,
  type SiteServer,
} from '../browser/shared';

const article = JSON.parse(readFileSync(path.join(__dirname, '../../e2e/fixtures/article.de.json'), 'utf8'));
const newsletter = {
  title: 'KI-Briefing',
  description: 'Die wichtigsten Entwicklungen der KI-Branche, jeden Freitag kompakt zusammengefasst.',
  badge: 'Jeden Freitag',
  action: '/newsletter',
};

// Islands a broken or foreign page could hold: an unknown component, props that are not JSON, no
// root, and props the component cannot render (an object as its title). Each sits around a
// paragraph of static markup that must stay.
const brokenIslands = [
  ['Carousel', '{}', 'unknown'],
  ['NewsletterCta', '{"title": ', 'broken-json'],
  ['FaqAccordion', '{"items":[]}', 'no-root'],
  [
    'FaqAccordion',
    '{"id":"ak-faq-2","title":{"not":"text"},"items":[{"question":"Frage?","answer":"Antwort."}]}',
    'throws',
  ],
]
  .map(([component, props, id]) => {
    const markup = `<p id="${id}">Statischer Inhalt</p>`;
    const root = id === 'no-root' ? markup : `<article-kit-root style="display:contents">${markup}</article-kit-root>`;
    return `<article-kit-island component="${component}" style="display:contents"><script type="application/json">${props}</script>${root}</article-kit-island>`;
  })
  .join('\n');

let browser: Browser;
let site: SiteServer;
let serverCss = '';
/** The server markup of the FAQ island, to add to a page later. */
let faqIsland = '';

beforeAll(async () => {
  const [code, server] = await Promise.all([browserModule(), shippedServer()]);
  const rendered = server.renderArticlePage(
    { article, newsletter, locale: 'de' },
    { hydrate: { scriptSrc: '/article-kit.js' } },
  );
  serverCss = rendered.css;
  faqIsland = /<article-kit-island component="FaqAccordion"[\s\S]*?<\/article-kit-island>/.exec(rendered.document)![0];
  site = await startSiteServer({
    scripts: { '/article-kit.js': code },
    pages: (url) => {
      if (url.pathname === '/artikel') return rendered.document;
      if (url.pathname === '/kaputt') return rendered.document.replace('</main>', `${brokenIslands}</main>`);
      return undefined;
    },
  });
  browser = await connectChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

beforeEach(() => {
  site.signups.length = 0;
  site.answers.length = 0;
});

/** Opens the article; with JavaScript, once every island has hydrated. */
async function openArticle(js: boolean) {
  const opened = await openPage(browser, { js });
  await opened.page.goto(`${site.origin}/artikel`);
  if (js) await islandsHydrated(opened.page);
  return opened;
}

/** The signup form's parts, found by what a reader sees. */
const signup = (page: Page) => ({
  field: page.getByRole('textbox', { name: 'E-Mail-Adresse' }),
  button: page.getByRole('button', { name: 'Abonnieren' }),
});

describe('the static page without JavaScript', () => {
  it('reads as an article: title, lead, sections, FAQ answers that open', async () => {
    const { page, problems, close } = await openArticle(false);
    try {
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(article.title);
      expect(await page.getByText(article.lead).isVisible()).toBe(true);
      expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual([
        'Unabhängigkeit von Exportauflagen',
        'Rechenzentren als Nadelöhr',
        newsletter.title,
        'Folgen für den europäischen KI-Markt',
        'Regulierung und offene Fragen',
        'Fazit',
        'FAQ',
      ]);
      const answer = page.getByText('ersten Hälfte des kommenden Jahres');
      expect(await answer.isVisible()).toBe(false);
      await page.getByText('Wann soll die Übernahme abgeschlossen sein?').click();
      expect(await answer.isVisible()).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('posts the signup form to its action', async () => {
    const { page, close } = await openArticle(false);
    try {
      const { field, button } = signup(page);
      await field.fill('lena@beispiel.de');
      await Promise.all([page.waitForURL(`${site.origin}/newsletter`), button.click()]);
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Danke für deine Anmeldung');
      expect(site.signups).toEqual([
        { method: 'POST', fields: expect.objectContaining({ email: 'lena@beispiel.de' }), json: false },
      ]);
    } finally {
      await close();
    }
  });

  it('passes axe', async () => {
    // axe runs as a script: here the page's own script is blocked instead, which leaves the same
    // markup a reader without JavaScript gets.
    const { page, close } = await openPage(browser);
    try {
      await page.route('**/article-kit.js', (route) => route.abort());
      await page.goto(`${site.origin}/artikel`);
      expect(await page.locator('article-kit-island[hydrated]').count()).toBe(0);
      expect(await page.locator('[data-ak="FaqAccordion"] details').count()).toBe(6);
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await close();
    }
  });
});

describe('the static page with the browser module', () => {
  it('upgrades the islands in place: the same nodes, the same boxes, no console message', async () => {
    const { page, problems, close } = await openPage(browser);
    try {
      // The module is held back until the server markup has been recorded.
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/article-kit.js', async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(`${site.origin}/artikel`, { waitUntil: 'commit' });
      await page.waitForFunction(() => document.readyState !== 'loading');
      // Boxes of the parts, and of the questions' text: the FAQ swaps its `<details>` for buttons
      // by design, and the text must stay where it was.
      const boxes = () =>
        page.evaluate(() => {
          const box = (label: string, { top, left, width, height }: DOMRect) =>
            `${label}: ${[top, left, width, height].map(Math.round).join(' ')}`;
          const parts = document.querySelectorAll(
            'h1, h2, [data-ak="NewsletterCta"], [data-ak="NewsletterCta"] :is(input, button), [data-ak="PrevNextNav"] a',
          );
          const questions = [...document.querySelectorAll('[data-ak-part="question"]')].map((question) => {
            const text = document.createTreeWalker(question, NodeFilter.SHOW_TEXT).nextNode()!;
            const range = document.createRange();
            range.selectNodeContents(text);
            return box(`question ${text.textContent!.slice(0, 20)}`, range.getBoundingClientRect());
          });
          return [
            ...[...parts].map((el) =>
              box(`${el.localName} ${el.textContent?.trim().slice(0, 20)}`, el.getBoundingClientRect()),
            ),
            ...questions,
          ];
        });
      const before = await boxes();
      await page.evaluate(() => {
        const w = window as unknown as Record<string, Element[]>;
        w.newsletterNodes = [...document.querySelectorAll('article-kit-island[component="NewsletterCta"] *')];
        w.faqNodes = [...document.querySelectorAll('[data-ak="FaqAccordion"], [data-ak="FaqAccordion"] > h2')];
        // Layout shifts from here on: hydration must cause none.
        w.shifts = [];
        new PerformanceObserver((list) => w.shifts!.push(...(list.getEntries() as unknown as Element[]))).observe({
          type: 'layout-shift',
        });
      });
      expect(await page.locator('[data-ak="FaqAccordion"] details').count()).toBe(6);
      release();
      await islandsHydrated(page);
      await page.waitForTimeout(300);

      const kept = await page.evaluate(() => {
        const w = window as unknown as Record<string, Element[]>;
        const now = [...document.querySelectorAll('article-kit-island[component="NewsletterCta"] *')];
        return {
          newsletter:
            now.length === w.newsletterNodes!.length && now.every((node, i) => node === w.newsletterNodes![i]),
          faq: w.faqNodes!.length === 2 && w.faqNodes!.every((node) => node.isConnected),
          shifts: w.shifts!.length,
        };
      });
      expect(kept).toEqual({ newsletter: true, faq: true, shifts: 0 });
      expect(await boxes()).toEqual(before);
      // The FAQ has taken over from its server `<details>`.
      expect(await page.locator('[data-ak="FaqAccordion"] details').count()).toBe(0);
      expect(await page.locator('[data-ak="FaqAccordion"] button[aria-expanded="false"]').count()).toBe(6);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it("renders the server's class names: styled-components adds no rule of its own", async () => {
    const { page, problems, close } = await openArticle(true);
    try {
      // A class name the client computed differently would come with rules of its own.
      const selectors = (css: string) =>
        [...new Set(css.match(/\.[a-z][\w-]*(?=[\s{:,.[>~+)])/gi) ?? [])].filter((s) => !s.startsWith('.ak-')).sort();
      const clientCss = await page.evaluate(() =>
        [...document.styleSheets]
          .filter((sheet) => sheet.ownerNode instanceof Element && sheet.ownerNode.hasAttribute('data-styled'))
          .flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText))
          .join('\n'),
      );
      expect(selectors(serverCss).length).toBeGreaterThan(3);
      expect(selectors(clientCss)).toEqual(selectors(serverCss));
      // Every class on the page's article-kit elements has its rules.
      const classes = await page.$$eval('[data-ak]', (els) => els.flatMap((el) => [...el.classList]));
      for (const name of classes.filter((c) => !c.startsWith('ak-'))) expect(clientCss).toContain(`.${name}`);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('FAQ: buttons with aria-expanded, arrow keys move between the questions', async () => {
    const { page, problems, close } = await openArticle(true);
    try {
      const faq = page.locator('[data-ak="FaqAccordion"]');
      const first = faq.getByRole('button', { name: 'Wer übernimmt wen bei dem Milliarden-Deal?' });
      const second = faq.getByRole('button', { name: 'Warum kauft ein Chipentwickler eigene Rechenzentren?' });
      const last = faq.getByRole('button', {
        name: 'Was verlangt die KI-Verordnung von den Betreibern der Rechenzentren?',
      });
      const focused = () => page.evaluate(() => document.activeElement?.textContent);
      await first.focus();
      await page.keyboard.press('ArrowDown');
      expect(await focused()).toBe(await second.textContent());
      await page.keyboard.press('End');
      expect(await focused()).toBe(await last.textContent());
      await page.keyboard.press('Home');
      expect(await focused()).toBe(await first.textContent());

      await page.keyboard.press('Enter');
      expect(await first.getAttribute('aria-expanded')).toBe('true');
      await expect.poll(() => page.getByText('Kaufpreis liegt bei rund 4,2 Milliarden Euro').isVisible()).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('signs up in place, without leaving the page', async () => {
    const { page, problems, close } = await openArticle(true);
    try {
      const { field, button } = signup(page);
      // A reader takes longer than the box's one-second bot trap.
      await page.waitForTimeout(1000);
      await field.fill('lena@beispiel.de');
      await button.click();
      await page.getByText('Danke! Du bist jetzt angemeldet.').waitFor();
      expect(page.url()).toBe(`${site.origin}/artikel`);
      expect(site.signups).toEqual([
        { method: 'POST', fields: expect.objectContaining({ email: 'lena@beispiel.de' }), json: true },
      ]);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('says "already subscribed" for a 409 and keeps the typed address after a 500', async () => {
    const { page, problems, close } = await openArticle(true);
    try {
      const { field, button } = signup(page);
      await page.waitForTimeout(1000);
      site.answers.push({ status: 500 }, { status: 409 });
      await field.fill('lena@beispiel.de');
      await button.click();
      await page.getByText('Der Dienst antwortet gerade nicht. Versuche es später erneut.').waitFor();
      expect(await field.inputValue()).toBe('lena@beispiel.de');

      await button.click();
      await page.getByText('Du bist bereits angemeldet.').waitFor();
      expect(site.signups.map((s) => s.fields.email)).toEqual(['lena@beispiel.de', 'lena@beispiel.de']);
      expect(page.url()).toBe(`${site.origin}/artikel`);
      // The browser reports the failed request itself; nothing else may appear.
      expect(problems.filter((p) => !/status of (500|409)/.test(p))).toEqual([]);
    } finally {
      await close();
    }
  });

  it('never breaks the page: a broken island is named in a warning and keeps its markup', async () => {
    const { page, problems, close } = await openPage(browser);
    try {
      await page.goto(`${site.origin}/kaputt`);
      await page.waitForFunction(() => document.querySelectorAll('article-kit-island[hydrated]').length === 2);
      await expect.poll(() => problems.length).toBe(4);
      expect(problems).toEqual([
        'warning: [article-kit] <article-kit-island component="Carousel">: unknown component; its server markup stays as it is.',
        'warning: [article-kit] <article-kit-island component="NewsletterCta">: its props are not valid JSON (Unexpected end of JSON input); its server markup stays as it is.',
        'warning: [article-kit] <article-kit-island component="FaqAccordion">: no <article-kit-root> child; its server markup stays as it is.',
        expect.stringMatching(
          /^warning: \[article-kit\] <article-kit-island component="FaqAccordion"> #ak-faq-2: failed to render \(.*\); its server markup is put back\.$/,
        ),
      ]);
      for (const id of ['unknown', 'broken-json', 'no-root', 'throws']) {
        expect(await page.locator(`#${id}`).textContent()).toBe('Statischer Inhalt');
      }
      // The article's own islands work.
      expect(await page.locator('[data-ak="FaqAccordion"] button[aria-expanded]').count()).toBe(6);
    } finally {
      await close();
    }
  });

  it('hydrates an island added to the page later, once', async () => {
    const { page, problems, close } = await openArticle(true);
    try {
      await page.evaluate(
        (html) => {
          const main = document.querySelector('main')!;
          main.insertAdjacentHTML('beforeend', html);
          // Moved within the page: still one hydration.
          main.prepend(main.lastElementChild!);
        },
        faqIsland.replaceAll('ak-faq', 'ak-faq-2'),
      );
      const added = page.locator('#ak-faq-2');
      await expect.poll(() => added.locator('button[aria-expanded]').count()).toBe(6);
      await added.getByRole('button', { name: 'Wann soll die Übernahme abgeschlossen sein?' }).click();
      expect(await added.getByText('ersten Hälfte des kommenden Jahres').isVisible()).toBe(true);
      expect(await page.locator('article-kit-island[hydrated]').count()).toBe(3);
      expect(problems).toEqual([]);
    } finally {
      await close();
    }
  });

  it('passes axe once hydrated, with an answer open', async () => {
    const { page, close } = await openArticle(true);
    try {
      await page.getByRole('button', { name: 'Wann soll die Übernahme abgeschlossen sein?' }).click();
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await close();
    }
  });
});
