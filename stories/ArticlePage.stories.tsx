import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, userEvent, waitFor, within } from 'storybook/test';
import { locales } from '../src';
import { ArticleLayout, type ArticleLayoutProps } from '../src/components/ArticleLayout';
import { faqEntries } from '../src/components/FaqAccordion/faqLogic';
import * as es from '../src/entries/es';
import * as fr from '../src/entries/fr';
import * as it from '../src/entries/it';
import * as nl from '../src/entries/nl';
import * as pl from '../src/entries/pl';
import type { Locale } from '../src/provider/locales';
import { ArticleKitProvider } from '../src/provider/ArticleKitProvider';
import { demoArticleDe } from './demo/article.de';
import { demoArticleEn } from './demo/article.en';
import { expectDeviceWindow, presetTheme, schemeOf, tokenColor } from '../.storybook/review';
import { onDevice } from '../.storybook/viewports';
import { navigate, RouterLink } from './demo/RouterLink';

const newsletterDe = {
  title: 'KI WEEKLY',
  description:
    'Wöchentliches KI-Wissen kompakt und verständlich — jeden Sonntag in deinem Postfach. Schließe dich 2500+ Abonnenten an!',
  badge: 'Jeden Sonntag neu!',
  action: '/newsletter',
  minFillTimeMs: 0,
  onSubscribe: fn(async () => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    return 'subscribed' as const;
  }),
};

const newsletterEn = {
  ...newsletterDe,
  title: 'AI WEEKLY',
  description: 'Weekly AI knowledge, short and clear — every Sunday in your inbox. Join 2,500+ readers!',
  badge: 'New every Sunday!',
};

type Globals = Record<string, unknown>;

/** With the English toolbar, the German demo page becomes the English one (same structure). */
const pageFor = (args: ArticleLayoutProps, globals: Globals): ArticleLayoutProps =>
  globals.locale === 'en' && args.article === demoArticleDe
    ? { ...args, article: demoArticleEn, newsletter: args.newsletter === newsletterDe ? newsletterEn : args.newsletter }
    : args;

/** The interface strings in the toolbar's language. */
const ui = (globals: Globals) => locales[globals.locale === 'en' ? 'en' : 'de'];

/** What `checkPage` looks for on the page as the story shows it. */
const wordsFor = (args: ArticleLayoutProps, globals: Globals) => ({
  nav: ui(globals).navLabel,
  faq: ui(globals).faqTitle,
  cta: String(pageFor(args, globals).newsletter?.title),
});

/** Link names start with the side's label: "Weiter: …" / "Next: …". */
const side = (globals: Globals, which: 'prev' | 'next') =>
  new RegExp(`^${which === 'prev' ? ui(globals).navPrevious : ui(globals).navNext}:`);

const meta = {
  title: 'Pages/Article page',
  component: ArticleLayout,
  render: (args, { globals }) => <ArticleLayout {...pageFor(args, globals)} />,
  args: { article: demoArticleDe, newsletter: newsletterDe, structuredData: true },
  argTypes: { newsletter: { control: 'object' }, navProps: { control: false }, bodyProps: { control: false } },
} satisfies Meta<typeof ArticleLayout>;

export default meta;
type Story = StoryObj<typeof meta>;

type Canvas = ReturnType<typeof within>;
const rect = (el: Element) => el.getBoundingClientRect();

/** Whether the nav has room for two cards side by side (15rem each plus the gap); else they stack. */
const roomForTwo = (nav: HTMLElement) => {
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
  return rect(nav).width >= 30 * rem + parseFloat(getComputedStyle(nav).columnGap);
};
const before = (a: Element, b: Element) => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

/** The checks every width and scheme shares: order, parts, nothing wider than the container. */
async function checkPage(canvas: Canvas, canvasElement: HTMLElement, words: { nav: string; faq: string; cta: string }) {
  const layout = canvasElement.querySelector('[data-ak="ArticleLayout"]') as HTMLElement;
  await expect(canvas.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  const sections: HTMLElement[] = canvas.getAllByRole('heading', { level: 2 });
  await expect(sections.map((h) => h.textContent)).toContain(words.faq);
  const cta = canvas.getByRole('region', { name: words.cta });
  // The signup box sits between the second and the third section, as on the reference page.
  const [, second, third] = sections.filter((h) => !cta.contains(h));
  await expect(before(second!, cta) && before(cta, third!)).toBe(true);
  const faq = canvas.getByRole('region', { name: words.faq });
  const nav = canvas.getByRole('navigation', { name: words.nav });
  await expect(before(cta, faq) && before(faq, nav)).toBe(true);
  await waitFor(() => expect(within(faq).getAllByRole('button', { expanded: false })).toHaveLength(6));
  // Long compounds wrap: nothing sticks out of the host's container.
  await expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth + 1);
  await expect(canvasElement.scrollWidth).toBeLessThanOrEqual(canvasElement.clientWidth + 1);
  return { layout, cta, faq, nav };
}

/**
 * The whole article page from one `Article` object: title, lead, byline, four sections with the
 * newsletter box after the second, the conclusion, six FAQ items and the links to the previous
 * and next article. This is the README's screenshot.
 */
export const ArticlePage: Story = {
  name: 'Article page',
  play: async ({ canvasElement, args, globals }) => {
    const canvas = within(canvasElement);
    const { article, newsletter } = pageFor(args, globals);
    const { nav } = await checkPage(canvas, canvasElement, wordsFor(args, globals));
    await expect(canvas.getByRole('heading', { level: 1, name: article.title })).toBeVisible();
    const conclusion = globals.locale === 'en' ? 'Conclusion' : 'Fazit';
    await expect(canvas.getByRole('heading', { level: 2, name: conclusion })).toBeVisible();
    const { navPrevious, navNext } = ui(globals);
    await expect(within(nav).getByRole('link', { name: `${navPrevious}: ${article.prev!.title}` })).toBeVisible();
    await expect(within(nav).getByRole('link', { name: `${navNext}: ${article.next!.title}` })).toBeVisible();
    await expect(canvas.getByText(String(newsletter!.badge))).toBeVisible();
    const scripts = canvasElement.querySelectorAll('script[type="application/ld+json"]');
    await expect(scripts).toHaveLength(1);
    const graph = JSON.parse(scripts[0]!.textContent ?? '')['@graph'] as { '@type': string }[];
    await expect(graph.map((node) => node['@type'])).toEqual(['NewsArticle', 'FAQPage']);
  },
};

/** The English edition, with English interface strings. */
export const English: Story = {
  args: { article: demoArticleEn, newsletter: newsletterEn },
  globals: { locale: 'en' },
  play: async ({ canvasElement, args, globals }) => {
    const canvas = within(canvasElement);
    const { nav } = await checkPage(canvas, canvasElement, wordsFor(args, globals));
    await expect(within(nav).getByRole('link', { name: `Next: ${demoArticleEn.next!.title}` })).toBeVisible();
    await expect(canvas.getByRole('textbox', { name: 'Email address' })).toBeVisible();
  },
};

/**
 * The page from a language entry (`article-kit/fr`, …) with the toolbar's locale set to it: every
 * interface string in that language, the date written out in it. The demo article stays German.
 */
const edition = (locale: Locale, entry: typeof fr): Story => ({
  globals: { locale },
  render: (args) => <entry.ArticleLayout {...args} />,
  play: async ({ canvasElement, args }) => {
    const canvas = within(canvasElement);
    const words = locales[locale];
    const { nav, cta } = await checkPage(canvas, canvasElement, {
      nav: words.navLabel,
      faq: words.faqTitle,
      cta: String(args.newsletter?.title),
    });
    await expect(nav).toHaveAttribute('lang', locale);
    await expect(
      within(nav).getByRole('link', { name: `${words.navNext}: ${demoArticleDe.next!.title}` }),
    ).toBeVisible();
    await expect(within(cta).getByRole('textbox', { name: words.newsletterEmailLabel })).toBeVisible();
    await expect(within(cta).getByRole('button', { name: words.newsletterSubmit })).toBeVisible();
    const published = new Intl.DateTimeFormat(words.dateLocale, { dateStyle: 'long', timeZone: 'UTC' }).format(
      new Date(`${demoArticleDe.publishedAt!.slice(0, 10)}T00:00:00Z`),
    );
    await expect(canvas.getByText(published)).toBeVisible();
  },
});

/** French interface strings, from `article-kit/fr`. */
export const French: Story = edition('fr', fr);
/** Spanish interface strings, from `article-kit/es`. */
export const Spanish: Story = edition('es', es);
/** Italian interface strings, from `article-kit/it`. */
export const Italian: Story = edition('it', it);
/** Dutch interface strings, from `article-kit/nl`. */
export const Dutch: Story = edition('nl', nl);
/** Polish interface strings, from `article-kit/pl`. */
export const Polish: Story = edition('pl', pl);

/** Dark colour scheme: every part takes the dark tokens (axe checks the contrast). */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement, args, globals }) => {
    const canvas = within(canvasElement);
    const { nav } = await checkPage(canvas, canvasElement, wordsFor(args, globals));
    const card = within(nav).getByRole('link', { name: side(globals, 'next') });
    await expect(getComputedStyle(card).backgroundColor).toBe(tokenColor(globals, 'surface', 'dark'));
    await expect(getComputedStyle(canvas.getByRole('heading', { level: 1 })).color).toBe(
      tokenColor(globals, 'text', 'dark'),
    );
  },
};

/**
 * A right-to-left host page: the column, the navigation and its arrows mirror (previous on the
 * right; on a phone, above).
 */
export const RightToLeft: Story = {
  decorators: [
    (Story) => (
      <div dir="rtl">
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement, args, globals }) => {
    const canvas = within(canvasElement);
    const { nav } = await checkPage(canvas, canvasElement, wordsFor(args, globals));
    const back = within(nav).getByRole('link', { name: side(globals, 'prev') });
    const forward = within(nav).getByRole('link', { name: side(globals, 'next') });
    if (roomForTwo(nav)) await expect(rect(back).left).toBeGreaterThanOrEqual(rect(forward).right);
    else await expect(rect(back).bottom).toBeLessThanOrEqual(rect(forward).top);
    // The arrow is a mirrored character, so in right-to-left text it stands right of "Zurück".
    const backLabel = within(back).getByText(ui(globals).navPrevious);
    await expect(getComputedStyle(backLabel, '::before').content).toBe('"‹ " / ""');
    const words = document.createRange();
    words.selectNodeContents(backLabel);
    await expect(backLabel.getBoundingClientRect().right - words.getClientRects()[0]!.right).toBeGreaterThan(4);
    const h1 = canvas.getByRole('heading', { level: 1 });
    await expect(getComputedStyle(h1).direction).toBe('rtl');
  },
};

/** A 320 px phone: long compounds wrap, the navigation cards stack. */
export const Phone320: Story = {
  globals: onDevice('phone320'),
  play: async ({ canvasElement, args, globals, viewMode }) => {
    await expectDeviceWindow({ globals, viewMode });
    const canvas = within(canvasElement);
    const { nav, layout } = await checkPage(canvas, canvasElement, wordsFor(args, globals));
    await expect(rect(layout).width).toBeLessThanOrEqual(320);
    const back = within(nav).getByRole('link', { name: side(globals, 'prev') });
    const forward = within(nav).getByRole('link', { name: side(globals, 'next') });
    await expect(rect(back).bottom).toBeLessThanOrEqual(rect(forward).top);
  },
};

/** A 768 px tablet: the navigation cards side by side. */
export const Tablet768: Story = {
  globals: onDevice('tablet768'),
  play: async ({ canvasElement, args, globals, viewMode }) => {
    await expectDeviceWindow({ globals, viewMode });
    const canvas = within(canvasElement);
    const { nav } = await checkPage(canvas, canvasElement, wordsFor(args, globals));
    const back = within(nav).getByRole('link', { name: side(globals, 'prev') });
    const forward = within(nav).getByRole('link', { name: side(globals, 'next') });
    await expect(rect(back).right).toBeLessThanOrEqual(rect(forward).left);
  },
};

/** A 1280 px desktop: the article keeps a readable column. */
export const Desktop1280: Story = {
  globals: onDevice('desktop1280'),
  play: async ({ canvasElement, args, globals, viewMode }) => {
    await expectDeviceWindow({ globals, viewMode });
    const canvas = within(canvasElement);
    const { layout } = await checkPage(canvas, canvasElement, wordsFor(args, globals));
    await expect(rect(layout).width).toBeLessThan(1280 - 200);
    const parent = layout.parentElement!;
    // Centred in the host's container.
    await expect(
      Math.abs(rect(layout).left - rect(parent).left - (rect(parent).right - rect(layout).right)),
    ).toBeLessThan(2);
  },
};

/** The newest article: only a previous one exists, and it stays on its side (on a phone it takes the row). */
export const OneSidedNav: Story = {
  name: 'One-sided navigation',
  args: { article: { ...demoArticleDe, next: undefined } },
  play: async ({ canvasElement, args, globals }) => {
    const canvas = within(canvasElement);
    const { nav } = await checkPage(canvas, canvasElement, wordsFor(args, globals));
    await expect(within(nav).getAllByRole('link')).toHaveLength(1);
    const back = within(nav).getByRole('link', { name: side(globals, 'prev') });
    await expect(Math.abs(rect(back).left - rect(nav).left)).toBeLessThan(2);
    if (roomForTwo(nav)) await expect(rect(back).right).toBeLessThan(rect(nav).left + rect(nav).width / 2 + 20);
    else await expect(rect(back).width).toBeGreaterThan(rect(nav).width - 2);
  },
};

/**
 * A single-page app with a router: the provider's `linkComponent` renders the author link and
 * the previous/next cards, so they navigate without reloading the page.
 */
export const RouterLinks: Story = {
  name: 'Router links',
  decorators: [
    // Its own provider, for the link component; locale, scheme and preset follow the toolbar.
    (Story, { globals }) => (
      <ArticleKitProvider
        locale={globals.locale === 'en' ? 'en' : 'de'}
        colorScheme={schemeOf(globals)}
        theme={presetTheme(globals)}
        linkComponent={RouterLink}
      >
        <Story />
      </ArticleKitProvider>
    ),
  ],
  play: async ({ canvasElement, args, globals }) => {
    navigate.mockClear();
    const canvas = within(canvasElement);
    const { article } = pageFor(args, globals);
    await userEvent.click(canvas.getByRole('link', { name: `${ui(globals).navNext}: ${article.next!.title}` }));
    await expect(navigate).toHaveBeenCalledWith(article.next!.href);
    await userEvent.click(canvas.getByRole('link', { name: 'Lena Hartmann' }));
    await expect(navigate).toHaveBeenLastCalledWith(article.author!.url);
  },
};

/**
 * Signing up from inside the article, and a FAQ that opens one answer at a time (the second one
 * is open at first).
 */
export const Interactive: Story = {
  args: { faqProps: { type: 'single' } },
  render: (args, { globals }) => {
    const page = pageFor(args, globals);
    const second = faqEntries(page.article.faq)[1]?.id;
    return <ArticleLayout {...page} faqProps={{ ...page.faqProps, defaultValue: second ? [second] : [] }} />;
  },
  play: async ({ canvasElement, args, globals }) => {
    const { article } = pageFor(args, globals);
    const s = ui(globals);
    const [one, two] = article.faq!;
    const canvas = within(canvasElement);
    const faq = canvas.getByRole('region', { name: s.faqTitle });
    const first = await within(faq).findByRole('button', { name: one!.question });
    const second = within(faq).getByRole('button', { name: two!.question });
    await expect(second).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(first);
    await expect(canvas.getByText(String(one!.answer))).toBeVisible();
    await expect(second).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(second);
    await expect(first).toHaveAttribute('aria-expanded', 'false');
    await expect(second).toHaveAttribute('aria-expanded', 'true');

    await userEvent.type(canvas.getByRole('textbox', { name: s.newsletterEmailLabel }), 'lena@beispiel.de');
    await userEvent.click(canvas.getByRole('button', { name: s.newsletterSubmit }));
    await expect(await canvas.findByText(s.newsletterSuccess)).toBeVisible();
    await expect(args.newsletter!.onSubscribe).toHaveBeenCalledWith('lena@beispiel.de', expect.anything());
  },
};

/**
 * The first screen of an article page: title, lead, byline, the first section and the signup box
 * right after it. The README's picture is taken from this story on the 1280 px desktop.
 */
export const FirstScreen: Story = {
  name: 'First screen',
  render: (args, { globals }) => {
    const page = pageFor(args, globals);
    const [heading, paragraph] = page.article.blocks;
    return (
      <ArticleLayout
        {...page}
        article={{ ...page.article, blocks: [heading!, paragraph!, { type: 'newsletter' }], faq: undefined }}
      />
    );
  },
  play: async ({ canvasElement, args, globals }) => {
    const { article } = pageFor(args, globals);
    const canvas = within(canvasElement);
    const parts = [
      canvas.getByRole('heading', { level: 1, name: article.title }),
      canvas.getByText(String(article.lead)),
      canvas.getByRole('heading', { level: 2, name: String((article.blocks[0] as { text: string }).text) }),
      canvas.getByRole('region', { name: wordsFor(args, globals).cta }),
    ];
    const tops = parts.map((part) => part.getBoundingClientRect().top);
    await expect(tops).toEqual([...tops].sort((a, b) => a - b));
    // On the desktop, all of it fits in the picture's 1,250 px.
    if (window.innerWidth >= 1280) await expect(parts[3]!.getBoundingClientRect().bottom).toBeLessThanOrEqual(1250);
  },
};

/**
 * The page a reader comes back to after signing up without JavaScript: the box shows the answer
 * in its own place (`newsletter.initialState`), and the article around it is where it was.
 */
export const SignedUp: Story = {
  name: 'Signed up',
  render: (args, { globals }) => {
    const page = pageFor(args, globals);
    return (
      <ArticleLayout
        {...page}
        newsletter={{ ...page.newsletter!, initialState: { status: 'subscribed', email: 'lena@beispiel.de' } }}
      />
    );
  },
  play: async ({ canvasElement, globals }) => {
    const s = ui(globals);
    const canvas = within(canvasElement);
    await expect(canvas.getByText(s.newsletterSuccess)).toBeVisible();
    await expect(canvas.getByText('lena@beispiel.de')).toBeVisible();
    await expect(canvas.queryByRole('textbox', { name: s.newsletterEmailLabel })).not.toBeInTheDocument();
  },
};

/**
 * Content with mistakes (a paragraph that is a number, an unsafe link, a FAQ item without an
 * answer): the page shows what is valid and leaves the rest out.
 */
export const BadData: Story = {
  name: 'Bad data',
  args: {
    article: {
      ...demoArticleDe,
      blocks: [...demoArticleDe.blocks.slice(0, 2), { type: 'paragraph', text: 42 }, ...demoArticleDe.blocks.slice(2)],
      faq: [...demoArticleDe.faq!, { question: 'Frage ohne Antwort?' }],
      prev: { href: 'javascript:alert(1)', title: 'Böser Link: bitte nicht klicken' },
    } as unknown as typeof demoArticleDe,
  },
  play: async ({ canvasElement, args, globals }) => {
    const canvas = within(canvasElement);
    const { nav } = await checkPage(canvas, canvasElement, wordsFor(args, globals));
    await expect(canvas.queryByText('42')).not.toBeInTheDocument();
    await expect(canvas.queryByText('Frage ohne Antwort?')).not.toBeInTheDocument();
    await expect(within(nav).queryByRole('link', { name: side(globals, 'prev') })).not.toBeInTheDocument();
    await expect(within(nav).getByRole('link', { name: side(globals, 'next') })).toBeVisible();
  },
};
