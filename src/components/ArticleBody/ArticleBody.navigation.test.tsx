import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { axeViolations } from '../../../test/axe';
import type { ArticleAuthor } from '../../schema/types';
import { ArticleBody, type ArticleBodyProps } from '.';

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  warn.mockRestore();
});

type Blocks = NonNullable<ArticleBodyProps['blocks']>;
const paragraph = (text: string) => ({ type: 'paragraph' as const, text });
const heading = (text: string, level?: 2 | 3 | 4, id?: string) => ({ type: 'heading' as const, text, level, id });

const sections: Blocks = [
  paragraph('Lumatek übernimmt den Rechenzentrumsbetreiber Nordwerk.'),
  heading('Was der Deal bedeutet'),
  paragraph('Europa bekommt einen eigenen Anbieter für Rechenzeit.'),
  heading('Technische Daten', 3),
  paragraph('Der Lumen X2 hat 144 GB Speicher.'),
  heading('Zeitplan', 4),
  heading('Offene Fragen'),
  paragraph('Die Kartellbehörden haben noch nicht entschieden.'),
  heading('Fazit', 2, 'fazit-der-redaktion'),
];

/** The links of the table of contents as a reader finds them: name and target. */
const tocLinks = (nav: HTMLElement) =>
  within(nav)
    .getAllByRole('link')
    .map((link) => [link.textContent, link.getAttribute('href')]);

/** The element a fragment link jumps to. */
const targetOf = (link: HTMLElement) =>
  document.getElementById(decodeURIComponent(link.getAttribute('href')!.slice(1)));

describe('ArticleBody: table of contents', () => {
  it('is a navigation named "Inhalt" that links to every level-2 heading and to nothing else', () => {
    render(<ArticleBody title="Lumatek kauft Nordwerk" blocks={sections} toc locale="de" />);
    const nav = screen.getByRole('navigation', { name: 'Inhalt' });
    expect(tocLinks(nav)).toEqual([
      ['Was der Deal bedeutet', '#was-der-deal-bedeutet'],
      ['Offene Fragen', '#offene-fragen'],
      ['Fazit', '#fazit-der-redaktion'],
    ]);
    for (const link of within(nav).getAllByRole('link')) {
      expect(targetOf(link)).toBe(screen.getByRole('heading', { level: 2, name: link.textContent! }));
    }
    // A numbered list: the reader hears how many sections there are.
    expect(within(nav).getByRole('list').tagName).toBe('OL');
    expect(within(nav).getAllByRole('listitem')).toHaveLength(3);
  });

  it('stands between the header and the text', () => {
    render(<ArticleBody title="Lumatek kauft Nordwerk" blocks={sections} toc locale="de" />);
    const nav = screen.getByRole('navigation', { name: 'Inhalt' });
    const follows = (a: Element, b: Element) => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    expect(follows(screen.getByRole('heading', { level: 1 }), nav)).toBe(true);
    expect(follows(nav, screen.getByText('Lumatek übernimmt den Rechenzentrumsbetreiber Nordwerk.'))).toBe(true);
  });

  it('is named "Contents" in English', () => {
    render(<ArticleBody blocks={sections} toc locale="en" />);
    expect(screen.getByRole('navigation', { name: 'Contents' })).toBeInTheDocument();
  });

  it('is left out by default, and when there is no level-2 heading', () => {
    const { rerender } = render(<ArticleBody blocks={sections} locale="de" />);
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    rerender(<ArticleBody blocks={[heading('Nur eine Unterüberschrift', 3), paragraph('Text.')]} toc locale="de" />);
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });

  it('leaves out headings without words, as the text does', () => {
    render(<ArticleBody blocks={[heading('   '), heading('Fazit')]} toc locale="de" />);
    expect(tocLinks(screen.getByRole('navigation', { name: 'Inhalt' }))).toEqual([['Fazit', '#fazit']]);
  });

  const scripts: [string, string[]][] = [
    ['Japanese', ['大規模言語モデルの現状', '日本の半導体戦略']],
    ['Arabic', ['نماذج اللغة الكبيرة', 'مراكز البيانات في أوروبا']],
    ['Cyrillic', ['Большие языковые модели', 'Центры обработки данных']],
    ['emoji', ['🚀', '🤖', 'KI 🤖 für alle']],
    ['German', ['Überblick', 'Größe und Maße']],
    ['duplicate', ['Fazit', 'Fazit', 'Fazit']],
    ['mixed duplicate', ['概要', '概要', 'Обзор', 'Обзор', '🚀', '🚀']],
  ];

  it.each(scripts)('gives %s headings unique ids that their links reach', (_, texts) => {
    render(<ArticleBody blocks={texts.map((text) => heading(text))} toc headingLinks locale="de" />);
    const headings = screen.getAllByRole('heading', { level: 2 });
    const ids = headings.map((h) => h.id);
    expect(ids.every((id) => id !== '' && !/\s/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(texts.length);
    const links = within(screen.getByRole('navigation', { name: 'Inhalt' })).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(texts);
    links.forEach((link, i) => expect(targetOf(link)).toBe(headings[i]));
    // The heading's own link points at the heading, too.
    headings.forEach((h) => expect(targetOf(within(h).getByRole('link'))).toBe(h));
  });

  it('keeps the letters of other scripts in the ids, so the address stays readable', () => {
    render(
      <ArticleBody
        blocks={[
          '日本の半導体戦略',
          'ガイドとモデル',
          'Большие модели',
          'نماذج اللغة',
          'مَرْكَز البيانات',
          'हिन्दी समाचार',
          'Café für Ångström',
          'KI 🤖 für alle',
          '🚀',
          '🤖',
        ].map((t) => heading(t))}
        toc
        locale="de"
      />,
    );
    expect(screen.getAllByRole('heading').map((h) => h.id)).toEqual([
      '日本の半導体戦略',
      // A kana keeps its voicing mark, a Hindi or Arabic letter its vowel signs: one word stays one word.
      'ガイドとモデル',
      'большие-модели',
      'نماذج-اللغة',
      'مَرْكَز-البيانات',
      'हिन्दी-समाचार',
      // Latin letters lose their accents; an umlaut becomes two letters, in any word.
      'cafe-fuer-angstroem',
      'ki-fuer-alle',
      'section',
      'section-2',
    ]);
  });

  it('gives the same ids on every render, on the server and in the browser', () => {
    const blocks = scripts.flatMap(([, texts]) => texts.map((text) => heading(text)));
    const { container, rerender } = render(<ArticleBody blocks={blocks} toc locale="de" />);
    const first = screen.getAllByRole('heading').map((h) => h.id);
    rerender(<ArticleBody blocks={[...blocks]} toc locale="de" />);
    expect(screen.getAllByRole('heading').map((h) => h.id)).toEqual(first);
    const server = document.createElement('div');
    server.innerHTML = renderToString(<ArticleBody blocks={blocks} toc locale="de" />);
    expect([...server.querySelectorAll('h2')].map((h) => h.id)).toEqual(first);
    // Only the ids of the headings depend on the text; the list's own label id is React's.
    expect(container.querySelectorAll('[id]')).toHaveLength(first.length + 1);
  });

  it('keeps an id the data gives and moves a heading whose slug it takes', () => {
    render(
      <ArticleBody blocks={[heading('Fazit'), heading('Ausblick', 2, 'fazit'), heading('Fazit')]} toc locale="de" />,
    );
    expect(tocLinks(screen.getByRole('navigation', { name: 'Inhalt' }))).toEqual([
      ['Fazit', '#fazit-2'],
      ['Ausblick', '#fazit'],
      ['Fazit', '#fazit-3'],
    ]);
  });

  it('has no accessibility violations', async () => {
    const { container } = render(
      <ArticleBody title="Lumatek kauft Nordwerk" blocks={sections} toc headingLinks locale="de" />,
    );
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('ArticleBody: heading links', () => {
  it('makes each heading a link to itself, named by the heading’s text, and the heading is named once', () => {
    render(<ArticleBody blocks={sections} headingLinks locale="de" />);
    for (const [level, name] of [
      [2, 'Was der Deal bedeutet'],
      [3, 'Technische Daten'],
      [4, 'Zeitplan'],
      [2, 'Fazit'],
    ] as const) {
      const h = screen.getByRole('heading', { level, name });
      expect(h).toHaveAccessibleName(name);
      const link = within(h).getByRole('link');
      expect(link).toHaveAccessibleName(name);
      expect(targetOf(link)).toBe(h);
    }
    expect(screen.getByRole('link', { name: 'Fazit' })).toHaveAttribute('href', '#fazit-der-redaktion');
  });

  it('can be reached with the keyboard, heading by heading', async () => {
    const user = userEvent.setup();
    render(<ArticleBody blocks={sections} headingLinks locale="de" />);
    const order = [];
    for (let i = 0; i < 5; i++) {
      await user.tab();
      order.push(document.activeElement?.textContent);
    }
    expect(order).toEqual(['Was der Deal bedeutet', 'Technische Daten', 'Zeitplan', 'Offene Fragen', 'Fazit']);
  });

  it('are plain headings by default', () => {
    render(<ArticleBody blocks={sections} locale="de" />);
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Fazit' })).toHaveAttribute('id', 'fazit-der-redaktion');
  });

  it('has no accessibility violations in English', async () => {
    const { container } = render(<ArticleBody blocks={sections} headingLinks toc locale="en" />);
    expect(await axeViolations(container)).toEqual([]);
  });
});

describe('ArticleBody: byline with several authors', () => {
  const authors: ArticleAuthor[] = [
    { name: 'Lena Hartmann', url: '/autorinnen/lena-hartmann' },
    { name: 'Jonas Ebert', url: '/autoren/jonas-ebert' },
    { name: 'Mira Sand' },
  ];
  const byline = () => screen.getByRole('link', { name: 'Lena Hartmann' }).parentElement!;

  it('names every author in German, each with their page', () => {
    render(<ArticleBody title="Lumatek kauft Nordwerk" authors={authors} locale="de" />);
    expect(byline()).toHaveTextContent(/^Von Lena Hartmann, Jonas Ebert und Mira Sand$/);
    expect(screen.getByRole('link', { name: 'Jonas Ebert' })).toHaveAttribute('href', '/autoren/jonas-ebert');
    expect(screen.getByRole('link', { name: 'Jonas Ebert' })).toHaveAttribute('rel', 'author');
    expect(screen.queryByRole('link', { name: 'Mira Sand' })).not.toBeInTheDocument();
  });

  it('joins them as English does', () => {
    const { rerender } = render(<ArticleBody title="Lumatek buys Nordwerk" authors={authors} locale="en" />);
    expect(byline()).toHaveTextContent(/^By Lena Hartmann, Jonas Ebert, and Mira Sand$/);
    rerender(<ArticleBody title="Lumatek buys Nordwerk" authors={authors.slice(0, 2)} locale="en" />);
    expect(byline()).toHaveTextContent(/^By Lena Hartmann and Jonas Ebert$/);
  });

  it('prefers authors to author, and skips names without words', () => {
    render(
      <ArticleBody
        title="Lumatek kauft Nordwerk"
        author={{ name: 'Nicht gezeigt' }}
        authors={[authors[0]!, { name: '  ' }, authors[1]!]}
        locale="de"
      />,
    );
    expect(byline()).toHaveTextContent(/^Von Lena Hartmann und Jonas Ebert$/);
    expect(screen.queryByText(/Nicht gezeigt/)).not.toBeInTheDocument();
  });

  it('falls back to author when authors is empty', () => {
    render(<ArticleBody title="Lumatek kauft Nordwerk" author={authors[0]} authors={[]} locale="de" />);
    expect(byline()).toHaveTextContent(/^Von Lena Hartmann$/);
  });
});

describe('ArticleBody: update date', () => {
  const meta = () => screen.getByRole('heading', { level: 1 }).parentElement!.querySelector('[data-part="meta"]')!;

  it('shows "Aktualisiert am" with the day of the update when it is later than the publication', () => {
    render(<ArticleBody title="Lumatek kauft Nordwerk" publishedAt="2025-11-28" updatedAt="2025-11-30" locale="de" />);
    const updated = screen.getByText('30. November 2025');
    expect(updated.tagName).toBe('TIME');
    expect(updated).toHaveAttribute('dateTime', '2025-11-30');
    expect(updated.parentElement).toHaveTextContent(/^Aktualisiert am 30. November 2025$/);
    // After the publication date, in the header's meta line.
    expect([...meta().querySelectorAll('time')].map((time) => time.textContent)).toEqual([
      '28. November 2025',
      '30. November 2025',
    ]);
  });

  it('says "Updated on" in English', () => {
    render(<ArticleBody title="Lumatek buys Nordwerk" publishedAt="2025-11-28" updatedAt="2025-11-30" locale="en" />);
    expect(screen.getByText('November 30, 2025').parentElement).toHaveTextContent(/^Updated on November 30, 2025$/);
  });

  it.each([
    ['the same day, hours later', '2025-11-28T18:45:00+01:00'],
    ['an earlier day', '2025-11-27'],
    ['an unreadable date', 'gestern'],
  ])('is not shown for %s', (_, updatedAt) => {
    render(
      <ArticleBody
        title="Lumatek kauft Nordwerk"
        publishedAt="2025-11-28T09:30:00+01:00"
        updatedAt={updatedAt}
        locale="de"
      />,
    );
    expect(screen.queryByText(/Aktualisiert/)).not.toBeInTheDocument();
    expect([...document.querySelectorAll('time')].map((time) => time.textContent)).toEqual(['28. November 2025']);
  });

  it('is shown when there is no publication date, also without a reading time', () => {
    render(
      <ArticleBody
        title="Lumatek kauft Nordwerk"
        updatedAt="2025-11-30"
        readingTime={false}
        blocks={[paragraph('Die Kartellbehörden haben noch nicht entschieden.')]}
        locale="de"
      />,
    );
    expect(screen.getByText('30. November 2025').parentElement).toHaveTextContent('Aktualisiert am 30. November 2025');
  });
});

describe('ArticleBody: section', () => {
  it('shows the section above the title, in the header', () => {
    render(<ArticleBody title="Lumatek kauft Nordwerk" section="KI" lead="Ein Milliarden-Deal." locale="de" />);
    const kicker = screen.getByText('KI');
    const title = screen.getByRole('heading', { level: 1 });
    expect(kicker).toBeVisible();
    expect(kicker.parentElement).toBe(title.parentElement);
    expect(kicker.nextElementSibling).toBe(title);
    // Not a heading: the title stays the first heading of the page.
    expect(screen.getAllByRole('heading').map((h) => h.textContent)).toEqual(['Lumatek kauft Nordwerk']);
  });

  it('is left out when blank', () => {
    const { container } = render(<ArticleBody title="Lumatek kauft Nordwerk" section="  " locale="de" />);
    expect(container.querySelector('header')!.firstElementChild).toBe(screen.getByRole('heading', { level: 1 }));
  });
});

describe('ArticleBody: breadcrumbs', () => {
  it('shows the trail above the title as a named navigation, leaving out unsafe steps', () => {
    render(
      <ArticleBody
        locale="de"
        title="Offene Gewichte für Europas Sprachmodelle"
        breadcrumbs={[
          { title: 'Start', href: '/' },
          { title: 'KI', href: '/ki' },
          { title: 'Falle', href: 'javascript:alert(1)' },
        ]}
      />,
    );
    const trail = screen.getByRole('navigation', { name: 'Brotkrümelnavigation' });
    expect(
      within(trail)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Start', '/'],
      ['KI', '/ki'],
    ]);
    expect(trail.compareDocumentPosition(screen.getByRole('heading', { level: 1 }))).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
  });
});
