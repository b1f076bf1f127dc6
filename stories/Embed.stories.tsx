import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { formatLabel, locales } from '../src';
import { ArticleBody } from '../src/components/ArticleBody';
import * as es from '../src/entries/es';
import * as fr from '../src/entries/fr';
import * as it from '../src/entries/it';
import * as nl from '../src/entries/nl';
import * as pl from '../src/entries/pl';
import type { Locale } from '../src/provider/locales';
import type { ArticleBlock } from '../src/schema/types';
import { expectDeviceWindow } from '../.storybook/review';
import { onDevice } from '../.storybook/viewports';

type Globals = Record<string, unknown>;

/** The language the toolbar chose, and the ArticleBody of the entry that carries it. */
const languageOf = (globals: Globals): Locale =>
  (Object.hasOwn(locales, String(globals.locale)) ? globals.locale : 'de') as Locale;
const BODIES = {
  de: ArticleBody,
  en: ArticleBody,
  fr: fr.ArticleBody,
  es: es.ArticleBody,
  it: it.ArticleBody,
  nl: nl.ArticleBody,
  pl: pl.ArticleBody,
};

/** The embed's strings in the toolbar's language, for the platform. */
const words = (globals: Globals, name: string) => {
  const labels = locales[languageOf(globals)];
  return {
    load: formatLabel(labels.embedLoad, { provider: name }),
    notice: formatLabel(labels.embedNotice, { provider: name }),
    open: formatLabel(labels.embedOpen, { provider: name }),
  };
};

// Made-up posts and videos of a made-up company: the frames behind them show nothing real.
const embeds: ArticleBlock[] = [
  {
    type: 'heading',
    text: 'Der Rundgang im Video',
  },
  {
    type: 'paragraph',
    text: 'Nordwerk hat Journalistinnen und Journalisten durch das neue Rechenzentrum in Luleå geführt. Die Betriebsleiterin zeigt, wie die Abwärme der KI-Beschleuniger ins Fernwärmenetz fließt.',
  },
  {
    type: 'embed',
    url: 'https://www.youtube.com/watch?v=Nw7kR2xQp4s',
    title: 'Rundgang durch das KI-Rechenzentrum in Luleå',
    caption: 'Video: Nordwerk',
  },
  {
    type: 'paragraph',
    text: 'Eine längere Fassung mit dem Gespräch über die Kühlung hat das Unternehmen auf Vimeo veröffentlicht.',
  },
  { type: 'embed', url: 'https://vimeo.com/912345678', caption: 'Das ganze Gespräch, 24 Minuten' },
  { type: 'heading', text: 'Reaktionen in den sozialen Netzwerken' },
  {
    type: 'paragraph',
    text: 'Die Ankündigung wurde auf X und Instagram vielfach geteilt; hier zwei Beiträge des Unternehmens selbst.',
  },
  {
    type: 'embed',
    url: 'https://x.com/nordwerk_ki/status/1862000000000000001',
    title: 'Beitrag von Nordwerk auf X zur Eröffnung',
  },
  { type: 'embed', url: 'https://www.instagram.com/p/DCnordWerk1/', caption: 'Foto: Nordwerk auf Instagram' },
];

const meta = {
  title: 'Blocks/Embed',
  component: ArticleBody,
  render: (args, { globals }) => {
    const Body = BODIES[languageOf(globals)];
    return <Body {...args} />;
  },
  args: {
    title: 'Nordwerk öffnet sein KI-Rechenzentrum: Video, Rundgang und Reaktionen',
    lead: 'Videos und Beiträge von YouTube, Vimeo, X und Instagram erscheinen erst, wenn du sie lädst: bis dahin erfährt keine Plattform, dass du diese Seite liest.',
    blocks: embeds,
  },
} satisfies Meta<typeof ArticleBody>;

export default meta;
type Story = StoryObj<typeof meta>;

const PLATFORMS = ['YouTube', 'Vimeo', 'X', 'Instagram'];

/**
 * Two-click privacy: each embed is a box of the frame's shape with a notice of what loading means,
 * a button that loads it and a link to the original. No frame and no request to a platform until
 * the reader clicks.
 */
export const Default: Story = {
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    await expect(canvasElement.querySelector('iframe, img')).toBeNull();
    for (const name of PLATFORMS) {
      const { load, notice } = words(globals, name);
      await waitFor(() => expect(canvas.getByRole('button', { name: load })).toBeVisible());
      await expect(canvas.getByRole('button', { name: load })).toHaveAccessibleDescription(notice);
    }
    // The link names the original: the block's title, else the platform.
    await expect(canvas.getByRole('link', { name: 'Rundgang durch das KI-Rechenzentrum in Luleå' })).toHaveAttribute(
      'href',
      'https://www.youtube.com/watch?v=Nw7kR2xQp4s',
    );
    await expect(canvas.getByRole('link', { name: words(globals, 'Vimeo').open })).toHaveAttribute(
      'href',
      'https://vimeo.com/912345678',
    );
    await expect(canvas.getByRole('link', { name: words(globals, 'Instagram').open })).toBeVisible();
    // Each box already has its platform's shape: 16:9 for videos, 4:5 for posts.
    const boxes = [...canvasElement.querySelectorAll<HTMLElement>('[data-ak="Embed"] > [data-part="frame"]')];
    await expect(boxes.map((box) => getComputedStyle(box).aspectRatio)).toEqual(['16 / 9', '16 / 9', '4 / 5', '4 / 5']);
  },
};

/** The YouTube video after the click: its frame from youtube-nocookie.com in the same box, focused. */
export const Loaded: Story = {
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const button = await waitFor(() => canvas.getByRole('button', { name: words(globals, 'YouTube').load }));
    const box = button.closest('[data-part="frame"]')!;
    const before = box.getBoundingClientRect();
    await userEvent.click(button);
    const frame = canvas.getByTitle('Rundgang durch das KI-Rechenzentrum in Luleå');
    await expect(frame).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/Nw7kR2xQp4s');
    await expect(frame).toHaveFocus();
    await expect(frame.parentElement).toBe(box);
    const after = box.getBoundingClientRect();
    await expect([after.width, after.height]).toEqual([before.width, before.height]);
    await expect(canvas.getByRole('link', { name: 'Rundgang durch das KI-Rechenzentrum in Luleå' })).toBeVisible();
    // The other embeds still wait for their own click.
    await expect(canvasElement.querySelectorAll('iframe')).toHaveLength(1);
  },
};

/** On a 320 px phone every box, button and link stays inside the article. */
export const Phone: Story = {
  globals: onDevice('phone320'),
  play: async ({ canvasElement, globals, viewMode }) => {
    await expectDeviceWindow({ globals, viewMode });
    const canvas = within(canvasElement);
    await waitFor(() => expect(canvas.getByRole('button', { name: words(globals, 'Instagram').load })).toBeVisible());
    const article = canvas.getByRole('article').getBoundingClientRect();
    for (const part of canvasElement.querySelectorAll('[data-ak="Embed"], [data-ak="Embed"] *')) {
      const box = part.getBoundingClientRect();
      await expect(box.left).toBeGreaterThanOrEqual(article.left - 0.5);
      await expect(box.right).toBeLessThanOrEqual(article.right + 0.5);
    }
  },
};
