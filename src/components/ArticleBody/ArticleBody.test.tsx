import { act, render, screen, within } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';
import { demoArticleDe } from '../../../stories/demo/article.de';
import { demoArticleEn } from '../../../stories/demo/article.en';
import { axeViolations } from '../../../test/axe';
import { ArticleKitProvider } from '../../provider';
import type { LinkComponentProps } from '../../provider/context';
import type { Article, HeadingBlock } from '../../schema/types';
import { ArticleBody, type ArticleBodyProps } from '.';
import type { BlockComponents, BlockRendererProps } from './blockComponents';

const fromArticle = ({ title, lead, publishedAt, author, blocks }: Article): ArticleBodyProps => ({
  title,
  lead,
  publishedAt,
  author,
  blocks,
});

const allBlocks: ArticleBodyProps['blocks'] = [
  { type: 'heading', text: 'Hochleistungs-KI-Chips im Überblick' },
  { type: 'paragraph', text: 'Ein schlichter Absatz über Handelsbeschränkungen.' },
  {
    type: 'paragraph',
    content: [
      'Der Chip heißt ',
      { type: 'strong', children: ['Lumen X2'] },
      ', trainiert ',
      { type: 'em', children: ['schneller'] },
      ' und spricht ',
      { type: 'code', text: 'bf16' },
      '. Mehr in der ',
      { type: 'link', href: 'https://example.com/datenblatt', children: ['Dokumentation'] },
      '.',
    ],
  },
  { type: 'heading', text: 'Technische Daten', level: 3 },
  { type: 'list', items: ['144 GB Speicher', '900 W Leistungsaufnahme'] },
  { type: 'heading', text: 'Zeitplan', level: 4 },
  { type: 'list', ordered: true, items: ['Bemusterung', 'Serienfertigung'] },
  { type: 'quote', text: 'Wir bauen die Rechenzentren, die Europa braucht.', cite: 'Mara Lind, Nordwerk' },
  {
    type: 'image',
    src: '/bilder/rack.jpg',
    alt: 'Serverrack mit Kühlleitungen',
    caption: 'Ein Rack in Luleå',
    width: 1600,
    height: 900,
  },
];

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  warn.mockRestore();
});

describe('ArticleBody: the article in the reference shape', () => {
  it('shows title, lead, byline, date and reading time in German', () => {
    render(<ArticleBody {...fromArticle(demoArticleDe)} locale="de" />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Lumatek und Nordwerk: Milliarden-Deal 2025');
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(screen.getByText(/^Der Münchner Chipentwickler Lumatek übernimmt/)).toBeVisible();
    expect(screen.getByRole('link', { name: 'Lena Hartmann' })).toHaveAttribute('href', '/autorinnen/lena-hartmann');
    expect(screen.getByRole('link', { name: 'Lena Hartmann' }).parentElement).toHaveTextContent(/^Von Lena Hartmann$/);
    const date = screen.getByText('28. November 2025');
    expect(date.tagName).toBe('TIME');
    expect(date).toHaveAttribute('dateTime', '2025-11-28');
    expect(date.parentElement).toHaveTextContent('Veröffentlicht am 28. November 2025');
    expect(screen.getByText('2 Min. Lesezeit')).toBeVisible();
  });

  it('renders the sections as h2 with anchors, in order', () => {
    render(<ArticleBody {...fromArticle(demoArticleDe)} locale="de" />);
    const sections = screen.getAllByRole('heading', { level: 2 });
    expect(sections.map((h) => h.textContent)).toEqual([
      'Unabhängigkeit von Exportauflagen',
      'Rechenzentren als Nadelöhr',
      'Folgen für den europäischen KI-Markt',
      'Regulierung und offene Fragen',
      'Fazit',
    ]);
    expect(sections.map((h) => h.id)).toEqual([
      'unabhaengigkeit-von-exportauflagen',
      'rechenzentren-als-nadeloehr',
      'folgen-fuer-den-europaeischen-ki-markt',
      'regulierung-und-offene-fragen',
      'fazit',
    ]);
    expect(screen.getAllByRole('paragraph')).toHaveLength(5 + 2);
  });

  it('speaks English with English labels', () => {
    render(<ArticleBody {...fromArticle(demoArticleEn)} locale="en" />);
    expect(screen.getByRole('link', { name: 'Lena Hartmann' }).parentElement).toHaveTextContent(/^By Lena Hartmann$/);
    expect(screen.getByText('November 28, 2025')).toHaveAttribute('dateTime', '2025-11-28');
    expect(screen.getByText('2 min read')).toBeVisible();
  });

  it('takes its language from the provider or its own locale, and sets lang only then', () => {
    const { container, rerender } = render(<ArticleBody {...fromArticle(demoArticleDe)} />);
    // No locale chosen: the host's lang applies.
    expect(container.querySelector('[data-ak="ArticleBody"]')).not.toHaveAttribute('lang');
    rerender(
      <ArticleKitProvider locale="de">
        <ArticleBody {...fromArticle(demoArticleDe)} />
      </ArticleKitProvider>,
    );
    expect(screen.getByText('28. November 2025')).toBeVisible();
    expect(container.querySelector('[data-ak="ArticleBody"]')).toHaveAttribute('lang', 'de');
    rerender(
      <ArticleKitProvider locale="de">
        <ArticleBody {...fromArticle(demoArticleEn)} locale="en" />
      </ArticleKitProvider>,
    );
    expect(container.querySelector('[data-ak="ArticleBody"]')).toHaveAttribute('lang', 'en');
  });

  it('uses label overrides, and a byline label without placeholder', () => {
    render(
      <ArticleBody
        {...fromArticle(demoArticleDe)}
        locale="de"
        labels={{ bylineAuthor: 'Text:', readingTime: 'Lesedauer {minutes} Minuten' }}
      />,
    );
    expect(screen.getByRole('link', { name: 'Lena Hartmann' }).parentElement).toHaveTextContent(
      /^Text: Lena Hartmann$/,
    );
    expect(screen.getByText('Lesedauer 2 Minuten')).toBeVisible();
  });

  it('lets the host set or hide the reading time', () => {
    const { rerender } = render(<ArticleBody {...fromArticle(demoArticleDe)} locale="de" readingTime={7} />);
    expect(screen.getByText('7 Min. Lesezeit')).toBeVisible();
    rerender(<ArticleBody {...fromArticle(demoArticleDe)} locale="de" readingTime={false} />);
    expect(screen.queryByText(/Lesezeit/)).not.toBeInTheDocument();
  });

  it('is an article by default and a plain container when asked', () => {
    const { rerender } = render(<ArticleBody title="Titel" blocks={[]} />);
    expect(screen.getByRole('article')).toContainElement(screen.getByRole('heading', { level: 1 }));
    rerender(<ArticleBody title="Titel" blocks={[]} as="div" />);
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });

  it('renders no h1 when the page brings its own title', () => {
    render(<ArticleBody blocks={[{ type: 'heading', text: 'Abschnitt' }]} />);
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Abschnitt' })).toBeVisible();
  });

  it('renders children after the blocks', () => {
    render(
      <ArticleBody blocks={[{ type: 'paragraph', text: 'Aus den Daten.' }]}>
        <p>Vom Host.</p>
      </ArticleBody>,
    );
    const [fromData, fromHost] = screen.getAllByRole('paragraph');
    expect(fromData).toHaveTextContent('Aus den Daten.');
    expect(fromHost).toHaveTextContent('Vom Host.');
  });
});

describe('ArticleBody: reading time', () => {
  const words = (n: number) => Array.from({ length: n }, () => 'Wort').join(' ');
  // 460 words are 2 minutes in English; a part of the text left out of the count makes it 1 or none.
  const half = words(230);

  it.each<[string, NonNullable<ArticleBodyProps['blocks']>[number]]>([
    ['heading', { type: 'heading', text: words(460) }],
    ['paragraph', { type: 'paragraph', text: words(460) }],
    [
      'rich paragraph',
      {
        type: 'paragraph',
        content: [
          { type: 'strong', children: [words(115)] },
          { type: 'em', children: [words(115)] },
          { type: 'link', href: '/mehr', children: [half] },
        ],
      },
    ],
    ['list', { type: 'list', items: [half, half] }],
    ['quote', { type: 'quote', text: half, cite: half }],
    ['image', { type: 'image', src: '/a.jpg', alt: 'Rack', caption: words(460) }],
    ['custom block', { type: 'callout', text: words(460) }],
  ])('reads the text of a %s', (_, block) => {
    render(<ArticleBody title="Titel" locale="en" blocks={[block]} components={{ callout: () => <p>Hinweis</p> }} />);
    expect(screen.getByText('2 min read')).toBeVisible();
  });

  it('includes the lead and the children', () => {
    render(
      <ArticleBody lead={words(300)} locale="de">
        <p>{words(300)}</p>
      </ArticleBody>,
    );
    expect(screen.getByText('3 Min. Lesezeit')).toBeVisible();
  });
});

describe('ArticleBody: block semantics', () => {
  beforeEach(() => {
    render(<ArticleBody blocks={allBlocks} locale="de" />);
  });

  it('renders headings at their levels', () => {
    expect(screen.getByRole('heading', { level: 2, name: 'Hochleistungs-KI-Chips im Überblick' })).toBeVisible();
    expect(screen.getByRole('heading', { level: 3, name: 'Technische Daten' })).toBeVisible();
    expect(screen.getByRole('heading', { level: 4, name: 'Zeitplan' })).toBeVisible();
  });

  it('renders plain and rich paragraphs with strong, emphasis, code and links', () => {
    expect(screen.getByText('Ein schlichter Absatz über Handelsbeschränkungen.')).toHaveRole('paragraph');
    expect(screen.getByRole('strong')).toHaveTextContent('Lumen X2');
    expect(screen.getByRole('emphasis')).toHaveTextContent('schneller');
    expect(screen.getByRole('code')).toHaveTextContent('bf16');
    const link = screen.getByRole('link', { name: 'Dokumentation' });
    expect(link).toHaveAttribute('href', 'https://example.com/datenblatt');
    expect(link.closest('p')).toHaveTextContent(
      'Der Chip heißt Lumen X2, trainiert schneller und spricht bf16. Mehr in der Dokumentation.',
    );
  });

  it('renders bulleted and numbered lists', () => {
    const [bullets, numbers] = screen.getAllByRole('list');
    expect(bullets!.tagName).toBe('UL');
    expect(
      within(bullets!)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['144 GB Speicher', '900 W Leistungsaufnahme']);
    expect(numbers!.tagName).toBe('OL');
    expect(within(numbers!).getAllByRole('listitem')).toHaveLength(2);
  });

  it('renders a quote with its source', () => {
    const quote = screen.getByRole('blockquote');
    expect(quote).toHaveTextContent('Wir bauen die Rechenzentren, die Europa braucht.');
    // The figure's caption names it in browsers; jsdom does not compute that name.
    const figure = quote.closest('figure')!;
    expect(figure).toHaveRole('figure');
    expect(within(figure).getByText('Mara Lind, Nordwerk').tagName).toBe('CITE');
  });

  it('renders an image with alt text, caption and reserved space', () => {
    const image = screen.getByRole('img', { name: 'Serverrack mit Kühlleitungen' });
    const figure = image.closest('figure')!;
    expect(figure).toHaveRole('figure');
    expect(within(figure).getByText('Ein Rack in Luleå').tagName).toBe('FIGCAPTION');
    expect(image).toHaveAttribute('width', '1600');
    expect(image).toHaveAttribute('height', '900');
    // The browser reserves the box from width and height: the Images story checks it in Chromium.
    expect(image).toHaveAttribute('loading', 'lazy');
    expect(image).toHaveAttribute('decoding', 'async');
  });

  it('has no accessibility violations', async () => {
    expect(await axeViolations(document.body)).toEqual([]);
  });
});

describe('ArticleBody: images', () => {
  const image = (alt: string) => ({ type: 'image' as const, src: `/bilder/${alt}.jpg`, alt, width: 800, height: 600 });

  it('loads the first image at once when it opens the article, the others lazily', () => {
    render(<ArticleBody blocks={[{ type: 'paragraph', text: 'Vorweg.' }, image('eins'), image('zwei')]} />);
    expect(screen.getByRole('img', { name: 'eins' })).toHaveAttribute('loading', 'eager');
    expect(screen.getByRole('img', { name: 'eins' })).not.toHaveAttribute('decoding');
    expect(screen.getByRole('img', { name: 'zwei' })).toHaveAttribute('loading', 'lazy');
  });

  it('loads a first image further down lazily', () => {
    const text = { type: 'paragraph' as const, text: 'Absatz.' };
    render(<ArticleBody blocks={[text, text, text, image('unten')]} />);
    expect(screen.getByRole('img', { name: 'unten' })).toHaveAttribute('loading', 'lazy');
  });

  it('leaves out sizes it cannot use, and drops images without a safe source', () => {
    render(
      <ArticleBody
        blocks={[
          { type: 'image', src: '/a.jpg', alt: 'ohne Maße', width: -1, height: Number.NaN },
          { type: 'image', src: 'javascript:alert(1)', alt: 'gefährlich' },
          { type: 'image', src: 'data:image/svg+xml,<svg onload=alert(1)>', alt: 'eingebettet' },
        ]}
      />,
    );
    const image = screen.getByRole('img', { name: 'ohne Maße' });
    expect(image).not.toHaveAttribute('width');
    expect(image).not.toHaveAttribute('style');
    expect(screen.queryByRole('img', { name: 'gefährlich' })).not.toBeInTheDocument();
    expect(screen.queryByRole('img', { name: 'eingebettet' })).not.toBeInTheDocument();
  });

  it('treats an image without alt as decorative and warns', () => {
    const { container } = render(<ArticleBody blocks={[{ type: 'image', src: '/a.jpg' } as never]} />);
    expect(container.querySelector('img')).toHaveAttribute('alt', '');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('an image has no `alt`'));
  });
});

describe('ArticleBody: heading anchors', () => {
  it('gives repeated titles unique ids that links can point to', () => {
    render(
      <ArticleBody
        blocks={[
          { type: 'heading', text: 'Fazit' },
          { type: 'heading', text: 'Fazit', level: 3 },
          { type: 'heading', text: 'Ausblick', id: 'fazit-2' },
          { type: 'paragraph', content: [{ type: 'link', href: '#fazit-3', children: ['zum zweiten Fazit'] }] },
        ]}
      />,
    );
    const ids = screen.getAllByRole('heading').map((h) => h.id);
    expect(ids).toEqual(['fazit', 'fazit-3', 'fazit-2']);
    expect(new Set(ids).size).toBe(ids.length);
    const target = screen.getByRole('link', { name: 'zum zweiten Fazit' }).getAttribute('href')!.slice(1);
    expect(document.getElementById(target)).toHaveTextContent('Fazit');
  });
});

describe('ArticleBody: links from data', () => {
  const linkTo = (href: string) => (
    <ArticleBody blocks={[{ type: 'paragraph', content: ['Siehe ', { type: 'link', href, children: ['Quelle'] }] }]} />
  );

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' java\tscript:alert(1)',
    '\u0001javascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'blob:https://example.com/1',
  ])('shows %j as text without a link', (href) => {
    render(linkTo(href));
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByText('Siehe Quelle')).toBeVisible();
  });

  it.each([
    ['https://example.com/a', 'noopener noreferrer'],
    ['//cdn.example.com/a', 'noopener noreferrer'],
    ['/artikel/ki-verordnung', null],
    ['../weiter', null],
    ['#fazit', null],
    ['?seite=2', null],
    ['mailto:redaktion@example.com', null],
    ['tel:+49301234567', null],
  ])('links %j with rel %j', (href, rel) => {
    render(linkTo(href));
    const link = screen.getByRole('link', { name: 'Quelle' });
    expect(link).toHaveAttribute('href', href);
    if (rel) expect(link).toHaveAttribute('rel', rel);
    else expect(link).not.toHaveAttribute('rel');
  });

  it('shows an unsafe author URL as the plain name', () => {
    render(<ArticleBody author={{ name: 'Mara Lind', url: 'javascript:alert(1)' }} />);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByText(/Mara Lind/)).toBeVisible();
  });

  it('marks the author link and keeps external links from reaching back', () => {
    render(<ArticleBody author={{ name: 'Mara Lind', url: 'https://example.com/mara' }} />);
    expect(screen.getByRole('link', { name: 'Mara Lind' })).toHaveAttribute('rel', 'author noopener noreferrer');
  });

  it('names a link without words by its address', () => {
    render(
      <ArticleBody
        blocks={[{ type: 'paragraph', content: ['Quelle: ', { type: 'link', href: '/quelle', children: [] }] }]}
      />,
    );
    expect(screen.getByRole('link', { name: '/quelle' })).toBeVisible();
  });

  it('takes the link component as a prop, without a provider or over the provider’s', () => {
    const PropLink = ({ href, children, rel }: LinkComponentProps) => (
      <a href={href} rel={rel} data-prop-link="">
        {children}
      </a>
    );
    const ProvidedLink = ({ href, children }: LinkComponentProps) => (
      <a href={href} data-provided-link="">
        {children}
      </a>
    );
    const blocks: ArticleBodyProps['blocks'] = [
      {
        type: 'paragraph',
        content: [
          { type: 'link', href: '/artikel/chips', children: ['intern'] },
          { type: 'link', href: 'https://example.com', children: ['extern'] },
        ],
      },
    ];
    const { unmount } = render(<ArticleBody blocks={blocks} linkComponent={PropLink} />);
    expect(screen.getByRole('link', { name: 'intern' })).toHaveAttribute('data-prop-link');
    expect(screen.getByRole('link', { name: 'extern' })).not.toHaveAttribute('data-prop-link');
    unmount();
    render(
      <ArticleKitProvider linkComponent={ProvidedLink}>
        <ArticleBody blocks={blocks} linkComponent={PropLink} />
      </ArticleKitProvider>,
    );
    expect(screen.getByRole('link', { name: 'intern' })).toHaveAttribute('data-prop-link');
    expect(screen.getByRole('link', { name: 'intern' })).not.toHaveAttribute('data-provided-link');
  });

  it('sends links within the site through the provider’s link component', () => {
    const RouterLink = ({ href, children, rel }: LinkComponentProps) => (
      <a href={href} rel={rel} data-router="">
        {children}
      </a>
    );
    render(
      <ArticleKitProvider linkComponent={RouterLink}>
        <ArticleBody
          author={{ name: 'Mara Lind', url: '/autorinnen/mara-lind' }}
          blocks={[
            {
              type: 'paragraph',
              content: [
                { type: 'link', href: '/artikel/chips', children: ['intern'] },
                { type: 'link', href: 'https://example.com', children: ['extern'] },
                { type: 'link', href: '#fazit', children: ['Sprung'] },
              ],
            },
          ]}
        />
      </ArticleKitProvider>,
    );
    expect(screen.getByRole('link', { name: 'intern' })).toHaveAttribute('data-router');
    expect(screen.getByRole('link', { name: 'Mara Lind' })).toHaveAttribute('data-router');
    expect(screen.getByRole('link', { name: 'Mara Lind' })).toHaveAttribute('rel', 'author');
    expect(screen.getByRole('link', { name: 'extern' })).not.toHaveAttribute('data-router');
    expect(screen.getByRole('link', { name: 'Sprung' })).not.toHaveAttribute('data-router');
  });
});

describe('ArticleBody: block renderers', () => {
  interface ChartBlock {
    type: 'chart';
    caption: string;
    values: number[];
  }
  const Chart = ({ block, index }: BlockRendererProps<ChartBlock>) => (
    <figure aria-label={block.caption} data-index={index}>
      {block.values.join(', ')}
    </figure>
  );

  it('renders custom block types with the block and its position', () => {
    const components: BlockComponents<ChartBlock> = { chart: Chart };
    render(
      <ArticleBody
        blocks={[
          { type: 'paragraph', text: 'Davor.' },
          { type: 'chart', caption: 'Umsatz', values: [3, 5, 8] },
        ]}
        components={components}
      />,
    );
    const chart = screen.getByRole('figure', { name: 'Umsatz' });
    expect(chart).toHaveTextContent('3, 5, 8');
    expect(chart).toHaveAttribute('data-index', '1');
  });

  it('checks renderer types: built-in keys always, custom keys when declared', () => {
    const declared: BlockComponents<ChartBlock> = {
      chart: Chart,
      // @ts-expect-error a chart renderer cannot render headings
      heading: Chart,
    };
    // @ts-expect-error a key that was not declared
    const undeclared: BlockComponents<ChartBlock> = { poll: Chart };
    const open: BlockComponents = { chart: Chart, poll: ({ block }) => <p>{String(block.question)}</p> };
    render(
      <ArticleBody
        blocks={[
          { type: 'poll', question: 'Wird der Deal genehmigt?' },
          { type: 'chart', caption: 'Umsatz', values: [1, 2] },
        ]}
        components={open}
      />,
    );
    expect(screen.getByRole('paragraph')).toHaveTextContent('Wird der Deal genehmigt?');
    expect(screen.getByRole('figure', { name: 'Umsatz' })).toHaveTextContent('1, 2');
    expect(Object.keys(declared)).toEqual(['chart', 'heading']);
    expect(Object.keys(undeclared)).toEqual(['poll']);
  });

  it('replaces built-in renderers; a heading renderer gets the final id and level', () => {
    const Heading = ({ block }: BlockRendererProps<HeadingBlock & { id: string; level: 2 | 3 | 4 }>) => (
      <h2 id={block.id} data-level={block.level}>
        § {block.text}
      </h2>
    );
    render(
      <ArticleBody
        blocks={[
          { type: 'heading', text: 'Fazit' },
          { type: 'heading', text: 'Fazit', level: 7 as 2 },
        ]}
        components={{ heading: Heading }}
      />,
    );
    const [first, second] = screen.getAllByRole('heading', { level: 2 });
    expect(first).toHaveTextContent('§ Fazit');
    expect(first).toHaveAttribute('id', 'fazit');
    expect(second).toHaveAttribute('id', 'fazit-2');
    expect(second).toHaveAttribute('data-level', '2');
  });

  it('shows nothing for the newsletter place unless a renderer fills it', () => {
    const { container, rerender } = render(<ArticleBody {...fromArticle(demoArticleDe)} locale="de" />);
    expect(container.querySelector('[data-ak="ArticleBody"] > :not(header, h2, p)')).toBeNull();

    const Newsletter = () => <aside aria-label="KI WEEKLY">Jeden Sonntag neu!</aside>;
    rerender(<ArticleBody {...fromArticle(demoArticleDe)} locale="de" components={{ newsletter: Newsletter }} />);
    const box = screen.getByRole('complementary', { name: 'KI WEEKLY' });
    const [, second, third] = screen.getAllByRole('heading', { level: 2 });
    expect(second!.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(box.compareDocumentPosition(third!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(warn).not.toHaveBeenCalled();
  });

  it('skips unknown types with a development warning and renders the rest', () => {
    render(
      <ArticleBody
        blocks={[
          { type: 'paragraph', text: 'Vorher.' },
          { type: 'poll', question: 'Ja oder nein?' },
          { type: 'constructor' },
          { type: 'toString' },
          { type: 'paragraph', text: 'Nachher.' },
        ]}
        components={{ chart: () => <p>Diagramm</p> }}
      />,
    );
    expect(screen.getAllByRole('paragraph').map((p) => p.textContent)).toEqual(['Vorher.', 'Nachher.']);
    expect(screen.queryByText('Ja oder nein?')).not.toBeInTheDocument();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('no renderer for block type "poll"'));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('no renderer for block type "constructor"'));
  });
});

describe('ArticleBody: bad data', () => {
  it('renders what it can from broken blocks and never throws', () => {
    const broken = [
      null,
      7,
      'heading',
      { type: 42 },
      { type: 'heading' },
      { type: 'heading', text: '   ' },
      { type: 'paragraph' },
      { type: 'paragraph', content: 'kein Array' },
      { type: 'paragraph', content: [null, 3, { type: 'strong' }, { type: 'blink', children: ['geblinkt'] }] },
      { type: 'list', items: 'kein Array' },
      { type: 'list', items: [null, '', 'Gültiger Punkt'] },
      { type: 'quote', cite: 'ohne Text' },
      { type: 'image', alt: 'ohne Quelle' },
      { type: 'paragraph', text: 'Dieser Absatz bleibt.' },
    ] as unknown as ArticleBodyProps['blocks'];
    render(<ArticleBody title="Titel" blocks={broken} author={{ name: 3 } as never} publishedAt="bald" />);
    expect(screen.getByText('Dieser Absatz bleibt.')).toBeVisible();
    // An unknown mark shows its words; a number is no inline node (the validator drops it too).
    expect(screen.getByText('geblinkt')).toBeVisible();
    expect(screen.queryByRole('strong')).not.toBeInTheDocument();
    expect(screen.getByRole('listitem')).toHaveTextContent('Gültiger Punkt');
    expect(screen.queryByRole('heading', { level: 2 })).not.toBeInTheDocument();
    expect(screen.queryByRole('blockquote')).not.toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(document.querySelector('time')).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('publishedAt "bald"'));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('a block without a string `type` is skipped'));
  });

  it('falls back to a paragraph’s plain text when its rich content is empty', () => {
    render(<ArticleBody blocks={[{ type: 'paragraph', content: [], text: 'Nur Text.' }]} />);
    expect(screen.getByRole('paragraph')).toHaveTextContent('Nur Text.');
  });

  it('ignores blocks that are not a list', () => {
    render(<ArticleBody title="Titel" blocks={{ type: 'paragraph' } as never} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Titel' })).toBeVisible();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('`blocks` is not an array'));
  });

  it('does not turn markup in the data into elements', () => {
    const { container } = render(
      <ArticleBody
        title={'<img src=x onerror=alert(1)>'}
        blocks={[{ type: 'paragraph', text: '<script>alert(1)</script>' }]}
      />,
    );
    expect(container.querySelector('script, img')).toBeNull();
    expect(screen.getByText('<script>alert(1)</script>')).toBeVisible();
  });
});

describe('ArticleBody: server rendering', () => {
  it('renders to HTML with its styles and hydrates without mismatch', async () => {
    const element = (
      <ArticleBody {...fromArticle(demoArticleDe)} blocks={[...demoArticleDe.blocks, ...allBlocks!]} locale="de" />
    );
    const sheet = new ServerStyleSheet();
    let html: string;
    let css: string;
    try {
      html = renderToString(sheet.collectStyles(element));
      css = sheet.getStyleTags();
    } finally {
      sheet.seal();
    }
    expect(html).toContain('data-ak="ArticleBody"');
    expect(html).toContain('<h1>Lumatek und Nordwerk: Milliarden-Deal 2025</h1>');
    expect(html).toContain('<time dateTime="2025-11-28">28. November 2025</time>');
    expect(html).toContain('2 Min. Lesezeit');
    expect(html).not.toContain('<script');
    expect(css).toMatch(/hyphens:\s*auto/);
    expect(css).toMatch(/max-inline-size:\s*var\(--ak-measure/);
    expect(css).toContain('@media print');

    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.appendChild(container);
    const recoverable = vi.fn();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    await act(async () => {
      hydrateRoot(container, element, { onRecoverableError: recoverable });
    });
    expect(recoverable).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
    error.mockRestore();
    expect(within(container).getByRole('heading', { level: 1 })).toHaveTextContent('Milliarden-Deal 2025');
    container.remove();
  });

  it('has no accessibility violations in the full article', async () => {
    const { container } = render(
      <ArticleBody {...fromArticle(demoArticleDe)} blocks={[...demoArticleDe.blocks, ...allBlocks!]} locale="de" />,
    );
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('ArticleBody: dates that are not strings', () => {
  it('shows the article without a date and warns once in development for a BigInt or object date', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      for (const publishedAt of [BigInt(20251128), { year: 2025 }]) {
        const { unmount } = render(
          <ArticleBody title="Ohne Datum" publishedAt={publishedAt as unknown as string} blocks={[]} />,
        );
        expect(screen.getByRole('heading', { level: 1, name: 'Ohne Datum' })).toBeInTheDocument();
        expect(document.querySelector('time')).toBeNull();
        unmount();
      }
      expect(warn.mock.calls.map((call) => String(call[0]))).toEqual(
        expect.arrayContaining([expect.stringContaining('publishedAt of type bigint is not an ISO 8601 date')]),
      );
    } finally {
      warn.mockRestore();
    }
  });
});
