// Typography and boundaries of the article view in real Chromium: the demo article rendered on
// the server into host columns of phone, tablet and desktop width, in both preset themes. Checks
// what a reader sees: type that follows the column (not the window), a lead above the text, a
// first screen that is not all headline, the reading measure on the parts shown alone, the
// ellipsis of a clamped link title, and card and control edges at 3:1.
import { createElement as h, type ReactElement } from 'react';
import type { Browser, Page } from 'playwright';
import { ArticleBody } from '../src/components/ArticleBody';
import { ArticleLayout } from '../src/components/ArticleLayout';
import { FaqAccordion } from '../src/components/FaqAccordion';
import { PrevNextNav } from '../src/components/PrevNextNav';
import { ArticleKitProvider } from '../src/provider/ArticleKitProvider';
import { editorialTheme, sansTheme, type ArticleKitTheme } from '../src/theme';
import { demoArticleDe } from '../stories/demo/article.de';
import { connectChromium, openPage, overflow, renderWithStyles } from './browser/shared';

let browser: Browser;

beforeAll(async () => {
  browser = await connectChromium();
});

afterAll(async () => {
  await browser?.close();
});

const presets: Record<string, ArticleKitTheme> = { sans: sansTheme, editorial: editorialTheme };
const themes = Object.keys(presets);

const newsletter = {
  title: 'KI WEEKLY',
  description: 'Wöchentliches KI-Wissen kompakt und verständlich — jeden Sonntag in deinem Postfach.',
  action: '/newsletter',
};

const longTitle =
  'Hochleistungs-KI-Chips im Exportstreit: Warum die Handelsbeschränkungen der Vereinigten Staaten europäische ' +
  'Rechenzentrumsbetreiber zu eigenen Beschleunigern, neuen Lieferverträgen und teuren Zwischenlösungen drängen';

/**
 * A host page: the server markup of `tree` with its styles, inside `<div id="host">` with the
 * host's own rules (`hostCss`, e.g. its width). The page around it has no margin.
 */
function hostPage(tree: ReactElement, hostCss = ''): string {
  const { html, styles } = renderWithStyles(tree);
  return `<!doctype html><html lang="de"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Artikel</title>
${styles}<style>body { margin: 0; } #host { ${hostCss} }</style>
</head><body><div id="host">${html}</div></body></html>`;
}

/** The demo article with its signup box, in the theme and scheme given. */
const article = (theme: string, colorScheme: 'light' | 'dark' = 'light') =>
  h(
    ArticleKitProvider,
    { locale: 'de', theme: presets[theme], colorScheme },
    h(ArticleLayout, { article: demoArticleDe, newsletter }),
  );

/** A fresh page of the given window width showing `html`; JavaScript is off (server markup only). */
async function show(html: string, width: number): Promise<{ page: Page; close: () => Promise<void> }> {
  const opened = await openPage(browser, { js: false, width });
  await opened.page.setContent(html);
  return { page: opened.page, close: opened.close };
}

const px = (value: string) => parseFloat(value);

/** Computed font sizes of the title, the lead and a paragraph of running text, in px. */
const typeSizes = (page: Page) =>
  page.evaluate(() => {
    const size = (selector: string) => parseFloat(getComputedStyle(document.querySelector(selector)!).fontSize);
    return {
      title: size('[data-ak="ArticleBody"] h1'),
      lead: size('[data-ak="ArticleBody"] [data-part="lead"]'),
      body: size('[data-ak="ArticleBody"] > p:not([data-part])'),
      section: size('[data-ak="ArticleBody"] > h2'),
    };
  });

describe('type that follows the column', () => {
  describe.each(themes)('%s theme', (theme) => {
    it.each([320, 375, 768, 1280])('sets the article in a %i px column of a window as wide', async (width) => {
      const { page, close } = await show(hostPage(article(theme), `inline-size: ${width}px;`), width);
      try {
        const size = await typeSizes(page);
        // What a phone shows: a 28 px title in a 320 px column.
        if (width === 320) expect(size.title).toBeCloseTo(28, 0);
        else expect(size.title).toBeGreaterThanOrEqual(28);
        if (width >= 768) expect(size.title).toBeGreaterThanOrEqual(38);
        expect(size.title).toBeGreaterThan(size.section);
        // The lead reads as a lead: larger than the running text at every width.
        expect(size.lead).toBeGreaterThan(size.body);
        // Nothing reaches outside the article, nothing scrolls sideways.
        expect(await overflow(page)).toEqual({ outside: [], scrollWidth: width });
      } finally {
        await close();
      }
    });

    it('grows the title with the column, not with the window', async () => {
      const sizes: Record<string, number> = {};
      for (const [key, column, window] of [
        ['phone', 320, 320],
        ['narrow column on a desktop', 320, 1440],
        ['desktop', 1280, 1280],
      ] as const) {
        const { page, close } = await show(hostPage(article(theme), `inline-size: ${column}px;`), window);
        try {
          sizes[key] = (await typeSizes(page)).title;
        } finally {
          await close();
        }
      }
      expect(sizes['narrow column on a desktop']).toBe(sizes.phone);
      expect(sizes.desktop).toBeGreaterThan(sizes.phone! + 8);
    });
  });

  it('keeps title, lead and byline in a 320 px phone column under 640 px', async () => {
    // From the top of the title to the top of the first section heading. The lead of the demo
    // article is long (four sentences, 390 characters); with a 20 px lead set at 1.65 the header
    // took about 800 px, more than a phone's first screen.
    for (const theme of themes) {
      const { page, close } = await show(hostPage(article(theme), 'inline-size: 320px;'), 320);
      try {
        const height = await page.evaluate(() => {
          const title = document.querySelector('[data-ak="ArticleBody"] h1')!.getBoundingClientRect();
          const section = document.querySelector('[data-ak="ArticleBody"] > h2')!.getBoundingClientRect();
          return section.top - title.top;
        });
        expect(height, theme).toBeLessThan(640);
      } finally {
        await close();
      }
    }
  });
});

describe('roots in a host layout that sizes them by their content', () => {
  // A size container takes no width from its content: the roots must still fill what they get.
  const sidebar = h('aside', { style: { flex: 'none', inlineSize: 200 } }, 'Ressorts');
  const contexts: [string, string, (view: ReactElement) => ReactElement, number][] = [
    ['a flex row', 'display: flex;', (view) => view, 0],
    ['a grid column sized auto', 'display: grid; grid-template-columns: auto;', (view) => view, 0],
    ['an inline-block', 'display: inline-block;', (view) => view, 0],
  ];
  // On a desktop, also beside a sidebar: the flex row shares its width.
  const besideSidebar: (typeof contexts)[number] = [
    'a flex row beside a 200 px sidebar',
    'display: flex;',
    (view) => h('div', { style: { display: 'contents' } }, sidebar, view),
    200,
  ];

  it.each([320, 1280])('keeps the article and a standalone body readable at %i px', async (width) => {
    for (const [name, css, wrap, beside] of width > 1000 ? [...contexts, besideSidebar] : contexts) {
      for (const part of ['ArticleLayout', 'ArticleBody'] as const) {
        const view =
          part === 'ArticleLayout'
            ? h(ArticleLayout, { locale: 'de', article: demoArticleDe })
            : h(ArticleBody, {
                locale: 'de',
                title: demoArticleDe.title,
                lead: demoArticleDe.lead,
                blocks: demoArticleDe.blocks,
              });
        const { page, close } = await show(hostPage(wrap(view), css), width);
        try {
          const box = await page.evaluate(
            (selector) => document.querySelector(selector)!.getBoundingClientRect().toJSON() as DOMRect,
            `[data-ak="${part}"]`,
          );
          const where = `${part} in ${name}`;
          // As wide as the reading measure or as what the host gives it (less a page margin when
          // the host sizes it by its content alone), never collapsed, never wider than the page.
          expect(box.width, where).toBeGreaterThanOrEqual(Math.min(480, width - beside - 32));
          expect(box.right, where).toBeLessThanOrEqual(width);
          expect(await page.evaluate(() => document.documentElement.scrollWidth), where).toBe(width);
          expect((await typeSizes(page)).title, where).toBeGreaterThanOrEqual(28);
        } finally {
          await close();
        }
      }
    }
  });
});

/** The number of characters on each line of the element's text (its first text nodes). */
const charactersPerLine = (page: Page, selector: string) =>
  page.evaluate((selector) => {
    const lines = new Map<number, number>();
    const walker = document.createTreeWalker(document.querySelector(selector)!, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      for (let i = 0; i < node.length; i++) {
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const rect = range.getClientRects()[0];
        if (!rect || rect.height === 0) continue;
        const line = Math.round(rect.top);
        lines.set(line, (lines.get(line) ?? 0) + 1);
      }
    }
    return [...lines.values()];
  }, selector);

describe('the reading measure on the parts shown alone', () => {
  const faqAnswer =
    'Lumatek übernimmt den Göteborger Rechenzentrumsbetreiber Nordwerk für 4,2 Milliarden Euro. Der Kaufpreis ' +
    'wird in bar und in Aktien bezahlt; die Kartellbehörden in Brüssel und Stockholm prüfen den Vertrag, und ' +
    'beide Unternehmen rechnen mit einem Abschluss im Frühjahr des kommenden Jahres.';

  it.each(themes)('caps the FAQ and the navigation at the measure on a 1280 px page: %s', async (theme) => {
    const faq = h(
      ArticleKitProvider,
      { locale: 'de', theme: presets[theme] },
      h(FaqAccordion, {
        items: [{ id: 'deal', question: 'Wer übernimmt wen bei dem Milliarden-Deal?', answer: faqAnswer }],
        defaultValue: ['deal'],
      }),
    );
    const nav = h(
      ArticleKitProvider,
      { locale: 'de', theme: presets[theme] },
      h(PrevNextNav, { prev: { href: '/a', title: longTitle }, next: { href: '/b', title: longTitle } }),
    );
    for (const [part, tree, text] of [
      ['FaqAccordion', faq, '[data-ak-part="answer-content"]'],
      ['PrevNextNav', nav, '[data-side="prev"] b'],
    ] as const) {
      const { page, close } = await show(hostPage(tree), 1280);
      try {
        const { width, measure } = await page.evaluate((part) => {
          const root = document.querySelector(`[data-ak="${part}"]`)!;
          // The theme's measure in px, in the root's own font.
          const probe = root.appendChild(document.createElement('div'));
          probe.style.inlineSize = 'var(--ak-measure, 60ch)';
          const measure = probe.getBoundingClientRect().width;
          probe.remove();
          return { width: root.getBoundingClientRect().width, measure };
        }, part);
        expect(measure, part).toBeGreaterThan(300);
        expect(width, part).toBeLessThanOrEqual(measure + 0.5);
        // About 60 to 75 characters a line for the FAQ's text; a card, half the measure, fewer.
        const lines = await charactersPerLine(page, text);
        expect(lines.length, part).toBeGreaterThan(1);
        expect(Math.max(...lines), part).toBeLessThanOrEqual(part === 'FaqAccordion' ? 80 : 45);
      } finally {
        await close();
      }
    }
  });
});

describe('the clamped title of a navigation card', () => {
  it.each([
    [1280, 'side by side'],
    [375, 'stacked'],
  ] as const)('ends with a visible ellipsis on both cards at %i px (%s)', async (width, _layout) => {
    const nav = h(
      ArticleKitProvider,
      { locale: 'de' },
      h(PrevNextNav, { prev: { href: '/a', title: longTitle }, next: { href: '/b', title: longTitle } }),
    );
    const { page, close } = await show(hostPage(nav, 'padding: 16px;'), width);
    try {
      for (const side of ['prev', 'next']) {
        const title = page.locator(`[data-side="${side}"] b`);
        const clamp = await title.evaluate((b) => {
          const box = b.getBoundingClientRect();
          const lineHeight = parseFloat(getComputedStyle(b).lineHeight);
          // The characters on the last line the box shows.
          const text = b.firstChild as Text;
          const range = document.createRange();
          let lastLine = '';
          for (let i = 0; i < text.length; i++) {
            range.setStart(text, i);
            range.setEnd(text, i + 1);
            const rect = range.getClientRects()[0];
            if (rect && rect.bottom <= box.bottom + 0.5 && rect.top >= box.bottom - lineHeight - 0.5) {
              lastLine += text.data[i];
            }
          }
          return {
            lineClamp: getComputedStyle(b).webkitLineClamp,
            cut: b.scrollHeight > b.clientHeight,
            lines: Math.round(b.clientHeight / lineHeight),
            lastLine: lastLine.trim(),
            lineBox: { x: box.left, y: box.bottom - lineHeight, width: box.width, height: lineHeight },
          };
        });
        expect(clamp.lineClamp, side).toBe('3');
        expect(clamp.cut, side).toBe(true);
        expect(clamp.lines, side).toBe(3);
        expect(clamp.lastLine.length, side).toBeGreaterThan(5);
        // The ellipsis is drawn, not cut off: the last line looks different once the clamp (and
        // with it the ellipsis) is taken away and the same three lines are cut by height alone.
        const clip = { ...clamp.lineBox, x: clamp.lineBox.x - 4, width: clamp.lineBox.width + 8 };
        const clamped = await page.screenshot({ clip });
        await title.evaluate((b) => {
          const height = `${b.clientHeight}px`;
          Object.assign(b.style, { display: 'block', webkitLineClamp: 'none', maxBlockSize: height });
        });
        expect(await title.evaluate((b) => b.scrollHeight > b.clientHeight), side).toBe(true);
        const unclamped = await page.screenshot({ clip });
        expect(clamped.equals(unclamped), `${side}: the ellipsis is not visible`).toBe(false);
      }
    } finally {
      await close();
    }
  });
});

/** WCAG 2.2 contrast of two computed `rgb()` colours. */
const contrastOf = (a: string, b: string) => {
  const lum = (rgb: string) => {
    const [r, g, bl] = rgb
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((v) => {
        const c = Number(v) / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('edges of cards and controls', () => {
  it.each(themes.flatMap((theme) => (['light', 'dark'] as const).map((scheme) => [theme, scheme] as const)))(
    'draws them at 3:1 against the page and the card: %s, %s',
    async (theme, scheme) => {
      const { page, close } = await show(hostPage(article(theme, scheme), 'inline-size: 768px;'), 768);
      try {
        const edges = await page.evaluate(() => {
          const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
          const page = style('[data-ak="ArticleLayout"]').backgroundColor;
          const faq = style('[data-ak="FaqAccordion"] [data-ak-part="item"]');
          const card = style('[data-ak="PrevNextNav"] a');
          const box = style('[data-ak="NewsletterCta"]');
          return {
            page,
            surface: card.backgroundColor,
            lines: {
              'FAQ row': faq.borderTopColor,
              'FAQ end': style('[data-ak="FaqAccordion"]').borderBottomColor,
              'navigation card': card.borderTopColor,
              'signup box': box.borderTopColor,
            },
            rowBackground: faq.backgroundColor,
          };
        });
        for (const [part, color] of Object.entries(edges.lines)) {
          expect(contrastOf(color, edges.page), `${part} on the page`).toBeGreaterThanOrEqual(3);
          expect(contrastOf(color, edges.surface), `${part} on a card`).toBeGreaterThanOrEqual(3);
        }
        // The FAQ's rows lie on the page itself: hairlines between them, no grey boxes.
        expect(edges.rowBackground).toBe('rgba(0, 0, 0, 0)');
        expect(
          px(
            await page
              .locator('[data-ak="FaqAccordion"] [data-ak-part="item"]')
              .first()
              .evaluate((e) => getComputedStyle(e).borderTopWidth),
          ),
        ).toBeGreaterThan(0);
      } finally {
        await close();
      }
    },
  );
});
