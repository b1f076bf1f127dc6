import { render, screen } from '@testing-library/react';
import { ArticleBody } from '../../components/ArticleBody';
import { validateArticle } from '../../schema/validateArticle';
import { dividerExamples } from './divider';

const before = { type: 'paragraph' as const, text: 'Soweit die Zahlen.' };
const after = { type: 'paragraph' as const, text: 'Nun zur Frage, was die Kunden davon haben.' };

describe('divider block: what a reader gets', () => {
  it('is a separator between two parts of the text', () => {
    render(<ArticleBody blocks={[before, ...dividerExamples, after]} locale="de" />);
    const separator = screen.getByRole('separator');
    expect(separator.previousElementSibling).toHaveTextContent('Soweit die Zahlen.');
    expect(separator.nextElementSibling).toHaveTextContent('Nun zur Frage');
    expect(separator).toBeEmptyDOMElement();
  });

  it('shows nothing but the line, whatever else the data holds', () => {
    render(<ArticleBody blocks={[{ type: 'divider', text: '***' } as never]} />);
    expect(screen.getByRole('separator')).toBeEmptyDOMElement();
    expect(screen.queryByText('***')).not.toBeInTheDocument();
  });
});

describe('divider block: validation', () => {
  it('accepts the examples as they are', () => {
    expect(validateArticle({ title: 'Zahlen', blocks: dividerExamples })).toEqual({
      article: { title: 'Zahlen', blocks: dividerExamples },
      problems: [],
    });
  });

  it('drops other fields without a word: a divider has none', () => {
    expect(validateArticle({ title: 'Zahlen', blocks: [{ type: 'divider', text: '***', style: 'dots' }] })).toEqual({
      article: { title: 'Zahlen', blocks: [{ type: 'divider' }] },
      problems: [],
    });
  });
});
