import { render, screen } from '@testing-library/react';
import { ArticleBody } from '../../components/ArticleBody';
import { validateArticle } from '../../schema/validateArticle';
import { paragraphExamples } from './paragraph';

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  warn.mockRestore();
});

const check = (...blocks: unknown[]) => validateArticle({ title: 'Lumen X2 vorgestellt', blocks });

describe('paragraph block: what a reader gets', () => {
  it('is a paragraph of plain or rich text', () => {
    render(<ArticleBody blocks={paragraphExamples} locale="de" />);
    expect(screen.getAllByRole('paragraph').map((p) => p.textContent)).toEqual([
      'Der Münchner Chipentwickler übernimmt die Rechenzentrumssparte für 2,4 Milliarden Euro.',
      'Der Chip heißt Lumen X2 und rechnet in bf16. Mehr im Datenblatt.',
    ]);
    expect(screen.getByRole('strong')).toHaveTextContent('Lumen X2');
    expect(screen.getByRole('code')).toHaveTextContent('bf16');
    expect(screen.getByRole('link', { name: 'Datenblatt' })).toHaveAttribute('href', 'https://example.com/datenblatt');
  });

  it('shows its plain text when its rich content holds no words', () => {
    render(
      <ArticleBody
        blocks={[{ type: 'paragraph', content: [' ', { type: 'em', children: [] }], text: 'Ersatztext.' }]}
      />,
    );
    expect(screen.getByRole('paragraph')).toHaveTextContent(/^Ersatztext\.$/);
    expect(screen.queryByRole('emphasis')).not.toBeInTheDocument();
  });

  it('keeps the words of a link to an unsafe address, without the link', () => {
    render(
      <ArticleBody
        blocks={[
          {
            type: 'paragraph',
            content: ['Mehr im ', { type: 'link', href: 'javascript:alert(1)', children: ['Datenblatt'] }, '.'],
          },
        ]}
      />,
    );
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    expect(screen.getByRole('paragraph')).toHaveTextContent(/^Mehr im Datenblatt\.$/);
  });

  it('shows nothing without words, and warns in development', () => {
    render(<ArticleBody blocks={[{ type: 'paragraph', text: ' ' }]} />);
    expect(screen.queryByRole('paragraph')).not.toBeInTheDocument();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('a paragraph block without text'));
  });
});

describe('paragraph block: validation', () => {
  it('accepts the examples as they are', () => {
    expect(check(...paragraphExamples)).toEqual({
      article: { title: 'Lumen X2 vorgestellt', blocks: paragraphExamples },
      problems: [],
    });
  });

  it('names a missing or empty text and drops the paragraph', () => {
    expect(check({ type: 'paragraph' }, { type: 'paragraph', text: '\n' })).toEqual({
      article: { title: 'Lumen X2 vorgestellt', blocks: [] },
      problems: ['article.blocks[0].text must be a string', 'article.blocks[1].text must not be empty'],
    });
  });

  it('names each bad inline node and keeps the rest', () => {
    const { article, problems } = check({
      type: 'paragraph',
      content: [
        'Der ',
        { type: 'strong', children: ['Lumen X2'] },
        { type: 'mark', children: ['neu'] },
        { type: 'code', text: '' },
        { type: 'em', children: 'schnell' },
        { type: 'link', href: 'data:text/html,x', children: ['Datenblatt'] },
        { type: 'link', href: '/chips', children: ['Chips'], title: 3 },
        null,
      ],
    });
    expect(problems).toEqual([
      'article.blocks[0].content[2].type must be one of strong, em, code, link',
      'article.blocks[0].content[3].text must not be empty',
      'article.blocks[0].content[4].children must be an array',
      "article.blocks[0].content[5].href must be an http(s), mailto, tel or relative URL; the link's text is kept without the link",
      'article.blocks[0].content[6].title must be a string',
      'article.blocks[0].content[7] must be a string or an inline node (strong, em, code, link)',
    ]);
    expect(article.blocks).toEqual([
      {
        type: 'paragraph',
        content: [
          'Der ',
          { type: 'strong', children: ['Lumen X2'] },
          'neu',
          'Datenblatt',
          { type: 'link', href: '/chips', children: ['Chips'] },
        ],
      },
    ]);
  });

  it('falls back to the plain text when the rich content is unusable, without a word about the text', () => {
    expect(check({ type: 'paragraph', content: [{ type: 'em', children: [' '] }], text: 'Ersatztext.' })).toEqual({
      article: { title: 'Lumen X2 vorgestellt', blocks: [{ type: 'paragraph', text: 'Ersatztext.' }] },
      problems: ['article.blocks[0].content must hold some text'],
    });
  });
});
