import { render, screen, within } from '@testing-library/react';
import { ArticleBody } from '../../components/ArticleBody';
import { validateArticle } from '../../schema/validateArticle';
import { listExamples } from './list';

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  warn.mockRestore();
});

const check = (...blocks: unknown[]) => validateArticle({ title: 'Lumen X2: die Daten', blocks });
const itemsOf = (list: HTMLElement) =>
  within(list)
    .getAllByRole('listitem')
    .map((item) => item.textContent);

describe('list block: what a reader gets', () => {
  it('is a bulleted or a numbered list of its items', () => {
    render(<ArticleBody blocks={listExamples} locale="de" />);
    const [bullets, numbers] = screen.getAllByRole('list');
    expect(bullets!.tagName).toBe('UL');
    expect(itemsOf(bullets!)).toEqual(['144 GB HBM3e-Speicher', '900 W Leistungsaufnahme', 'Flüssigkühlung ab Werk']);
    expect(numbers!.tagName).toBe('OL');
    expect(itemsOf(numbers!)).toEqual(['Bemusterung im ersten Quartal', 'Serienfertigung bei Nordwerk']);
  });

  it('links, emphasises and marks code within an item', () => {
    render(
      <ArticleBody
        blocks={[
          {
            type: 'list',
            items: [
              ['Serienfertigung bei ', { type: 'link', href: 'https://example.com/fab', children: ['Nordwerk'] }],
              [{ type: 'strong', children: ['144 GB'] }, ' Speicher im Format ', { type: 'code', text: 'bf16' }],
              ['Preis: ', { type: 'link', href: 'javascript:alert(1)', children: ['auf Anfrage'] }],
            ],
          },
        ]}
      />,
    );
    const [fab, memory, price] = screen.getAllByRole('listitem');
    expect(within(fab!).getByRole('link', { name: 'Nordwerk' })).toHaveAttribute('rel', 'noopener noreferrer');
    expect(within(memory!).getByRole('strong')).toHaveTextContent('144 GB');
    expect(within(memory!).getByRole('code')).toHaveTextContent('bf16');
    expect(within(price!).queryByRole('link')).not.toBeInTheDocument();
    expect(price).toHaveTextContent(/^Preis: auf Anfrage$/);
  });

  it('leaves out items without words, and the list when none has any', () => {
    const { rerender } = render(
      <ArticleBody
        blocks={[{ type: 'list', items: ['', ['  '], 'Flüssigkühlung', [{ type: 'em', children: [] }]] }]}
      />,
    );
    expect(itemsOf(screen.getByRole('list'))).toEqual(['Flüssigkühlung']);
    rerender(<ArticleBody blocks={[{ type: 'list', items: [' ', []] }]} />);
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('a list block without text'));
  });

  it('is bulleted unless ordered is exactly true', () => {
    render(<ArticleBody blocks={[{ type: 'list', ordered: 'ja' as unknown as boolean, items: ['Eins'] }]} />);
    expect(screen.getByRole('list').tagName).toBe('UL');
  });
});

describe('list block: validation', () => {
  it('accepts the examples as they are', () => {
    expect(check(...listExamples)).toEqual({
      article: { title: 'Lumen X2: die Daten', blocks: listExamples },
      problems: [],
    });
  });

  it('names a missing or empty list of items and drops the list', () => {
    expect(check({ type: 'list' }, { type: 'list', items: [] }, { type: 'list', items: 'Eins, Zwei' })).toEqual({
      article: { title: 'Lumen X2: die Daten', blocks: [] },
      problems: [
        'article.blocks[0].items must be an array',
        'article.blocks[1].items must hold at least one item',
        'article.blocks[2].items must be an array',
      ],
    });
  });

  it('names each bad item and keeps the others, plain or rich', () => {
    const { article, problems } = check({
      type: 'list',
      ordered: 'ja',
      items: [
        'Bemusterung',
        3,
        ' ',
        [],
        ['Serienfertigung bei ', { type: 'link', href: 'javascript:alert(1)', children: ['Nordwerk'] }],
        [{ type: 'strong', children: ['Auslieferung'] }],
      ],
    });
    expect(problems).toEqual([
      'article.blocks[0].items[1] must be a string',
      'article.blocks[0].items[2] must not be empty',
      'article.blocks[0].items[3] must hold some text',
      "article.blocks[0].items[4][1].href must be an http(s), mailto, tel or relative URL; the link's text is kept without the link",
      'article.blocks[0].ordered must be true or false',
    ]);
    expect(article.blocks).toEqual([
      {
        type: 'list',
        items: ['Bemusterung', ['Serienfertigung bei ', 'Nordwerk'], [{ type: 'strong', children: ['Auslieferung'] }]],
      },
    ]);
  });
});
