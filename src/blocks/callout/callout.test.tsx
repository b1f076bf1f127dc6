import { render, screen, within } from '@testing-library/react';
import { ArticleBody } from '../../components/ArticleBody';
import { validateArticle } from '../../schema/validateArticle';
import { calloutExamples } from './callout';

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  warn.mockRestore();
});

const check = (...blocks: unknown[]) => validateArticle({ title: 'Lumatek übernimmt Nordwerk', blocks });

describe('callout block: what a reader gets', () => {
  it('is a note with its title and text', () => {
    render(<ArticleBody blocks={calloutExamples} locale="de" />);
    const [note, warning] = screen.getAllByRole('note');
    expect(
      within(note!)
        .getAllByRole('paragraph')
        .map((p) => p.textContent),
    ).toEqual(['Hinweis', 'Die Übernahme steht unter dem Vorbehalt der Kartellbehörden in Brüssel.']);
    expect(
      within(warning!)
        .getAllByRole('paragraph')
        .map((p) => p.textContent),
    ).toEqual(['Korrektur', 'In einer früheren Fassung stand 2,1 Milliarden. Richtig ist 2,4 Milliarden Euro.']);
    expect(within(warning!).getByRole('emphasis')).toHaveTextContent('2,1 Milliarden');
  });

  it('marks its tone, which the title and the border colour show (see the Callout story)', () => {
    render(<ArticleBody blocks={calloutExamples} locale="de" />);
    const [note, warning] = screen.getAllByRole('note');
    expect(note).toHaveAttribute('data-tone', 'note');
    expect(warning).toHaveAttribute('data-tone', 'warning');
  });

  it('titles a callout without a title by its tone, so the tone is not told by colour alone', () => {
    render(
      <ArticleBody
        locale="de"
        blocks={[
          { type: 'callout', text: 'Der Beitrag wird aktualisiert.' },
          { type: 'callout', tone: 'warning', text: 'Die Zahlen sind vorläufig.' },
        ]}
      />,
    );
    const [note, warning] = screen.getAllByRole('note');
    expect(
      within(note!)
        .getAllByRole('paragraph')
        .map((p) => p.textContent),
    ).toEqual(['Hinweis', 'Der Beitrag wird aktualisiert.']);
    expect(
      within(warning!)
        .getAllByRole('paragraph')
        .map((p) => p.textContent),
    ).toEqual(['Achtung', 'Die Zahlen sind vorläufig.']);
  });

  it('links from its text, and shows an unsafe link as its words', () => {
    render(
      <ArticleBody
        blocks={[
          {
            type: 'callout',
            content: [
              'Die ',
              { type: 'link', href: '/artikel/kartellrecht', children: ['Prüfung'] },
              ' läuft; ',
              { type: 'link', href: 'javascript:alert(1)', children: ['Details'] },
              ' folgen.',
            ],
          },
        ]}
      />,
    );
    const note = screen.getByRole('note');
    expect(within(note).getByRole('link', { name: 'Prüfung' })).toHaveAttribute('href', '/artikel/kartellrecht');
    expect(within(note).queryByRole('link', { name: 'Details' })).not.toBeInTheDocument();
    expect(note).toHaveTextContent('Die Prüfung läuft; Details folgen.');
  });

  it('falls back to its text when its rich content holds no words', () => {
    render(<ArticleBody blocks={[{ type: 'callout', content: [' '], text: 'Ersatztext.' }]} />);
    expect(screen.getByRole('note')).toHaveTextContent('Ersatztext.');
  });

  it('shows nothing without text, even with a title, and warns in development', () => {
    render(<ArticleBody blocks={[{ type: 'callout', title: 'Hinweis' } as never]} />);
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
    expect(screen.queryByText('Hinweis')).not.toBeInTheDocument();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('a callout block without text'));
  });
});

describe('callout block: validation', () => {
  it('accepts the examples as they are', () => {
    expect(check(...calloutExamples)).toEqual({
      article: { title: 'Lumatek übernimmt Nordwerk', blocks: calloutExamples },
      problems: [],
    });
  });

  it('names a missing or empty text and drops the block', () => {
    expect(
      check(
        { type: 'callout', title: 'Hinweis' },
        { type: 'callout', text: '  ' },
        { type: 'callout', content: [{ type: 'em', children: [] }] },
      ),
    ).toEqual({
      article: { title: 'Lumatek übernimmt Nordwerk', blocks: [] },
      problems: [
        'article.blocks[0].text must be a string',
        'article.blocks[1].text must not be empty',
        'article.blocks[2].content must hold some text',
      ],
    });
  });

  it('names a bad title and keeps the callout without it', () => {
    const { article, problems } = check(
      { type: 'callout', title: '', text: 'Eins.' },
      { type: 'callout', title: 7, text: 'Zwei.' },
    );
    expect(problems).toEqual(['article.blocks[0].title must not be empty', 'article.blocks[1].title must be a string']);
    expect(article.blocks).toEqual([
      { type: 'callout', text: 'Eins.' },
      { type: 'callout', text: 'Zwei.' },
    ]);
  });

  it('names an unknown tone as a choice between the two', () => {
    const { article, problems } = check({ type: 'callout', tone: 'danger', title: 'Achtung', text: 'Drei.' });
    expect(problems).toEqual(['article.blocks[0].tone must be "note" or "warning"']);
    expect(article.blocks).toEqual([{ type: 'callout', title: 'Achtung', text: 'Drei.' }]);
  });

  it('keeps the words of an unsafe link', () => {
    const { article, problems } = check({
      type: 'callout',
      content: ['Siehe ', { type: 'link', href: 'vbscript:x', children: ['Archiv'] }],
    });
    expect(problems).toEqual([
      "article.blocks[0].content[1].href must be an http(s), mailto, tel or relative URL; the link's text is kept without the link",
    ]);
    expect(article.blocks).toEqual([{ type: 'callout', content: ['Siehe ', 'Archiv'] }]);
  });
});
