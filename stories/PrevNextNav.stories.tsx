import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { locales } from '../src';
import { PrevNextNav } from '../src/components/PrevNextNav';
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
    // Side by side at full width, previous first; each card is a large target.
    await expect(rect(back).right).toBeLessThanOrEqual(rect(forward).left);
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

/** Only a next article: it keeps its place on the end side. */
export const OnlyNext: Story = {
  args: { prev: undefined },
  play: async ({ canvasElement, globals }) => {
    const s = stringsFor(globals);
    const canvas = within(canvasElement);
    const nav = canvas.getByRole('navigation', { name: s.navLabel });
    const forward = canvas.getByRole('link', { name: `${s.navNext}: ${next.title}` });
    await expect(canvas.queryByRole('link', { name: new RegExp(s.navPrevious) })).not.toBeInTheDocument();
    await expect(rect(forward).left).toBeGreaterThan(rect(nav).left + rect(nav).width / 2 - 20);
    await expect(Math.abs(rect(forward).right - rect(nav).right)).toBeLessThan(2);
  },
};

/** Only a previous article: it stays on the start side. */
export const OnlyPrevious: Story = {
  args: { next: undefined },
  play: async ({ canvasElement, globals }) => {
    const s = stringsFor(globals);
    const canvas = within(canvasElement);
    const nav = canvas.getByRole('navigation', { name: s.navLabel });
    const back = canvas.getByRole('link', { name: `${s.navPrevious}: ${prev.title}` });
    await expect(canvas.queryByRole('link', { name: new RegExp(s.navNext) })).not.toBeInTheDocument();
    await expect(Math.abs(rect(back).left - rect(nav).left)).toBeLessThan(2);
    await expect(rect(back).right).toBeLessThan(rect(nav).left + rect(nav).width / 2 + 20);
  },
};

const longTitle =
  'Hochleistungs-KI-Chips im Exportstreit: Warum die Handelsbeschränkungen der Vereinigten Staaten europäische Rechenzentrumsbetreiber zu eigenen Beschleunigern, neuen Lieferverträgen und teuren Zwischenlösungen drängen';

/** A very long title is clamped to three lines on screen; the link's name keeps all of it. */
export const LongTitle: Story = {
  args: { next: { href: '/artikel/exportstreit', title: longTitle } },
  globals: { width: '768' },
  play: async ({ canvasElement, globals }) => {
    const s = stringsFor(globals);
    const canvas = within(canvasElement);
    const forward = canvas.getByRole('link', { name: `${s.navNext}: ${longTitle}` });
    const title = within(forward).getByText(longTitle);
    await expect(title.scrollHeight).toBeGreaterThan(title.clientHeight);
    const lineHeight = parseFloat(getComputedStyle(title).lineHeight);
    await expect(Math.round(title.clientHeight / lineHeight)).toBe(3);
  },
};

/** A right-to-left host page: previous sits on the right and the arrows point the other way. */
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
    const back = canvas.getByRole('link', { name: `${s.navPrevious}: ${prev.title}` });
    const forward = canvas.getByRole('link', { name: `${s.navNext}: ${next.title}` });
    await expect(rect(back).left).toBeGreaterThanOrEqual(rect(forward).right);
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
  },
};

/** On a 320 px phone the cards stack, previous above next. */
export const Phone: Story = {
  globals: { width: '320' },
  play: async ({ canvasElement, globals }) => {
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
    // The dark surface token: #1f2027.
    await expect(getComputedStyle(back).backgroundColor).toBe('rgb(31, 32, 39)');
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
