// The signup box inside the whole article page, in Chromium: a reader submits, the box shows its
// busy look, then the answer. The box keeps its size through all of it, so nothing below it moves:
// the layout shift Chromium reports over the whole submit (every entry, those right after the
// click included) stays below 0.01, on a phone and on a desktop.
import type { Browser, Page } from 'playwright';
import { connectChromium, renderWithStyles, type SiteServer, startSiteServer } from './browser/shared';
import { buildClientBundle, modulePath } from './browserBundle';
import { articlePage } from './fixtures/articlePages';

let browser: Browser;
let site: SiteServer;

// The service answers after a second, long after the 500 ms in which Chromium forgives a shift
// as the reader's own doing: the answer's shift counts in full.
const ANSWER_MS = 1000;

async function buildClient(): Promise<string> {
  return buildClientBundle(
    'newsletter-shift',
    `import { hydrateRoot } from 'react-dom/client';
import { articlePage } from ${modulePath('test/fixtures/articlePages.ts')};
const w = window;
const result = document.body.dataset.result;
const onSubscribe = () =>
  new Promise((resolve, reject) =>
    setTimeout(() => (result === 'server-error' ? reject(new Response('', { status: 503 })) : resolve(result)), ${ANSWER_MS}),
  );
hydrateRoot(document.getElementById('root'), articlePage('de', onSubscribe));
w.__hydrated = true;
`,
  );
}

function pageHtml(result: string): string {
  const { html, styles } = renderWithStyles(articlePage('de'));
  return `<!doctype html><html lang="de"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Artikel</title><link rel="icon" href="data:,">
${styles}<style>body { margin: 0; } main { padding: 1rem; }</style>
</head><body data-result="${result}"><main><div id="root">${html}</div></main>
<script src="/client.js"></script></body></html>`;
}

beforeAll(async () => {
  site = await startSiteServer({
    scripts: { '/client.js': await buildClient() },
    pages: (url) =>
      url.pathname === '/article' ? pageHtml(url.searchParams.get('result') ?? 'subscribed') : undefined,
  });
  browser = await connectChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

interface Submit {
  /** Sum of every layout-shift entry from the click to the settled answer. */
  shift: number;
  /** The box's height before the click, while sending, and with the answer. */
  heights: { idle: number; busy: number; result: number };
  /** Where the first question of the FAQ, below the box, sat at the same moments. */
  below: { idle: number; busy: number; result: number };
}

async function submitIn(page: Page): Promise<Submit> {
  const box = page.locator('[data-ak="NewsletterCta"]');
  // The box near the top of the screen, with the text after it in view.
  await box.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 80));
  const measure = () =>
    page.evaluate(() => ({
      height: document.querySelector('[data-ak="NewsletterCta"]')!.getBoundingClientRect().height,
      below: document.querySelector('[data-ak="FaqAccordion"] button')!.getBoundingClientRect().top,
    }));
  await page.evaluate(() => {
    const w = window as unknown as { __shift: number };
    w.__shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__shift += (entry as unknown as { value: number }).value;
    }).observe({ type: 'layout-shift' });
  });
  await page.getByRole('textbox', { name: 'E-Mail-Adresse' }).fill('lena.hartmann@beispiel.de');
  const idle = await measure();
  await page.getByRole('button', { name: 'Abonnieren' }).click();
  await page.locator('[data-ak="NewsletterCta"][data-state="submitting"]').waitFor();
  const busy = await measure();
  await page.locator('[data-ak="NewsletterCta"]:not([data-state="submitting"])').waitFor({ timeout: 5000 });
  // Two frames for the answer's layout to be painted and reported.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const result = await measure();
  const shift = await page.evaluate(() => (window as unknown as { __shift: number }).__shift);
  return {
    shift,
    heights: { idle: idle.height, busy: busy.height, result: result.height },
    below: { idle: idle.below, busy: busy.below, result: result.below },
  };
}

async function open(width: number, result: string) {
  const context = await browser.newContext({ viewport: { width, height: width < 600 ? 812 : 800 } });
  const page = await context.newPage();
  await page.goto(`${site.origin}/article?result=${result}`);
  await page.waitForFunction(() => (window as unknown as { __hydrated?: boolean }).__hydrated === true);
  await page.locator('[data-ak="FaqAccordion"] button[aria-expanded]').first().waitFor();
  return { page, close: () => context.close() };
}

describe('NewsletterCta: nothing moves over a whole submit', () => {
  const answers = [
    ['subscribed', 'Danke! Du bist jetzt angemeldet.'],
    ['pending-confirmation', 'Wir haben einen Bestätigungslink an lena.hartmann@beispiel.de geschickt.'],
    ['already-subscribed', 'Du bist bereits angemeldet.'],
  ] as const;
  for (const width of [375, 1280]) {
    it.each(answers)(`at ${width} px, answered "%s"`, async (result, message) => {
      const { page, close } = await open(width, result);
      try {
        const { shift, heights, below } = await submitIn(page);
        await expect.poll(() => page.getByText(message).isVisible()).toBe(true);
        expect(shift).toBeLessThan(0.01);
        expect(Math.abs(heights.busy - heights.idle)).toBeLessThan(0.5);
        expect(Math.abs(heights.result - heights.idle)).toBeLessThan(0.5);
        expect(Math.abs(below.result - below.idle)).toBeLessThan(0.5);
        console.info(`layout shift at ${width} px, ${result}: ${shift.toFixed(4)}`);
      } finally {
        await close();
      }
    });
  }

  it('shows the busy look: the field locks, the button turns into a spinner and keeps its name', async () => {
    const { page, close } = await open(375, 'subscribed');
    try {
      const field = page.getByRole('textbox', { name: 'E-Mail-Adresse' });
      const button = page.getByRole('button', { name: 'Abonnieren' });
      await field.fill('lena.hartmann@beispiel.de');
      const look = () =>
        page.evaluate(() => {
          const input = document.querySelector('[data-ak="NewsletterCta"] input[type="text"]')!;
          const submit = document.querySelector('[data-ak="NewsletterCta"] [type="submit"]')!;
          return {
            fieldBorder: getComputedStyle(input).borderTopStyle,
            fieldBackground: getComputedStyle(input).backgroundColor,
            labelOpacity: getComputedStyle(submit.querySelector('span')!).opacity,
            spinner: getComputedStyle(submit, '::after').animationName,
          };
        });
      const before = await look();
      await button.click();
      await page.locator('[data-ak="NewsletterCta"][data-state="submitting"]').waitFor();
      const during = await look();
      expect(before).toMatchObject({ fieldBorder: 'solid', labelOpacity: '1', spinner: 'none' });
      expect(during.fieldBorder).toBe('dashed');
      expect(during.fieldBackground).not.toBe(before.fieldBackground);
      expect(during.labelOpacity).toBe('0');
      expect(during.spinner).not.toBe('none');
      expect(await button.getAttribute('aria-disabled')).toBe('true');
      expect(await field.getAttribute('readonly')).not.toBeNull();
      await page.getByText('Danke! Du bist jetzt angemeldet.').waitFor();
    } finally {
      await close();
    }
  });

  it('reports the shift of a failed request, whose message adds a line', async () => {
    const { page, close } = await open(1280, 'server-error');
    try {
      const { shift } = await submitIn(page);
      await page.getByText('Der Dienst antwortet gerade nicht.', { exact: false }).waitFor();
      console.info(`layout shift at 1280 px, server error: ${shift.toFixed(4)}`);
      // The message under the button pushes what follows down by its own height, and no more.
      expect(shift).toBeLessThan(0.1);
    } finally {
      await close();
    }
  });
});
