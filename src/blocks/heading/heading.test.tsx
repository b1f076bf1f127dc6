import { render, screen, within } from '@testing-library/react';
import { ArticleBody } from '../../components/ArticleBody';
import { validateArticle } from '../../schema/validateArticle';
import { headingExamples } from './heading';

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  warn.mockRestore();
});

const check = (...blocks: unknown[]) => validateArticle({ title: 'Lumatek übernimmt Nordwerk', blocks });

describe('heading block: what a reader gets', () => {
  it('is a heading at its level, level 2 by default, with an anchor', () => {
    render(<ArticleBody blocks={headingExamples} locale="de" />);
    expect(
      screen.getByRole('heading', { level: 2, name: 'Was der Deal für Europas Rechenzentren bedeutet' }),
    ).toHaveAttribute('id', 'was-der-deal-fuer-europas-rechenzentren-bedeutet');
    expect(screen.getByRole('heading', { level: 3, name: 'Technische Daten' })).toHaveAttribute('id', 'daten');
  });

  it('renders levels 2 to 4, and any other level as 2', () => {
    render(
      <ArticleBody
        blocks={[
          { type: 'heading', text: 'Zwei', level: 2 },
          { type: 'heading', text: 'Drei', level: 3 },
          { type: 'heading', text: 'Vier', level: 4 },
          { type: 'heading', text: 'Eins', level: 1 as 2 },
          { type: 'heading', text: 'Sieben', level: 7 as 2 },
          { type: 'heading', text: 'Text', level: '3' as unknown as 2 },
        ]}
      />,
    );
    expect(screen.getAllByRole('heading').map((h) => [h.tagName, h.textContent])).toEqual([
      ['H2', 'Zwei'],
      ['H3', 'Drei'],
      ['H4', 'Vier'],
      ['H2', 'Eins'],
      ['H2', 'Sieben'],
      ['H2', 'Text'],
    ]);
  });

  it('is a link to itself with headingLinks, read once', () => {
    render(<ArticleBody blocks={headingExamples} headingLinks locale="de" />);
    const heading = screen.getByRole('heading', { level: 3, name: 'Technische Daten' });
    expect(within(heading).getByRole('link', { name: 'Technische Daten' })).toHaveAttribute('href', '#daten');
    expect(heading.textContent).toBe('Technische Daten');
  });

  it('shows nothing without words, and warns in development', () => {
    render(<ArticleBody blocks={[{ type: 'heading', text: '  ' }]} />);
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('a heading block without text'));
  });

  it('shows markup in its text as text', () => {
    const { container } = render(<ArticleBody blocks={[{ type: 'heading', text: '<i>KI</i> im Rathaus' }]} />);
    expect(container.querySelector('i')).toBeNull();
    expect(screen.getByRole('heading', { name: '<i>KI</i> im Rathaus' })).toBeVisible();
  });
});

describe('heading block: validation', () => {
  it('accepts the examples as they are', () => {
    expect(check(...headingExamples)).toEqual({
      article: { title: 'Lumatek übernimmt Nordwerk', blocks: headingExamples },
      problems: [],
    });
  });

  it('names a missing or empty text and drops the heading', () => {
    expect(check({ type: 'heading' }, { type: 'heading', text: ' ' }, { type: 'heading', text: 2025 })).toEqual({
      article: { title: 'Lumatek übernimmt Nordwerk', blocks: [] },
      problems: [
        'article.blocks[0].text must be a string',
        'article.blocks[1].text must not be empty',
        'article.blocks[2].text must be a string',
      ],
    });
  });

  it('names a bad level or id and keeps the heading without it', () => {
    const { article, problems } = check(
      { type: 'heading', text: 'Eins', level: 1 },
      { type: 'heading', text: 'Drei', level: '3' },
      { type: 'heading', text: 'Fazit', id: '' },
      { type: 'heading', text: 'Ausblick', id: 7 },
    );
    expect(problems).toEqual([
      'article.blocks[0].level must be 2, 3 or 4',
      'article.blocks[1].level must be 2, 3 or 4',
      'article.blocks[2].id must not be empty',
      'article.blocks[3].id must be a string',
    ]);
    expect(article.blocks).toEqual([
      { type: 'heading', text: 'Eins' },
      { type: 'heading', text: 'Drei' },
      { type: 'heading', text: 'Fazit' },
      { type: 'heading', text: 'Ausblick' },
    ]);
  });

  it('keeps an id only on the first heading that uses it, spaces aside', () => {
    const { article, problems } = check(
      { type: 'heading', text: 'Fazit', id: 'fazit' },
      { type: 'heading', text: 'Noch ein Fazit', id: ' fazit ', level: 3 },
    );
    expect(problems).toEqual(['article.blocks[1].id " fazit " is already used by article.blocks[0]']);
    expect(article.blocks).toEqual([
      { type: 'heading', text: 'Fazit', id: 'fazit' },
      { type: 'heading', text: 'Noch ein Fazit', level: 3 },
    ]);
  });
});
