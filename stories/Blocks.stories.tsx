import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, within } from 'storybook/test';
import { locales } from '../src';
import { ArticleBody, type ArticleBodyProps } from '../src/components/ArticleBody';
import * as es from '../src/entries/es';
import * as fr from '../src/entries/fr';
import * as it from '../src/entries/it';
import * as nl from '../src/entries/nl';
import * as pl from '../src/entries/pl';
import type { Locale } from '../src/provider/locales';
import type { ArticleBlock } from '../src/schema/types';
import { expectDeviceWindow } from '../.storybook/review';
import { onDevice } from '../.storybook/viewports';
import datacenterUrl from './demo/images/rechenzentrum.svg?no-inline';
import sitesUrl from './demo/images/standorte.svg?no-inline';

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

const meta = {
  title: 'Blocks/Body blocks',
  component: ArticleBody,
  render: (args, { globals }) => {
    const Body = BODIES[languageOf(globals)];
    return <Body {...args} />;
  },
  args: {
    title: 'Offene Sprachmodelle im Vergleich: Was die neuen Testreihen zeigen',
    lead: 'Drei Labore haben ihre Modelle freigegeben. Wir haben nachgerechnet, was sie können und was sie kosten.',
  },
} satisfies Meta<typeof ArticleBody>;

export default meta;
type Story = StoryObj<typeof meta>;

const intro: ArticleBlock = {
  type: 'paragraph',
  text: 'Die Gewichte aller drei Modelle stehen zum Download bereit; zwei davon dürfen auch kommerziell eingesetzt werden.',
};

const comparison: ArticleBlock = {
  type: 'table',
  caption: 'Drei offene Modelle im Vergleich',
  header: ['Modell', 'Parameter', 'Kontext', 'Lizenz', 'Punkte im Test'],
  align: [null, 'end', 'end', null, 'end'],
  rows: [
    ['Fjord 70B', '70 Mrd.', '128.000', 'Apache 2.0', '81,4'],
    [
      [{ type: 'strong', children: ['Nordlicht 34B'] }],
      '34 Mrd.',
      '64.000',
      [{ type: 'link', href: 'https://example.com/lizenz', children: ['eigene Lizenz'] }],
      '78,9',
    ],
    ['Lumen 8B', '8 Mrd.', '32.000', 'MIT', '69,2'],
  ],
};

/** The cells of a row as a reader goes through them. */
const cellTexts = (row: HTMLElement) =>
  [...within(row).queryAllByRole('columnheader'), ...within(row).queryAllByRole('cell')].map((cell) =>
    cell.textContent?.trim(),
  );

/**
 * A data table with a caption: named by it, with column headers, numbers aligned to the end of
 * their columns and rich cells (strong text, a link). Its box takes keyboard focus so that a wide
 * table can be scrolled.
 */
export const Table: Story = {
  args: {
    blocks: [
      intro,
      comparison,
      {
        type: 'paragraph',
        text: 'Ohne Beschriftung ist die Tabelle kein eigener Bereich der Seite, bleibt aber eine Tabelle mit Spaltenköpfen:',
      },
      {
        type: 'table',
        header: ['Standort', 'Anschlussleistung', 'Kühlung'],
        align: [null, 'end', 'center'],
        rows: [
          ['Luleå', '80 MW', 'Außenluft'],
          ['Oulu', '40 MW', 'Flusswasser'],
        ],
      },
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const [named, plain] = canvas.getAllByRole('table');
    await expect(named).toHaveAccessibleName('Drei offene Modelle im Vergleich');
    const area = canvas.getByRole('region', { name: 'Drei offene Modelle im Vergleich' });
    await expect(area).toContainElement(named!);
    await expect(area).toHaveAttribute('tabindex', '0');
    await expect(canvas.getAllByRole('region')).toHaveLength(1);
    const rows = within(named!).getAllByRole('row');
    await expect(rows.map(cellTexts)).toEqual([
      ['Modell', 'Parameter', 'Kontext', 'Lizenz', 'Punkte im Test'],
      ['Fjord 70B', '70 Mrd.', '128.000', 'Apache 2.0', '81,4'],
      ['Nordlicht 34B', '34 Mrd.', '64.000', 'eigene Lizenz', '78,9'],
      ['Lumen 8B', '8 Mrd.', '32.000', 'MIT', '69,2'],
    ]);
    // Numbers line up at the end of their columns; words start at the start.
    const [model, size, context, license, score] = within(rows[1]!).getAllByRole('cell');
    for (const cell of [size, context, score]) await expect(getComputedStyle(cell!).textAlign).toBe('end');
    for (const cell of [model, license]) await expect(getComputedStyle(cell!).textAlign).toBe('start');
    await expect(getComputedStyle(within(plain!).getAllByRole('cell')[2]!).textAlign).toBe('center');
    await expect(getComputedStyle(size!).fontVariantNumeric).toBe('tabular-nums');
    // The link in a cell is underlined: not told apart by colour alone.
    await expect(getComputedStyle(canvas.getByRole('link', { name: 'eigene Lizenz' })).textDecorationLine).toBe(
      'underline',
    );
    await expect(within(plain!).getAllByRole('columnheader')).toHaveLength(3);
  },
};

const wideTable: ArticleBlock = {
  type: 'table',
  caption: 'Testreihen im Einzelnen',
  header: [
    'Modell',
    'Allgemeinwissen',
    'Mathematik',
    'Programmierung',
    'Leseverständnis',
    'Übersetzung Deutsch–Englisch',
    'Energie pro Million Tokens',
  ],
  align: [null, 'end', 'end', 'end', 'end', 'end', 'end'],
  rows: [
    ['Fjord 70B', '84,1', '76,5', '71,0', '88,3', '41,7 BLEU', '1,9 kWh'],
    ['Nordlicht 34B', '80,6', '72,2', '74,8', '85,0', '39,2 BLEU', '1,1 kWh'],
    ['Lumen 8B', '71,3', '58,9', '62,4', '79,6', '33,5 BLEU', '0,3 kWh'],
  ],
};

/**
 * A table wider than a phone's column: it scrolls inside its own box, and the page never gets
 * wider than the screen.
 */
export const TableAt320: Story = {
  name: 'Table at 320 px',
  globals: onDevice('phone320'),
  args: { blocks: [intro, wideTable] },
  play: async ({ canvasElement, globals, viewMode }) => {
    await expectDeviceWindow({ globals, viewMode });
    const canvas = within(canvasElement);
    const area = canvas.getByRole('region', { name: 'Testreihen im Einzelnen' });
    const article = canvas.getByRole('article');
    await expect(article.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    // The table is wider than its box, so the box scrolls ...
    await expect(area.scrollWidth).toBeGreaterThan(area.clientWidth);
    await expect(area.getBoundingClientRect().right).toBeLessThanOrEqual(article.getBoundingClientRect().right + 0.5);
    // ... and nothing around it does.
    for (const root of [canvasElement, document.documentElement, document.body]) {
      await expect(root.scrollWidth, root.tagName).toBeLessThanOrEqual(root.clientWidth);
    }
    // It scrolls for real, and a keyboard user can get to it to scroll.
    area.scrollLeft = area.scrollWidth;
    await expect(area.scrollLeft).toBeGreaterThan(0);
    area.scrollLeft = 0;
    await userEvent.tab();
    await expect(area).toHaveFocus();
    await expect(getComputedStyle(area).outlineStyle).toBe('solid');
  },
};

const pythonExample = [
  'from fjord import Modell',
  '',
  'modell = Modell.laden("fjord-70b", präzision="bf16")',
  'for frage in ["Wie spät ist es in Luleå?", "Was kostet ein Rack?"]:',
  '    print(modell.antworte(frage, max_tokens=256))',
].join('\n');

const shellExample =
  'curl -sS https://example.com/v1/modelle/fjord-70b/antworten -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" -d \'{"frage": "Welche Lizenz hat das Modell?", "max_tokens": 128, "temperatur": 0.2}\'';

/**
 * Code as written: line breaks, blank lines and indentation stay, a long line scrolls inside its
 * box instead of wrapping, and the box takes keyboard focus for that.
 */
export const Code: Story = {
  args: {
    blocks: [
      { type: 'paragraph', text: 'So lädt man das größte der drei Modelle in Python:' },
      { type: 'code', language: 'python', text: pythonExample },
      { type: 'paragraph', text: 'Über die Programmierschnittstelle geht es auch ohne eigene Grafikkarte:' },
      { type: 'code', language: 'bash', text: shellExample },
    ],
  },
  play: async ({ canvasElement }) => {
    const [python, shell] = within(canvasElement).getAllByRole('code');
    await expect(python!.textContent).toBe(pythonExample);
    await expect(python).toHaveClass('language-python');
    const box = python!.parentElement!;
    await expect(getComputedStyle(box).whiteSpace).toBe('pre');
    // Four lines of text plus a blank one: the blank line keeps its height.
    const style = getComputedStyle(box);
    const lines =
      (box.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)) /
      parseFloat(style.lineHeight);
    await expect(Math.round(lines)).toBe(5);
    const longBox = shell!.parentElement!;
    await expect(longBox.scrollWidth).toBeGreaterThan(longBox.clientWidth);
    await expect(longBox).toHaveAttribute('tabindex', '0');
    const article = within(canvasElement).getByRole('article');
    await expect(longBox.getBoundingClientRect().right).toBeLessThanOrEqual(
      article.getBoundingClientRect().right + 0.5,
    );
  },
};

/**
 * Callouts: a note, a warning (a correction) and a note without a title, which is titled by its
 * tone. The tone shows in the border and in the title, so a warning is not told by colour alone.
 */
export const Callout: Story = {
  args: {
    blocks: [
      intro,
      {
        type: 'callout',
        title: 'Hinweis',
        text: 'Die Punktzahlen stammen aus unseren eigenen Testreihen; die Hersteller nennen teils höhere Werte.',
      },
      {
        type: 'callout',
        tone: 'warning',
        title: 'Korrektur',
        content: [
          'In einer früheren Fassung stand, Nordlicht 34B stehe unter ',
          { type: 'em', children: ['Apache 2.0'] },
          '. Richtig ist eine ',
          { type: 'link', href: 'https://example.com/lizenz', children: ['eigene Lizenz'] },
          ' mit Auflagen für große Anbieter.',
        ],
      },
      {
        type: 'callout',
        text: 'Dieser Beitrag wird aktualisiert, sobald die Ergebnisse der unabhängigen Prüfung vorliegen.',
      },
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const [note, warning, untitled] = canvas.getAllByRole('note');
    await expect(within(note!).getByText('Hinweis')).toBeVisible();
    await expect(within(warning!).getByText('Korrektur')).toBeVisible();
    await expect(getComputedStyle(within(warning!).getByText('Korrektur')).fontWeight).toBe('700');
    // Without a title of its own, the box is titled by its tone in the interface language.
    const [toneTitle, body] = within(untitled!).getAllByRole('paragraph');
    await expect(getComputedStyle(toneTitle!).fontWeight).toBe('700');
    await expect(toneTitle!.textContent).not.toBe('');
    await expect(body).toHaveTextContent(/^Dieser Beitrag wird aktualisiert/);
    const edge = (box: HTMLElement) => getComputedStyle(box).borderInlineStartColor;
    await expect(edge(warning!)).not.toBe(edge(note!));
    await expect(edge(untitled!)).toBe(edge(note!));
    await expect(getComputedStyle(note!).borderInlineStartWidth).toBe('4px');
    await expect(getComputedStyle(within(warning!).getByRole('link')).textDecorationLine).toBe('underline');
  },
};

/** A divider between two parts of the text: a line across the column, not read as words. */
export const Divider: Story = {
  args: {
    blocks: [
      { type: 'paragraph', text: 'Soweit die Zahlen. Sie sagen viel über die Modelle, aber wenig über ihren Alltag.' },
      { type: 'divider' },
      {
        type: 'paragraph',
        text: 'Wie schlagen sich die Modelle in einer Redaktion? Wir haben sie eine Woche lang eingesetzt.',
      },
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const line = canvas.getByRole('separator');
    await expect(line).toBeEmptyDOMElement();
    await expect(getComputedStyle(line).borderTopWidth).toBe('1px');
    await expect(getComputedStyle(line).borderTopStyle).toBe('solid');
    const column = canvas.getByRole('article').getBoundingClientRect().width;
    await expect(Math.abs(line.getBoundingClientRect().width - column)).toBeLessThanOrEqual(1);
  },
};

/**
 * An image with caption and credit: the credit follows the caption after a drawn dot, which a
 * screen reader does not read; and an image with a credit only.
 */
export const ImageWithCredit: Story = {
  args: {
    blocks: [
      {
        type: 'image',
        src: datacenterUrl,
        srcSet: `${datacenterUrl} 1600w`,
        sizes: '(min-width: 45rem) 42rem, 100vw',
        alt: 'Gang zwischen zwei Reihen Serverracks mit grünen und blauen Statusleuchten',
        caption: 'Hier laufen die Testreihen: das Rechenzentrum in Luleå.',
        credit: 'Foto: Nordwerk',
        width: 1600,
        height: 900,
      },
      intro,
      {
        type: 'image',
        src: sitesUrl,
        alt: 'Karte Skandinaviens mit vier markierten Standorten in Schweden und Finnland',
        credit: 'Grafik: Redaktion',
        width: 1200,
        height: 800,
      },
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const [photo, map] = canvas.getAllByRole('img');
    await expect(photo).toHaveAttribute('sizes', '(min-width: 45rem) 42rem, 100vw');
    const caption = photo!.closest('figure')!.querySelector('figcaption')!;
    await expect(caption.textContent).toBe('Hier laufen die Testreihen: das Rechenzentrum in Luleå. Foto: Nordwerk');
    const credit = within(caption).getByText('Foto: Nordwerk');
    // The dot between caption and credit is drawn, with an empty text for screen readers.
    await expect(getComputedStyle(credit, '::before').content).toMatch(/·/);
    await expect(parseFloat(getComputedStyle(credit).fontSize)).toBeLessThan(
      parseFloat(getComputedStyle(caption).fontSize),
    );
    // The credit runs on after the caption: it starts on the caption's last line, after its
    // words, where that line has room for its first word; else at the start of the next line.
    const lines = within(caption)
      .getByText(/^Hier laufen/)
      .getClientRects();
    const last = lines[lines.length - 1]!;
    const creditStart = credit.getClientRects()[0]!;
    const captionBox = caption.getBoundingClientRect();
    if (creditStart.top < last.bottom && creditStart.bottom > last.top) {
      await expect(creditStart.left).toBeGreaterThan(last.right);
    } else {
      const room = captionBox.right - last.right;
      await expect(room).toBeLessThan(creditStart.width + parseFloat(getComputedStyle(credit).fontSize));
      await expect(creditStart.top).toBeGreaterThanOrEqual(last.bottom - 1);
      await expect(Math.abs(creditStart.left - captionBox.left)).toBeLessThan(1);
    }
    const mapCaption = map!.closest('figure')!.querySelector('figcaption')!;
    await expect(mapCaption.textContent).toBe('Grafik: Redaktion');
    await expect(getComputedStyle(within(mapCaption).getByText('Grafik: Redaktion'), '::before').content).toBe('none');
  },
};

const sections: ArticleBlock[] = [
  intro,
  { type: 'heading', text: 'Was die Modelle können' },
  {
    type: 'paragraph',
    text: 'Im Allgemeinwissen liegt Fjord 70B vorn, beim Programmieren überrascht das kleinere Nordlicht 34B.',
  },
  { type: 'heading', text: 'Mathematik', level: 3 },
  { type: 'paragraph', text: 'Textaufgaben bleiben die Schwäche aller drei Modelle.' },
  { type: 'heading', text: 'Was sie kosten' },
  {
    type: 'paragraph',
    text: 'Lumen 8B läuft auf einem Laptop; für Fjord 70B braucht man mindestens zwei Grafikkarten.',
  },
  { type: 'heading', text: 'Fazit' },
  { type: 'paragraph', text: 'Wer ein Modell im eigenen Haus betreiben will, hat erstmals eine echte Wahl.' },
  { type: 'heading', text: 'Fazit', level: 3 },
  { type: 'paragraph', text: 'Die zweite Überschrift gleichen Namens bekommt eine eigene Adresse.' },
];

/**
 * A table of contents from the level-2 headings, and headings that link to themselves: the text
 * is the link, read once, and a `#` shows on hover and keyboard focus. With the section above the
 * title, two authors and an update after publication.
 */
export const TableOfContentsAndHeadingLinks: Story = {
  args: {
    section: 'KI',
    authors: [
      { name: 'Lena Hartmann', url: '/autorinnen/lena-hartmann' },
      { name: 'Jonas Ebert', url: '/autoren/jonas-ebert' },
    ],
    publishedAt: '2025-11-28',
    updatedAt: '2025-11-30',
    toc: true,
    headingLinks: true,
    blocks: sections,
  } satisfies Partial<ArticleBodyProps>,
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    const labels = locales[languageOf(globals)];
    const nav = canvas.getByRole('navigation', { name: labels.tocTitle });
    const entries = within(nav).getAllByRole('link');
    await expect(entries.map((link) => link.textContent)).toEqual([
      'Was die Modelle können',
      'Was sie kosten',
      'Fazit',
    ]);
    const sectionHeadings = canvas.getAllByRole('heading', { level: 2 });
    for (const [i, link] of entries.entries()) {
      await expect(document.getElementById(link.getAttribute('href')!.slice(1))).toBe(sectionHeadings[i]);
    }
    // Every heading is named by its text once, and its link carries the same name.
    const ids = canvas.getAllByRole('heading').map((h) => h.id);
    await expect(new Set(ids).size).toBe(ids.length);
    for (const heading of canvas.getAllByRole('heading', { level: 3 })) {
      await expect(heading).toHaveAccessibleName(heading.textContent!);
      await expect(within(heading).getByRole('link')).toHaveAccessibleName(heading.textContent!);
    }
    // The kicker, the two authors and the update.
    const title = canvas.getByRole('heading', { level: 1 });
    await expect(title.previousElementSibling).toHaveTextContent('KI');
    await expect(getComputedStyle(title.previousElementSibling!).textTransform).toBe('uppercase');
    await expect(canvas.getByRole('link', { name: 'Jonas Ebert' })).toBeVisible();
    await expect(canvasElement.querySelector('time[datetime="2025-11-30"]')!.parentElement).toHaveTextContent(
      labels.updatedOn,
    );
    // A heading's link shows its # on focus.
    const first = within(sectionHeadings[0]!).getByRole('link');
    await expect(getComputedStyle(first, '::after').opacity).toBe('0');
    first.focus();
    await expect(first).toHaveFocus();
    await expect(getComputedStyle(first, '::after').opacity).toBe('1');
    await expect(getComputedStyle(first).outlineStyle).toBe('solid');
    await expect(getComputedStyle(first).color).toBe(getComputedStyle(sectionHeadings[0]!).color);
  },
};
