import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { formatLabel, locales } from '../src';
import {
  ArticleBody,
  type ArticleBodyProps,
  type BlockComponents,
  type BlockRendererProps,
} from '../src/components/ArticleBody';
import type { Article } from '../src/schema/types';
import { expectDeviceWindow, hostLanguage, say, tokenColor } from '../.storybook/review';
import { onDevice } from '../.storybook/viewports';
import { demoArticleDe } from './demo/article.de';
import { demoArticleEn } from './demo/article.en';
import chipUrl from './demo/images/chip.svg?no-inline';
import datacenterUrl from './demo/images/rechenzentrum.svg?no-inline';
import sitesUrl from './demo/images/standorte.svg?no-inline';

const bodyOf = ({ title, lead, publishedAt, author, blocks }: Article): ArticleBodyProps => ({
  title,
  lead,
  publishedAt,
  author,
  blocks,
});

const meta = {
  title: 'Components/ArticleBody',
  component: ArticleBody,
  args: bodyOf(demoArticleDe),
} satisfies Meta<typeof ArticleBody>;

export default meta;

/** The date of the demo article and the reading time as the toolbar's language shows them. */
const dateText = (globals: Record<string, unknown>) =>
  globals.locale === 'en' ? 'November 28, 2025' : '28. November 2025';
const readingText = (globals: Record<string, unknown>, minutes: number) =>
  formatLabel(locales[globals.locale === 'en' ? 'en' : 'de'].readingTime, { minutes });
type Story = StoryObj<typeof meta>;

/** The German demo article in the reference page's shape: title, lead, four sections and a Fazit. */
export const Default: Story = {
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent(demoArticleDe.title);
    const sections = canvas.getAllByRole('heading', { level: 2 });
    await expect(sections).toHaveLength(5);
    await expect(sections.at(-1)).toHaveTextContent('Fazit');
    await expect(sections.at(-1)).toHaveAttribute('id', 'fazit');
    await expect(canvas.getByText(dateText(globals))).toHaveAttribute('datetime', '2025-11-28');
    await expect(canvas.getByRole('link', { name: 'Lena Hartmann' })).toBeVisible();
    await expect(canvas.getByText(readingText(globals, 2))).toBeVisible();
    // The reading column is capped at the theme's measure, however wide the page is.
    const article = canvas.getByRole('article');
    const measure = parseFloat(getComputedStyle(article).maxInlineSize);
    await expect(measure).toBeGreaterThan(0);
    await expect(article.getBoundingClientRect().width).toBeLessThanOrEqual(measure + 0.5);
  },
};

/** The English demo article with English labels and date. */
export const English: Story = {
  args: bodyOf(demoArticleEn),
  globals: { locale: 'en' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent(demoArticleEn.title);
    await expect(canvas.getByText('November 28, 2025')).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'Lena Hartmann' }).parentElement).toHaveTextContent(
      'By Lena Hartmann',
    );
    await expect(canvas.getByText('2 min read')).toBeVisible();
  },
};

/** Rich paragraphs: strong, emphasis, inline code and links. An unsafe link is shown as text. */
export const RichInlineContent: Story = {
  args: {
    title: 'Neue KI-Chips: Was die Datenblätter verraten',
    lead: 'Drei Hersteller haben ihre Beschleuniger für das kommende Jahr vorgestellt.',
    blocks: [
      {
        type: 'paragraph',
        content: [
          'Der ',
          { type: 'strong', children: ['Lumen X2'] },
          ' rechnet im Format ',
          { type: 'code', text: 'bf16' },
          ' laut Hersteller ',
          { type: 'em', children: ['doppelt so schnell'] },
          ' wie sein Vorgänger. Die Angaben stehen im ',
          { type: 'link', href: 'https://example.com/datenblatt', children: ['Datenblatt des Herstellers'] },
          ', unsere Einordnung im Beitrag über ',
          { type: 'link', href: '/artikel/ki-verordnung', children: ['die KI-Verordnung'] },
          '.',
        ],
      },
      {
        type: 'paragraph',
        content: [
          'Fragen an die Redaktion gehen an ',
          { type: 'link', href: 'mailto:redaktion@example.com', children: ['redaktion@example.com'] },
          '. Ein Link aus einer fremden Quelle, der ',
          { type: 'link', href: 'javascript:alert(1)', children: ['Skript statt Adresse'] },
          ' enthält, bleibt reiner Text.',
        ],
      },
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByText('Lumen X2').tagName).toBe('STRONG');
    await expect(canvas.getByText('doppelt so schnell').tagName).toBe('EM');
    await expect(canvas.getByText('bf16').tagName).toBe('CODE');
    const external = canvas.getByRole('link', { name: 'Datenblatt des Herstellers' });
    await expect(external).toHaveAttribute('rel', 'noopener noreferrer');
    await expect(canvas.getByRole('link', { name: 'die KI-Verordnung' })).not.toHaveAttribute('rel');
    await expect(canvas.getByRole('link', { name: 'redaktion@example.com' })).toHaveAttribute(
      'href',
      'mailto:redaktion@example.com',
    );
    await expect(canvas.queryByRole('link', { name: 'Skript statt Adresse' })).toBeNull();
    await expect(canvas.getByText(/Skript statt Adresse/)).toBeVisible();
  },
};

const images: ArticleBodyProps['blocks'] = [
  {
    type: 'image',
    src: datacenterUrl,
    alt: 'Gang zwischen zwei Reihen Serverracks mit grünen und blauen Statusleuchten',
    caption: 'Ein Rechenzentrum in Nordschweden: kalte Außenluft kühlt die Racks.',
    width: 1600,
    height: 900,
  },
  {
    type: 'paragraph',
    text: 'Nordwerk betreibt vier Standorte, die zusammen rund 180 Megawatt Anschlussleistung haben.',
  },
  {
    type: 'image',
    src: sitesUrl,
    alt: 'Karte Skandinaviens mit vier markierten Standorten in Schweden und Finnland',
    caption: 'Die vier Standorte von Nordwerk.',
    width: 1200,
    height: 800,
  },
  { type: 'paragraph', text: 'Der Beschleuniger von Lumatek sitzt auf einem eigenen Trägermodul.' },
  { type: 'image', src: chipUrl, alt: 'Schematischer KI-Chip mit vier Rechenkernen', width: 1200, height: 1200 },
];

/**
 * Images reserve their space from width and height before they load. The first one, at the top
 * of the article, loads at once; the others load lazily.
 */
export const Images: Story = {
  args: { title: 'Lumatek und Nordwerk: Milliarden-Deal 2025', blocks: images },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const [first, map, chip] = canvas.getAllByRole('img');
    await expect(first).toHaveAccessibleName(/Serverracks/);
    await expect(first).toHaveAttribute('loading', 'eager');
    await expect(map).toHaveAttribute('loading', 'lazy');
    await expect(chip).toHaveAttribute('decoding', 'async');
    // The box already has the image's shape, loaded or not: width and height set its aspect ratio.
    for (const [image, ratio, size] of [
      [first!, 900 / 1600, '1600 / 900'],
      [map!, 800 / 1200, '1200 / 800'],
      [chip!, 1, '1200 / 1200'],
    ] as const) {
      await expect(getComputedStyle(image).aspectRatio).toBe(`auto ${size}`);
      const box = image.getBoundingClientRect();
      await expect(box.height).toBeGreaterThan(0);
      await expect(Math.abs(box.height / box.width - ratio)).toBeLessThan(0.02);
    }
    await expect(map!.closest('figure')).toHaveTextContent('Die vier Standorte von Nordwerk.');
  },
};

/** Every built-in block type: headings h2–h4, paragraphs, lists, quote, image, newsletter place. */
export const AllBlockTypes: Story = {
  args: {
    title: 'Alle Bausteine eines Artikels',
    lead: 'Diese Seite zeigt jeden Blocktyp, den ArticleBody ohne eigene Renderer darstellt.',
    publishedAt: '2025-11-28T09:30:00+01:00',
    author: { name: 'Lena Hartmann' },
    blocks: [
      { type: 'heading', text: 'Überschrift zweiter Ebene' },
      { type: 'paragraph', text: 'Ein Absatz mit schlichtem Text über Hochleistungs-KI-Chips.' },
      { type: 'heading', text: 'Überschrift dritter Ebene', level: 3 },
      { type: 'list', items: ['Vier Standorte', '180 Megawatt', 'Ökostrom aus Wasserkraft'] },
      { type: 'heading', text: 'Überschrift vierter Ebene', level: 4 },
      { type: 'list', ordered: true, items: ['Prüfung durch die Behörden', 'Abschluss', 'Integration'] },
      { type: 'newsletter' },
      {
        type: 'quote',
        text: 'Wir bauen die Rechenzentren, die Europa für eigene Sprachmodelle braucht.',
        cite: 'Mara Lind, Nordwerk',
      },
      images[2]!,
    ],
  },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 2 })).toHaveAccessibleName('Überschrift zweiter Ebene');
    await expect(canvas.getByRole('heading', { level: 3 })).toHaveAccessibleName('Überschrift dritter Ebene');
    await expect(canvas.getByRole('heading', { level: 4 })).toHaveAccessibleName('Überschrift vierter Ebene');
    const [bullets, numbers] = canvas.getAllByRole('list');
    await expect(bullets!.tagName).toBe('UL');
    await expect(numbers!.tagName).toBe('OL');
    await expect(within(numbers!).getAllByRole('listitem')).toHaveLength(3);
    await expect(canvas.getByRole('blockquote')).toHaveTextContent(/Sprachmodelle braucht/);
    await expect(canvas.getByText('Mara Lind, Nordwerk').tagName).toBe('CITE');
    await expect(canvas.getByText('Mara Lind, Nordwerk').closest('figure')).toContainElement(
      canvas.getByRole('blockquote'),
    );
    await expect(canvas.getByRole('img', { name: /Karte Skandinaviens/ })).toBeVisible();
    // The date-time is shown as the day it was written for, in every time zone.
    await expect(canvas.getByText(dateText(globals))).toHaveAttribute('datetime', '2025-11-28T09:30:00+01:00');
    // The newsletter block is a place for the layout's signup box and shows nothing by itself.
    await expect(numbers!.nextElementSibling).toBe(canvas.getByRole('blockquote').closest('figure'));
  },
};

interface CalloutBlock {
  type: 'callout';
  title: string;
  text: string;
}

interface KeyFactsBlock {
  type: 'keyFacts';
  facts: { label: string; value: string }[];
}

function Callout({ block }: BlockRendererProps<CalloutBlock>) {
  return (
    <div
      role="note"
      aria-label={block.title}
      style={{
        padding: 'var(--ak-space-md)',
        borderInlineStart: '4px solid var(--ak-color-accent)',
        background: 'var(--ak-color-surface)',
        borderRadius: 'var(--ak-radius-md)',
      }}
    >
      <strong>{block.title}</strong>
      <p style={{ margin: 0 }}>{block.text}</p>
    </div>
  );
}

function KeyFacts({ block }: BlockRendererProps<KeyFactsBlock>) {
  return (
    <dl
      style={{
        display: 'grid',
        gridTemplateColumns: 'auto 1fr',
        gap: 'var(--ak-space-xs) var(--ak-space-md)',
        margin: 0,
      }}
    >
      {block.facts.map((fact) => (
        <div key={fact.label} style={{ display: 'contents' }}>
          <dt style={{ fontWeight: 700 }}>{fact.label}</dt>
          <dd style={{ margin: 0 }}>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The place of the newsletter box, marked out; its note in the toolbar's language. */
function NewsletterPlace({ note }: { note: string }) {
  return (
    <section
      aria-label="KI WEEKLY"
      style={{
        padding: 'var(--ak-space-md)',
        border: '2px dashed var(--ak-color-border)',
        borderRadius: 'var(--ak-radius-md)',
      }}
    >
      <strong>KI WEEKLY</strong>
      <p style={{ margin: 0, color: 'var(--ak-color-text-muted)', fontSize: 'var(--ak-font-size-small)' }}>{note}</p>
    </section>
  );
}

const placeNote = {
  de: 'Hier setzt ArticleLayout den Newsletter-Kasten ein.',
  en: 'ArticleLayout puts the newsletter box here.',
};

/** The host's renderers, with the note of the newsletter place in either language. */
const customComponents = {
  de: { callout: Callout, keyFacts: KeyFacts, newsletter: () => <NewsletterPlace note={placeNote.de} /> },
  en: { callout: Callout, keyFacts: KeyFacts, newsletter: () => <NewsletterPlace note={placeNote.en} /> },
} satisfies Record<string, BlockComponents<CalloutBlock | KeyFactsBlock>>;

/**
 * Host renderers through `components`: two custom block types (an info box and key facts) and
 * the `newsletter` place. A block type without a renderer ("poll") is skipped.
 */
export const CustomBlockRenderer: Story = {
  args: {
    title: 'Lumatek und Nordwerk: Milliarden-Deal 2025',
    blocks: [
      { type: 'heading', text: 'Die Eckdaten' },
      {
        type: 'keyFacts',
        facts: [
          { label: 'Kaufpreis', value: '4,2 Milliarden Euro' },
          { label: 'Standorte', value: 'Vier, in Schweden und Finnland' },
          { label: 'Abschluss', value: 'Erstes Halbjahr des kommenden Jahres' },
        ],
      },
      { type: 'heading', text: 'Was noch fehlt' },
      {
        type: 'callout',
        title: 'Hinweis der Redaktion',
        text: 'Die Kartellbehörden haben noch nicht entschieden; der Beitrag wird aktualisiert.',
      },
      { type: 'newsletter' },
      { type: 'poll', question: 'Wird der Deal genehmigt?' },
      { type: 'paragraph', text: 'Die Prüfung dauert nach Angaben beider Unternehmen bis zum Frühjahr.' },
    ],
  },
  render: (args, { globals }) => <ArticleBody {...args} components={customComponents[hostLanguage(globals)]} />,
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('note', { name: 'Hinweis der Redaktion' })).toHaveTextContent(
      /Kartellbehörden haben noch nicht entschieden/,
    );
    await expect(canvas.getByText('Kaufpreis').tagName).toBe('DT');
    await expect(canvas.getByText('4,2 Milliarden Euro').tagName).toBe('DD');
    const newsletter = canvas.getByRole('region', { name: 'KI WEEKLY' });
    await expect(canvas.getByRole('note').nextElementSibling).toBe(newsletter);
    await expect(canvas.queryByText('Wird der Deal genehmigt?')).toBeNull();
    await expect(within(newsletter).getByText(say(globals, placeNote))).toBeVisible();
  },
};

/** Long German compounds on a 320 px phone: they wrap, nothing scrolls sideways. */
export const LongWordsAt320: Story = {
  globals: onDevice('phone320'),
  args: {
    title: 'Hochleistungsrechenzentrumsbetreiber und Exportkontrollverschärfungen',
    lead: 'Die Rechenzentrumsdienstleistungsmarktanalyse zeigt: Hochleistungs-KI-Chips bleiben knapp.',
    author: { name: 'Lena Hartmann', url: '/autorinnen/lena-hartmann' },
    publishedAt: '2025-11-28',
    blocks: [
      { type: 'heading', text: 'Grafikprozessorausfuhrgenehmigungsverfahren' },
      {
        type: 'paragraph',
        text:
          'Die Handelsbeschränkungen betreffen Hochleistungs-KI-Chips, Beschleunigerkartenfertigungsanlagen und ' +
          'Rechenzentrumsinfrastrukturkomponenten gleichermaßen; die Genehmigungsbehördenzuständigkeitsverteilung ' +
          'bleibt unklar. Details unter https://example.com/ein/sehr/langer/pfad/ohne/jede/moeglichkeit/zum/umbrechen.',
      },
      {
        type: 'paragraph',
        content: [
          'Konfiguriert wird per ',
          { type: 'code', text: 'nordwerk.cluster.beschleunigerzuweisungsstrategie=gleichverteilt' },
          '.',
        ],
      },
      { type: 'list', items: ['Energieeffizienzdokumentationspflichten', 'Wettbewerbsbeschränkungsprüfung'] },
      { type: 'quote', text: 'Allzweckmodellanbieterverpflichtungen sind kein Randthema.', cite: 'Mara Lind' },
    ],
  },
  play: async ({ canvasElement, globals, viewMode }) => {
    await expectDeviceWindow({ globals, viewMode });
    const canvas = within(canvasElement);
    const article = canvas.getByRole('article');
    await expect(article.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    const shown = [article, ...article.querySelectorAll<HTMLElement>('*')].filter(
      // The visually hidden date prefix is clipped on purpose.
      (element) => getComputedStyle(element).clipPath === 'none',
    );
    for (const element of shown) {
      await expect(element.scrollWidth, element.tagName).toBeLessThanOrEqual(element.clientWidth || Infinity);
      await expect(element.getBoundingClientRect().right).toBeLessThanOrEqual(
        article.getBoundingClientRect().right + 0.5,
      );
    }
    // Running text hyphenates long compounds; headlines break between words only and still wrap
    // a word longer than the line rather than overflow (checked above).
    await expect(getComputedStyle(article.querySelector('p:not([data-part])')!).hyphens).toBe('auto');
    await expect(getComputedStyle(canvas.getByRole('heading', { level: 1 })).hyphens).toBe('manual');
  },
};

const arabicLabels = {
  bylineAuthor: 'بقلم {author}',
  publishedOn: 'نُشر في',
  readingTime: '{minutes} دقيقة قراءة',
  dateLocale: 'ar',
};

/** Right-to-left text: logical properties put the quote bar and list markers on the right. */
export const RightToLeft: Story = {
  decorators: [
    (Story) => (
      <div dir="rtl" lang="ar">
        <Story />
      </div>
    ),
  ],
  args: {
    title: 'لوماتك ونوردفيرك: صفقة بالمليارات',
    lead:
      'تستحوذ شركة لوماتك لتصميم الرقائق على مشغّل مراكز البيانات نوردفيرك مقابل 4.2 مليار يورو. ' +
      'وتخطط الشركتان لتشغيل رقائق ذكاء اصطناعي خاصة بهما في مراكز بيانات أوروبية بحلول عام 2027.',
    author: { name: 'لينا هارتمان', url: '/autorinnen/lena-hartmann' },
    publishedAt: '2025-11-28',
    labels: arabicLabels,
    blocks: [
      { type: 'heading', text: 'الاستقلال عن قيود التصدير' },
      {
        type: 'paragraph',
        text:
          'تبحث الشركات الأوروبية منذ تشديد قواعد تصدير معالجات الرسوميات عن طرق لتقليل اعتمادها على سلاسل ' +
          'التوريد الأمريكية. وتحصل لوماتك من خلال الصفقة على مواقع خاصة بها تعمل بالطاقة المتجددة.',
      },
      { type: 'list', items: ['أربعة مواقع في السويد وفنلندا', 'قدرة إجمالية تبلغ نحو 180 ميغاواط'] },
      { type: 'quote', text: 'نبني مراكز البيانات التي تحتاجها أوروبا.', cite: 'مارا ليند، نوردفيرك' },
    ],
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('link', { name: 'لينا هارتمان' }).parentElement).toHaveTextContent(
      'بقلم لينا هارتمان',
    );
    const quote = getComputedStyle(canvas.getByRole('blockquote'));
    await expect(quote.borderRightWidth).toBe('4px');
    await expect(quote.borderLeftWidth).toBe('0px');
    const list = getComputedStyle(canvas.getByRole('list'));
    await expect(parseFloat(list.paddingRight)).toBeGreaterThan(0);
    await expect(parseFloat(list.paddingLeft)).toBe(0);
    const title = canvas.getByRole('heading', { level: 1 });
    const article = canvas.getByRole('article');
    await expect(
      Math.abs(title.getBoundingClientRect().right - article.getBoundingClientRect().right),
    ).toBeLessThanOrEqual(1);
  },
};

/** The dark colour scheme from the theme tokens: the preset's dark text and accent. */
export const Dark: Story = {
  globals: { theme: 'dark' },
  args: { ...bodyOf(demoArticleDe), blocks: [...demoArticleDe.blocks.slice(0, 4), images[0]!, ...images.slice(3)] },
  play: async ({ canvasElement, globals }) => {
    const canvas = within(canvasElement);
    await expect(getComputedStyle(canvas.getByRole('heading', { level: 1 })).color).toBe(
      tokenColor(globals, 'text', 'dark'),
    );
    await expect(getComputedStyle(canvas.getByRole('link', { name: 'Lena Hartmann' })).color).toBe(
      tokenColor(globals, 'accent', 'dark'),
    );
  },
};
