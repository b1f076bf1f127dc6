import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { locales } from '../src';
import { PrevNextNav } from '../src/components/PrevNextNav';
import { expectDeviceWindow, tokenColor } from '../.storybook/review';
import { onDevice } from '../.storybook/viewports';
import { navigate, RouterLink } from './demo/RouterLink';

const prev = {
  href: '/artikel/open-source-modelle-offene-gewichte',
  title: 'Open-Source-Modelle: Wie offen sind die Gewichte?',
};
const next = {
  href: '/artikel/ki-verordnung-pflichten-ab-august',
  title: 'KI-Verordnung: Was ab August für Anbieter gilt',
};

const meta = {
  title: 'Components/PrevNextNav',
  component: PrevNextNav,
  args: { prev, next },
  argTypes: { linkComponent: { control: false } },
} satisfies Meta<typeof PrevNextNav>;

export default meta;
type Story = StoryObj<typeof meta>;

const rect = (el: Element) => el.getBoundingClientRect();

/**
 * Whether the nav has room for its two cards side by side: each needs at least 15rem, plus the
 * gap between them. Narrower (a phone), they stack.
 */
const roomForTwo = (nav: HTMLElement) => {
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
  return rect(nav).width >= 30 * rem + parseFloat(getComputedStyle(nav).columnGap);
};

/** The nav's strings in the toolbar's language, so every story plays in German and in English. */
const stringsFor = (globals: Record<string, unknown>) => locales[globals.locale === 'en' ? 'en' : 'de'];

/** Both sides: "Zurück" above the previous title, "Weiter" above the next one (in English "Previous", "Next"). */
export const Default: Story = {
  play: async ({ canvasElement, globals }) => {
    const s = stringsFor(globals);
    const canvas = within(canvasElement);
    const nav = canvas.getByRole('navigation', { name: s.navLabel });
    const back = within(nav).getByRole('link', { name: `${s.navPrevious}: ${prev.title}` });
    const forward = within(nav).getByRole('link', { name: `${s.navNext}: ${next.title}` });
    await expect(back).toHaveAttribute('rel', 'prev');
    await expect(forward).toHaveAttribute('rel', 'next');
    await expect(canvas.getAllByText(s.navPrevious)).toHaveLength(1);
    await expect(canvas.getByText(s.navPrevious)).toBeVisible();
    // The arrows are drawn with an empty alternative text, so they are not announced.
    await expect(getComputedStyle(canvas.getByText(s.navPrevious), '::before').content).toBe('"‹ " / ""');
    await expect(getComputedStyle(canvas.getByText(s.navNext), '::after').content).toBe('" ›" / ""');
    await expect(canvas.getByText(s.navNext)).toBeVisible();
    // Side by side where there is room, previous first; on a phone previous above next. Each
    // card is a large target.
    if (roomForTwo(nav)) await expect(rect(back).right).toBeLessThanOrEqual(rect(forward).left);
    else await expect(rect(back).bottom).toBeLessThanOrEqual(rect(forward).top);
    await expect(rect(back).height).toBeGreaterThanOrEqual(44);
    await expect(rect(forward).width).toBeGreaterThan(200);
  },
};

/** The English labels. */
export const English: Story = {
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('navigation', { name: 'More articles' })).toBeVisible();
    await expect(canvas.getByRole('link', { name: `Previous: ${prev.title}` })).toBeVisible();
    await expect(canvas.getByRole('link', { name: `Next: ${next.title}` })).toBeVisible();
  },
};

/** Only a next article: it keeps its place on the end side (on a phone it takes the whole row). */
export const OnlyNext: Story = {
  args: { prev: undefined },
  play: async ({ canvasElement, globals }) => {
    const s = stringsFor(globals);
    const canvas = within(canvasElement);
    const nav = canvas.getByRole('navigation', { name: s.navLabel });
    const forward = canvas.getByRole('link', { name: `${s.navNext}: ${next.title}` });
    await expect(canvas.queryByRole('link', { name: new RegExp(s.navPrevious) })).not.toBeInTheDocument();
    if (roomForTwo(nav)) await expect(rect(forward).left).toBeGreaterThan(rect(nav).left + rect(nav).width / 2 - 20);
    else await expect(rect(forward).width).toBeGreaterThan(rect(nav).width - 2);
    await expect(Math.abs(rect(forward).right - rect(nav).right)).toBeLessThan(2);
  },
};

/** Only a previous article: it stays on the start side (on a phone it takes the whole row). */
export const OnlyPrevious: Story = {
  args: { next: undefined },
  play: async ({ canvasElement, globals }) => {
    const s = stringsFor(globals);
    const canvas = within(canvasElement);
    const nav = canvas.getByRole('navigation', { name: s.navLabel });
    const back = canvas.getByRole('link', { name: `${s.navPrevious}: ${prev.title}` });
    await expect(canvas.queryByRole('link', { name: new RegExp(s.navNext) })).not.toBeInTheDocument();
    await expect(Math.abs(rect(back).left - rect(nav).left)).toBeLessThan(2);
    if (roomForTwo(nav)) await expect(rect(back).right).toBeLessThan(rect(nav).left + rect(nav).width / 2 + 20);
    else await expect(rect(back).width).toBeGreaterThan(rect(nav).width - 2);
  },
};

const longTitle =
  'Hochleistungs-KI-Chips im Exportstreit: Warum die Handelsbeschränkungen der Vereinigten Staaten europäische Rechenzentrumsbetreiber zu eigenen Beschleunigern, neuen Lieferverträgen und teuren Zwischenlösungen drängen';
const longPrevTitle =
  'Rechenzentrumsstandorte in Skandinavien: Wie Wasserkraft, kalte Außenluft und Fernwärmenetze die Stromrechnung der Betreiber senken und warum Genehmigungsverfahren trotzdem Jahre dauern';

/**
 * Very long titles on both sides, on a 768 px tablet: each is clamped to three lines on screen;
 * the link's name keeps all of it.
 */
export const LongTitle: Story = {
  name: 'Long titles',
  args: {
    prev: { href: '/artikel/standorte-skandinavien', title: longPrevTitle },
    next: { href: '/artikel/exportstreit', title: longTitle },
  },
  globals: onDevice('tablet768'),
  play: async ({ canvasElement, globals, viewMode }) => {
    await expectDeviceWindow({ globals, viewMode });
    const s = stringsFor(globals);
    const canvas = within(canvasElement);
    for (const [label, text] of [
      [s.navPrevious, longPrevTitle],
      [s.navNext, longTitle],
    ] as const) {
      const card = canvas.getByRole('link', { name: `${label}: ${text}` });
      const title = within(card).getByText(text);
      await expect(title.scrollHeight).toBeGreaterThan(title.clientHeight);
      const lineHeight = parseFloat(getComputedStyle(title).lineHeight);
      await expect(Math.round(title.clientHeight / lineHeight)).toBe(3);
    }
  },
};

/**
 * A right-to-left host page: previous sits on the right (on a phone: above) and the arrows point
 * the other way.
 */
export const RightToLeft: Story = {
  decorators: [
    (Story) => (
      <div dir="rtl">
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement, globals }) => {
    const s = stringsFor(globals);
    const canvas = within(canvasElement);
    const nav = canvas.getByRole('navigation', { name: s.navLabel });
    const back = canvas.getByRole('link', { name: `${s.navPrevious}: ${prev.title}` });
    const forward = canvas.getByRole('link', { name: `${s.navNext}: ${next.title}` });
    if (roomForTwo(nav)) await expect(rect(back).left).toBeGreaterThanOrEqual(rect(forward).right);
    else await expect(rect(back).bottom).toBeLessThanOrEqual(rect(forward).top);
    // The arrows are mirrored characters in right-to-left text, so the browser draws them
    // turned: each stands on the outer side of its label, the previous one on the right.
    const backLabel = canvas.getByText(s.navPrevious);
    await expect(getComputedStyle(backLabel).direction).toBe('rtl');
    await expect(getComputedStyle(backLabel, '::before').content).toBe('"‹ " / ""');
    const words = document.createRange();
    words.selectNodeContents(backLabel);
    await expect(rect(backLabel).right - words.getClientRects()[0]!.right).toBeGreaterThan(4);
    const forwardLabel = canvas.getByText(s.navNext);
    words.selectNodeContents(forwardLabel);
    await expect(words.getClientRects()[0]!.left - rect(forwardLabel).left).toBeGreaterThan(4);
    // The words of previous start at the right edge of its card, those of next end at the left
    // edge of their own.
    words.selectNodeContents(backLabel);
    const backWords = words.getBoundingClientRect();
    await expect(rect(back).right - backWords.right).toBeLessThan(backWords.left - rect(back).left);
    words.selectNodeContents(forwardLabel);
    const forwardWords = words.getBoundingClientRect();
    await expect(forwardWords.left - rect(forward).left).toBeLessThan(rect(forward).right - forwardWords.right);
  },
};

/** On a 320 px phone the cards stack, previous above next. */
export const Phone: Story = {
  globals: onDevice('phone320'),
  play: async ({ canvasElement, globals, viewMode }) => {
    await expectDeviceWindow({ globals, viewMode });
    const s = stringsFor(globals);
    const canvas = within(canvasElement);
    const nav = canvas.getByRole('navigation', { name: s.navLabel });
    const back = canvas.getByRole('link', { name: `${s.navPrevious}: ${prev.title}` });
    const forward = canvas.getByRole('link', { name: `${s.navNext}: ${next.title}` });
    await expect(rect(back).bottom).toBeLessThanOrEqual(rect(forward).top);
    await expect(rect(forward).width).toBeGreaterThan(rect(nav).width - 2);
    await expect(nav.scrollWidth).toBeLessThanOrEqual(nav.clientWidth);
  },
};

/** The dark colour scheme. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement, globals }) => {
    const s = stringsFor(globals);
    const canvas = within(canvasElement);
    const back = canvas.getByRole('link', { name: `${s.navPrevious}: ${prev.title}` });
    // The theme's dark surface.
    await expect(getComputedStyle(back).backgroundColor).toBe(tokenColor(globals, 'surface', 'dark'));
  },
};

/** Keyboard: each card is one tab stop with a visible focus ring. */
export const Keyboard: Story = {
  play: async ({ canvasElement, globals }) => {
    const s = stringsFor(globals);
    const canvas = within(canvasElement);
    const back = canvas.getByRole('link', { name: `${s.navPrevious}: ${prev.title}` });
    const forward = canvas.getByRole('link', { name: `${s.navNext}: ${next.title}` });
    await userEvent.tab();
    await expect(back).toHaveFocus();
    await expect(getComputedStyle(back).outlineStyle).toBe('solid');
    await userEvent.tab();
    await expect(forward).toHaveFocus();
  },
};

/** Links rendered by a router's `Link` through `linkComponent`: same markup, router navigation. */
export const RouterLinks: Story = {
  args: { linkComponent: RouterLink },
  play: async ({ canvasElement, globals }) => {
    const s = stringsFor(globals);
    navigate.mockClear();
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('link', { name: `${s.navNext}: ${next.title}` }));
    await expect(navigate).toHaveBeenCalledWith(next.href);
    await expect(canvas.getByRole('link', { name: `${s.navPrevious}: ${prev.title}` })).toHaveAttribute('rel', 'prev');
  },
};

/** An unsafe link is dropped; the safe side stays. */
export const UnsafeLinkDropped: Story = {
  args: { prev: { href: ' JavaScript:alert(1)', title: prev.title } },
  play: async ({ canvasElement, globals }) => {
    const s = stringsFor(globals);
    const canvas = within(canvasElement);
    await expect(canvas.queryByText(prev.title)).not.toBeInTheDocument();
    await expect(canvas.getByRole('link', { name: `${s.navNext}: ${next.title}` })).toBeVisible();
  },
};
