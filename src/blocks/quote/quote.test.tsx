import { render, screen, within } from '@testing-library/react';
import { ArticleBody } from '../../components/ArticleBody';
import { validateArticle } from '../../schema/validateArticle';
import { quoteExamples } from './quote';

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  warn.mockRestore();
});

const check = (...blocks: unknown[]) => validateArticle({ title: 'Nordwerk baut aus', blocks });

describe('quote block: what a reader gets', () => {
  it('is a block quotation in a figure, its source in the caption', () => {
    render(<ArticleBody blocks={quoteExamples} locale="de" />);
    const quote = screen.getByRole('blockquote');
    expect(quote).toHaveTextContent(/^Wir bauen die Rechenzentren, die Europa braucht\.$/);
    const figure = quote.closest('figure')!;
    expect(figure).toHaveRole('figure');
    const source = within(figure).getByText('Mara Lind, Nordwerk');
    expect(source.tagName).toBe('CITE');
    expect(source.parentElement!.tagName).toBe('FIGCAPTION');
    // The source is outside the quotation: a reader does not hear it as the speaker’s words.
    expect(quote).not.toContainElement(source);
  });

  it('has no caption without a source', () => {
    render(<ArticleBody blocks={[{ type: 'quote', text: 'Rechenzeit ist die neue Währung.', cite: ' ' }]} />);
    expect(screen.getByRole('blockquote').closest('figure')!.querySelector('figcaption')).toBeNull();
  });

  it('shows nothing without words, even with a source, and warns in development', () => {
    render(<ArticleBody blocks={[{ type: 'quote', text: '', cite: 'Mara Lind' }]} />);
    expect(screen.queryByRole('blockquote')).not.toBeInTheDocument();
    expect(screen.queryByText('Mara Lind')).not.toBeInTheDocument();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('a quote block without text'));
  });
});

describe('quote block: validation', () => {
  it('accepts the examples as they are', () => {
    expect(check(...quoteExamples)).toEqual({
      article: { title: 'Nordwerk baut aus', blocks: quoteExamples },
      problems: [],
    });
  });

  it('names a missing or empty text and drops the quote', () => {
    expect(check({ type: 'quote', cite: 'Mara Lind' }, { type: 'quote', text: '  ' })).toEqual({
      article: { title: 'Nordwerk baut aus', blocks: [] },
      problems: ['article.blocks[0].text must be a string', 'article.blocks[1].text must not be empty'],
    });
  });

  it('names a source that is not text and keeps the quote without it', () => {
    const { article, problems } = check({ type: 'quote', text: 'Rechenzeit ist die neue Währung.', cite: ['Mara'] });
    expect(problems).toEqual(['article.blocks[0].cite must be a string']);
    expect(article.blocks).toEqual([{ type: 'quote', text: 'Rechenzeit ist die neue Währung.' }]);
  });
});
