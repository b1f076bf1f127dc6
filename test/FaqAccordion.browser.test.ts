// FaqAccordion in real Chromium: the server HTML with JavaScript off, and the same HTML hydrated
// by a client bundle built here. Covers what jsdom cannot: native <details>, find-in-page reveal
// (driven through text fragments, which run the browser's find-and-reveal path), `#id` links,
// animation, reduced motion, print, and axe with colour contrast.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createElement } from 'react';
import type AxeCore from 'axe-core';
import type { Browser, BrowserContext, Page } from 'playwright';
import { connectChromium, renderWithStyles } from './browser/shared';
import { buildClientBundle, modulePath } from './browserBundle';
import { FaqAccordion } from '../src/components/FaqAccordion';
import { faqPages, type FaqPageName } from './fixtures/faqPages';

const ORIGIN = 'http://faq.test';
const FIFTH = 'Ein Fünftel der gemeinsamen Kapazität';
const FIFTH_ID = 'profitieren-auch-hochschulen-und-kleinere-unternehmen-davon';
const CLOSING_ID = 'wann-soll-die-uebernahme-abgeschlossen-sein';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
let clientBundle = '';

/** The client side: `window.__faq.hydrate(name)` hydrates the server HTML of a fixture. */
async function buildClient(): Promise<string> {
  return buildClientBundle(
    'faq-browser',
    `import { createElement } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { FaqAccordion } from ${modulePath('src/components/FaqAccordion/index.ts')};
import { faqPages } from ${modulePath('test/fixtures/faqPages.ts')};
window.__faq = {
  hydrate(name) {
    const changes = (window.__faqChanges = []);
    hydrateRoot(document.getElementById('root'), createElement(FaqAccordion, { ...faqPages[name], onValueChange: (v) => changes.push(v) }));
  },
};
`,
  );
}

/** A page: some article text above, the server-rendered accordion, more text below. */
function pageHtml(name: FaqPageName, { script = false } = {}): string {
  const { html, styles } = renderWithStyles(createElement(FaqAccordion, faqPages[name]));
  const filler = (label: string) =>
    `<p style="block-size: 900px; margin: 0">${label}: Fließtext des Artikels über Hochleistungs-KI-Chips.</p>`;
  return `<!doctype html><html lang="de"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>FAQ</title>${styles}
<style>body { margin: 0; font-family: sans-serif; } main { max-inline-size: 40rem; margin: 0 auto; padding: 1rem; }</style>
</head><body><main>${filler('Oben')}
<p><a href="#${FIFTH_ID}">Zur Frage nach Hochschulen</a> <a href="#${CLOSING_ID}">Zum Zeitplan</a></p>
<div id="root">${html}</div>${filler('Unten')}</main>
${script ? `<script>${clientBundle}</script>` : ''}</body></html>`;
}

interface Opened {
  page: Page;
  context: BrowserContext;
  problems: string[];
}

interface OpenOptions {
  /** JavaScript on (the client bundle is in the page) or off. */
  js?: boolean;
  /** Fragment of the URL the page is opened with. */
  hash?: string;
  /** Hydrate right after load; false leaves the server HTML alone until `hydrateNow`. */
  hydrate?: boolean;
  reducedMotion?: 'reduce' | 'no-preference';
  /** Viewport width in CSS pixels (800 unless told). */
  width?: number;
}

async function open(name: FaqPageName, options: OpenOptions = {}): Promise<Opened> {
  const { js = true, hash = '', hydrate = js, reducedMotion = 'no-preference', width = 800 } = options;
  const context = await browser.newContext({
    javaScriptEnabled: js,
    viewport: { width, height: 600 },
    reducedMotion,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  const html = pageHtml(name, { script: js });
  await page.route(`${ORIGIN}/**`, (route) => route.fulfill({ body: html, contentType: 'text/html; charset=utf-8' }));
  await page.goto(`${ORIGIN}/${name}${hash}`);
  if (hydrate) await hydrateNow(page, name);
  return { page, context, problems };
}

async function hydrateNow(page: Page, name: FaqPageName) {
  await page.evaluate((n) => (window as unknown as { __faq: { hydrate(n: string): void } }).__faq.hydrate(n), name);
  await page.locator('[data-ak="FaqAccordion"] button[aria-expanded]').first().waitFor();
}

const question = (page: Page, name: string | RegExp) => page.getByRole('button', { name });
const answerText = (page: Page, text: string) => page.locator('[data-ak-part="answer-content"]', { hasText: text });
const detailsOpen = (page: Page, id: string) =>
  page.evaluate((i) => (document.getElementById(i)?.closest('details') as HTMLDetailsElement).open, id);
const itemTop = (page: Page, id: string) =>
  page.evaluate((i) => document.getElementById(i)!.closest('[data-ak-part="item"]')!.getBoundingClientRect().top, id);

beforeAll(async () => {
  clientBundle = await buildClient();
  browser = await connectChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('server HTML with JavaScript off', () => {
  it('holds every answer, and each question opens and closes its answer', async () => {
    const { page, context } = await open('multiple', { js: false });
    try {
      expect(await page.locator('details[data-ak-part="item"]').count()).toBe(6);
      expect(await page.locator('details > summary > h3').count()).toBe(6);
      expect(await page.getByRole('heading', { level: 2, name: 'FAQ' }).count()).toBe(1);
      for (const text of ['4,2 Milliarden Euro', 'fremden Lieferketten', FIFTH, 'minutengenau']) {
        expect(await answerText(page, text).count()).toBe(1);
        expect(await answerText(page, text).isVisible()).toBe(false);
      }
      await page.getByText('Profitieren auch Hochschulen und kleinere Unternehmen davon?').click();
      expect(await answerText(page, FIFTH).isVisible()).toBe(true);
      await page.getByText('Profitieren auch Hochschulen und kleinere Unternehmen davon?').click();
      expect(await answerText(page, FIFTH).isVisible()).toBe(false);

      await page.getByRole('link', { name: 'Zum Zeitplan' }).focus();
      await page.keyboard.press('Tab'); // the first question
      await page.keyboard.press('Enter');
      expect(await answerText(page, '4,2 Milliarden Euro').isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('opens one answer at a time in single mode', async () => {
    const { page, context } = await open('single', { js: false });
    try {
      await page.getByText('Wer übernimmt wen bei dem Milliarden-Deal?').click();
      await page.getByText('Wann soll die Übernahme abgeschlossen sein?').click();
      expect(await answerText(page, 'ersten Hälfte').isVisible()).toBe(true);
      expect(await answerText(page, '4,2 Milliarden Euro').isVisible()).toBe(false);
    } finally {
      await context.close();
    }
  });

  it('reveals a closed answer that find-in-page matches', async () => {
    const { page, context } = await open('multiple', { js: false, hash: `#:~:text=${encodeURIComponent('Fünftel')}` });
    try {
      await expect.poll(() => detailsOpen(page, FIFTH_ID)).toBe(true);
      expect(await answerText(page, FIFTH).isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('opens and scrolls to the item of a #id link, on load and from a link on the page', async () => {
    const { page, context } = await open('multiple', { js: false, hash: `#${CLOSING_ID}` });
    try {
      expect(await detailsOpen(page, CLOSING_ID)).toBe(true);
      expect(Math.abs(await itemTop(page, CLOSING_ID))).toBeLessThan(2);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.getByRole('link', { name: 'Zur Frage nach Hochschulen' }).click();
      await expect.poll(() => detailsOpen(page, FIFTH_ID)).toBe(true);
      expect(Math.abs(await itemTop(page, FIFTH_ID))).toBeLessThan(2);
    } finally {
      await context.close();
    }
  });

  it('prints every answer', async () => {
    const { page, context } = await open('multiple', { js: false });
    try {
      await page.emulateMedia({ media: 'print' });
      for (const text of ['4,2 Milliarden Euro', FIFTH, 'minutengenau']) {
        expect(await answerText(page, text).isVisible()).toBe(true);
      }
    } finally {
      await context.close();
    }
  });
});

describe('server HTML hydrated', () => {
  it('hydrates without a warning into headings with buttons that control hidden-until-found regions, in the same place', async () => {
    const { page, context, problems } = await open('multiple', { hydrate: false });
    try {
      const boxesBefore = await page.$$eval('[data-ak-part="item"]', (els) =>
        els.map((e) => e.getBoundingClientRect().toJSON()),
      );
      await hydrateNow(page, 'multiple');
      const boxesAfter = await page.$$eval('[data-ak-part="item"]', (els) =>
        els.map((e) => e.getBoundingClientRect().toJSON()),
      );
      expect(boxesAfter).toEqual(boxesBefore);
      expect(problems).toEqual([]);
      expect(await page.locator('details').count()).toBe(0);

      const headings = page.getByRole('heading', { level: 3 });
      expect(await headings.count()).toBe(6);
      const button = headings
        .nth(4)
        .getByRole('button', { name: 'Profitieren auch Hochschulen und kleinere Unternehmen davon?' });
      expect(await button.getAttribute('aria-expanded')).toBe('false');
      const panel = page.locator(`#${await button.getAttribute('aria-controls')}`);
      expect(await panel.getAttribute('hidden')).toBe('until-found');
      expect(await panel.textContent()).toContain(FIFTH);

      await button.click();
      expect(await button.getAttribute('aria-expanded')).toBe('true');
      expect(await panel.getAttribute('hidden')).toBeNull();
      // The region grows from zero height, so it counts as visible from the first animation frame.
      await expect
        .poll(() =>
          page
            .getByRole('region', { name: 'Profitieren auch Hochschulen und kleinere Unternehmen davon?' })
            .isVisible(),
        )
        .toBe(true);
      await expect.poll(() => answerText(page, FIFTH).isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('keeps what the reader opened before hydration, and the focus', async () => {
    const { page, context, problems } = await open('multiple', { hydrate: false });
    try {
      await page.getByText('Wann soll die Übernahme abgeschlossen sein?').click();
      expect(await detailsOpen(page, CLOSING_ID)).toBe(true);
      await hydrateNow(page, 'multiple');
      const button = question(page, 'Wann soll die Übernahme abgeschlossen sein?');
      expect(await button.getAttribute('aria-expanded')).toBe('true');
      expect(await button.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await page.evaluate(() => (window as unknown as { __faqChanges: string[][] }).__faqChanges)).toEqual([
        [CLOSING_ID],
      ]);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('reveals a closed answer that find-in-page matches, before and after hydration', async () => {
    const text = `#:~:text=${encodeURIComponent('Fünftel')}`;
    const before = await open('multiple', { hash: text, hydrate: false });
    try {
      await expect.poll(() => detailsOpen(before.page, FIFTH_ID)).toBe(true);
      await hydrateNow(before.page, 'multiple');
      expect(await question(before.page, /Hochschulen/).getAttribute('aria-expanded')).toBe('true');
    } finally {
      await before.context.close();
    }

    const after = await open('multiple');
    try {
      const button = question(after.page, /Hochschulen/);
      expect(await button.getAttribute('aria-expanded')).toBe('false');
      await after.page.goto(`${ORIGIN}/multiple${text}`); // same document: no reload, the browser searches again
      await expect.poll(() => button.getAttribute('aria-expanded')).toBe('true');
      expect(await after.page.locator(`#${FIFTH_ID}--answer`).getAttribute('hidden')).toBeNull();
      await expect.poll(() => answerText(after.page, FIFTH).isVisible()).toBe(true);
    } finally {
      await after.context.close();
    }
  });

  it('opens and scrolls to the item of a #id link on load and on hashchange', async () => {
    const { page, context } = await open('single', { hash: `#${CLOSING_ID}` });
    try {
      expect(await question(page, 'Wann soll die Übernahme abgeschlossen sein?').getAttribute('aria-expanded')).toBe(
        'true',
      );
      expect(Math.abs(await itemTop(page, CLOSING_ID))).toBeLessThan(2);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.getByRole('link', { name: 'Zur Frage nach Hochschulen' }).click();
      await expect.poll(() => question(page, /Hochschulen/).getAttribute('aria-expanded')).toBe('true');
      expect(await question(page, 'Wann soll die Übernahme abgeschlossen sein?').getAttribute('aria-expanded')).toBe(
        'false',
      );
      await expect.poll(async () => Math.abs(await itemTop(page, FIFTH_ID))).toBeLessThan(2);
    } finally {
      await context.close();
    }
  });

  it('moves focus with the arrow keys, Home and End, and toggles with Enter and Space', async () => {
    const { page, context } = await open('multiple');
    try {
      const focused = () => page.evaluate(() => document.activeElement?.textContent ?? '');
      await page.getByRole('link', { name: 'Zum Zeitplan' }).focus();
      await page.keyboard.press('Tab');
      expect(await focused()).toBe('Wer übernimmt wen bei dem Milliarden-Deal?');
      await page.keyboard.press('ArrowDown');
      expect(await focused()).toBe('Warum kauft ein Chipentwickler eigene Rechenzentren?');
      await page.keyboard.press('End');
      expect(await focused()).toBe('Was verlangt die KI-Verordnung von den Betreibern der Rechenzentren?');
      await page.keyboard.press('ArrowDown');
      expect(await focused()).toBe('Wer übernimmt wen bei dem Milliarden-Deal?');
      await page.keyboard.press('ArrowUp');
      expect(await focused()).toBe('Was verlangt die KI-Verordnung von den Betreibern der Rechenzentren?');
      await page.keyboard.press('Home');
      expect(await focused()).toBe('Wer übernimmt wen bei dem Milliarden-Deal?');
      await page.keyboard.press('Enter');
      expect(await question(page, 'Wer übernimmt wen bei dem Milliarden-Deal?').getAttribute('aria-expanded')).toBe(
        'true',
      );
      await page.keyboard.press('Space');
      expect(await question(page, 'Wer übernimmt wen bei dem Milliarden-Deal?').getAttribute('aria-expanded')).toBe(
        'false',
      );
      await page.keyboard.press('Shift+Tab');
      expect(await focused()).toBe('Zum Zeitplan');
    } finally {
      await context.close();
    }
  });

  it('keeps the clicked question in place when a tall answer above closes (single mode)', async () => {
    const { page, context } = await open('tallSingle');
    try {
      const target = question(page, 'Wann soll die Übernahme abgeschlossen sein?');
      const tall = question(page, 'Wie groß werden die neuen Rechenzentren?');
      expect(await tall.getAttribute('aria-expanded')).toBe('true');
      await target.evaluate((el) => {
        el.scrollIntoView({ block: 'center' });
      });
      const top = await target.evaluate((el) => el.getBoundingClientRect().top);
      expect(top).toBeGreaterThan(100);
      await target.click();
      expect(await tall.getAttribute('aria-expanded')).toBe('false');
      // Sampled over the whole animation, every frame.
      const tops = await target.evaluate(
        (el) =>
          new Promise<number[]>((resolve) => {
            const out: number[] = [];
            const end = performance.now() + 400;
            const frame = () => {
              out.push(Math.round(el.getBoundingClientRect().top));
              if (performance.now() < end) requestAnimationFrame(frame);
              else resolve(out);
            };
            frame();
          }),
      );
      for (const t of tops) expect(Math.abs(t - top)).toBeLessThanOrEqual(1);
      await expect.poll(() => answerText(page, 'ersten Hälfte').isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  });

  it('animates the height without flicker, follows content that grows, and prints every answer', async () => {
    const { page, context } = await open('multiple');
    try {
      const button = question(page, /Hochschulen/);
      const sample = () =>
        page.evaluate(
          (id) =>
            new Promise<{ height: number; visible: boolean }[]>((resolve) => {
              const panel = document.getElementById(id)!;
              const text = panel.querySelector('[data-ak-part="answer-content"]')!;
              const out: { height: number; visible: boolean }[] = [];
              const end = performance.now() + 450;
              const frame = () => {
                out.push({ height: panel.getBoundingClientRect().height, visible: text.checkVisibility() });
                if (performance.now() < end) requestAnimationFrame(frame);
                else resolve(out);
              };
              frame();
            }),
          `${FIFTH_ID}--answer`,
        );
      expect(
        await page.locator(`#${FIFTH_ID}--answer`).evaluate((el) => getComputedStyle(el).transitionDuration),
      ).toMatch(/^0\.2s/);
      await button.click();
      const opening = await sample();
      const full = opening[opening.length - 1]!.height;
      expect(full).toBeGreaterThan(40);
      expect(opening.some((s) => s.height > 0 && s.height < full)).toBe(true); // it did animate
      opening.forEach((s, i) => i && expect(s.height).toBeGreaterThanOrEqual(opening[i - 1]!.height));
      expect(opening.every((s) => s.visible)).toBe(true);

      await button.click();
      const closing = await sample();
      expect(closing.some((s) => s.height > 0 && s.height < full)).toBe(true);
      closing.forEach((s, i) => i && expect(s.height).toBeLessThanOrEqual(closing[i - 1]!.height));
      // The text stays painted while the panel still has height: no blink before the collapse.
      for (const s of closing) if (s.height > 0) expect(s.visible).toBe(true);
      expect(closing[closing.length - 1]).toEqual({ height: 0, visible: false });

      await button.click();
      await sample();
      const grown = await page.evaluate((id) => {
        const panel = document.getElementById(id)!;
        const p = document.createElement('p');
        p.textContent = 'Nachtrag: Auch Forschungsinstitute sollen Rechenzeit zu festen Preisen bekommen.';
        p.style.blockSize = '300px';
        panel.querySelector('[data-ak-part="answer-content"]')!.append(p);
        return new Promise<[number, number]>((resolve) =>
          requestAnimationFrame(() =>
            resolve([panel.getBoundingClientRect().height, panel.firstElementChild!.scrollHeight]),
          ),
        );
      }, `${FIFTH_ID}--answer`);
      expect(grown[0]).toBeGreaterThan(full + 299);
      expect(Math.abs(grown[0] - grown[1])).toBeLessThan(1);

      await page.emulateMedia({ media: 'print' });
      for (const text of ['4,2 Milliarden Euro', 'fremden Lieferketten', 'minutengenau']) {
        expect(await answerText(page, text).isVisible()).toBe(true);
      }
    } finally {
      await context.close();
    }
  });

  it('never scrolls sideways at 320 px while a question opens or closes, in the server HTML and hydrated', async () => {
    // Unhydrated server HTML (native <details>) stands for JavaScript off: the page can still be
    // measured, and the accordion behaves and looks as it does without JavaScript.
    for (const hydrated of [false, true]) {
      const { page, context } = await open('multiple', { hydrate: hydrated, width: 320 });
      try {
        const triggers = page.locator('[data-ak="FaqAccordion"] :is(summary, button[aria-expanded])');
        const count = await triggers.count();
        expect(count).toBeGreaterThan(2);
        for (let index = 0; index < count; index++) {
          for (const step of ['open', 'close']) {
            // The widest the page gets on any frame of the transition (and 100 ms after it).
            const widest = page.evaluate(
              () =>
                new Promise<number>((resolve) => {
                  let max = 0;
                  const end = performance.now() + 250;
                  const frame = () => {
                    max = Math.max(max, document.documentElement.scrollWidth);
                    if (performance.now() < end) requestAnimationFrame(frame);
                    else resolve(max);
                  };
                  frame();
                }),
            );
            await triggers.nth(index).click();
            expect({ hydrated, index, step, scrollWidth: await widest }).toEqual({
              hydrated,
              index,
              step,
              scrollWidth: 320,
            });
          }
        }
      } finally {
        await context.close();
      }
    }
  });

  it('opens at once, without animation, under prefers-reduced-motion', async () => {
    const { page, context } = await open('multiple', { reducedMotion: 'reduce' });
    try {
      const panel = page.locator(`#${FIFTH_ID}--answer`);
      expect(await panel.evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0s');
      await question(page, /Hochschulen/).click();
      const heights = await panel.evaluate(
        (el) =>
          new Promise<number[]>((resolve) => {
            const out = [el.getBoundingClientRect().height];
            requestAnimationFrame(() => {
              out.push(el.getBoundingClientRect().height);
              resolve(out);
            });
          }),
      );
      expect(heights[0]).toBeGreaterThan(40);
      expect(heights[1]).toBe(heights[0]);
    } finally {
      await context.close();
    }
  });

  it('passes axe, colour contrast included, before and after hydration', async () => {
    const { page, context } = await open('multiple', { hydrate: false });
    try {
      await page.addScriptTag({ content: axeSource });
      const run = () =>
        page.evaluate(async () => {
          const axe = (window as unknown as { axe: typeof AxeCore }).axe;
          const result = await axe.run(document.getElementById('root')!, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
          });
          return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
        });
      await page.getByText('Wer übernimmt wen bei dem Milliarden-Deal?').click();
      expect(await run()).toEqual([]);
      await hydrateNow(page, 'multiple');
      await question(page, /Hochschulen/).click();
      expect(await run()).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
