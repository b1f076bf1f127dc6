import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ArticleBody } from '../../components/ArticleBody';
import { validateArticle } from '../../schema/validateArticle';
import { tableExamples, type TableBlock } from './table';

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  warn.mockRestore();
});

const check = (...blocks: unknown[]) => validateArticle({ title: 'Chips im Vergleich', blocks });

/** The table as a reader goes through it: row by row, each cell's text. */
const cellsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .map((row) =>
      [...within(row).queryAllByRole('columnheader'), ...within(row).queryAllByRole('cell')].map(
        (cell) => cell.textContent,
      ),
    );

describe('table block: what a reader gets', () => {
  it('is a table named by its caption, with column headers, in a scroll area of the same name', () => {
    render(<ArticleBody blocks={tableExamples} locale="de" />);
    const table = screen.getByRole('table', { name: 'Die Chips im Vergleich' });
    expect(cellsOf(table)).toEqual([
      ['Chip', 'Speicher', 'Leistung', 'Preis pro Stück'],
      ['Lumen X2', '144 GB', '900 W', '31.000 €'],
      ['Lumen X1', '96 GB', '700 W', '22.500 €'],
      ['Nordwerk N7', '128 GB', '850 W', 'noch offen'],
    ]);
    expect(within(table).getAllByRole('columnheader')).toHaveLength(4);
    expect(within(table).getByRole('strong')).toHaveTextContent('Lumen X1');
    const area = screen.getByRole('region', { name: 'Die Chips im Vergleich' });
    expect(area).toContainElement(table);
    // Keyboard users can scroll a table that is wider than the column.
    expect(area).toHaveAttribute('tabindex', '0');
  });

  it('can be reached with the keyboard', async () => {
    const user = userEvent.setup();
    render(<ArticleBody blocks={tableExamples} locale="de" />);
    await user.tab();
    expect(screen.getByRole('region', { name: 'Die Chips im Vergleich' })).toHaveFocus();
  });

  it('aligns numbers to the end of their columns', () => {
    render(<ArticleBody blocks={tableExamples} locale="de" />);
    const [first, ...numbers] = within(screen.getByRole('table')).getAllByRole('row')[1]!.children;
    expect(getComputedStyle(first!).textAlign).toBe('start');
    for (const cell of numbers) expect(getComputedStyle(cell).textAlign).toBe('end');
  });

  it('gives every row one cell per column: short rows are filled up, long ones cut', () => {
    render(
      <ArticleBody
        blocks={[
          {
            type: 'table',
            header: ['Standort', 'Leistung', 'Kühlung'],
            rows: [['Luleå'], ['Oulu', '40 MW', 'Luft', 'überzählig']],
          },
        ]}
      />,
    );
    expect(cellsOf(screen.getByRole('table'))).toEqual([
      ['Standort', 'Leistung', 'Kühlung'],
      ['Luleå', '', ''],
      ['Oulu', '40 MW', 'Luft'],
    ]);
  });

  it('shows links and code in cells, and an unsafe link as its words', () => {
    render(
      <ArticleBody
        blocks={[
          {
            type: 'table',
            header: ['Modell', 'Quelle'],
            rows: [
              [
                [{ type: 'code', text: 'lumen-x2' }],
                [{ type: 'link', href: 'https://example.com/datenblatt', children: ['Datenblatt'] }],
              ],
              ['Lumen X1', [{ type: 'link', href: 'javascript:alert(1)', children: ['Archiv'] }]],
            ],
          },
        ]}
      />,
    );
    const table = screen.getByRole('table');
    expect(within(table).getByRole('code')).toHaveTextContent('lumen-x2');
    expect(within(table).getByRole('link', { name: 'Datenblatt' })).toHaveAttribute('rel', 'noopener noreferrer');
    expect(within(table).queryByRole('link', { name: 'Archiv' })).not.toBeInTheDocument();
    expect(within(table).getByText('Archiv')).toHaveRole('cell');
  });

  it('without a caption is no named region, and still a table that the keyboard can scroll', () => {
    render(<ArticleBody blocks={[{ type: 'table', header: ['Chip', 'Preis'], rows: [['Lumen X2', '31.000 €']] }]} />);
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
    expect(screen.getByRole('table').parentElement).toHaveAttribute('tabindex', '0');
    expect(screen.getByRole('columnheader', { name: 'Preis' })).toBeVisible();
  });

  it('shows nothing for a header without words, and warns in development', () => {
    render(<ArticleBody blocks={[{ type: 'table', header: ['', ' '], rows: [['Lumen X2', '31.000 €']] }]} />);
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('a table block without text'));
  });

  it('never turns markup in a cell into elements', () => {
    const { container } = render(
      <ArticleBody blocks={[{ type: 'table', header: ['<b>Chip</b>'], rows: [['<img src=x onerror=alert(1)>']] }]} />,
    );
    expect(container.querySelector('b, img')).toBeNull();
    expect(screen.getByRole('columnheader', { name: '<b>Chip</b>' })).toBeVisible();
  });
});

describe('table block: validation', () => {
  it('accepts the examples as they are', () => {
    expect(check(...tableExamples)).toEqual({
      article: { title: 'Chips im Vergleich', blocks: tableExamples },
      problems: [],
    });
  });

  it('names the header and rows when they are missing or empty', () => {
    const { article, problems } = check(
      { type: 'table', rows: [] },
      { type: 'table', header: ['Chip'] },
      { type: 'table', header: [], rows: [] },
      { type: 'table', header: 'Chip, Preis', rows: [] },
      { type: 'table', header: ['', '  '], rows: [['Lumen X2', '31.000 €']] },
    );
    expect(problems).toEqual([
      'article.blocks[0].header must be an array',
      'article.blocks[1].rows must be an array',
      'article.blocks[2].header must hold at least one item',
      'article.blocks[3].header must be an array',
      'article.blocks[4].header must hold some text',
    ]);
    expect(article.blocks).toEqual([]);
  });

  it('keeps a bad cell’s place empty, so the cells after it stay in their columns', () => {
    const { article, problems } = check({
      type: 'table',
      header: ['Chip', 42, 'Preis'],
      rows: [
        ['Lumen X2', 144, '31.000 €'],
        ['Lumen X1', [], '22.500 €'],
        ['Nordwerk N7', [{ type: 'blink', children: ['128 GB'] }], 'offen'],
        'Nordwerk N8',
      ],
    });
    expect(problems).toEqual([
      'article.blocks[0].header[1] must be a string or a list of inline nodes',
      'article.blocks[0].rows[0][1] must be a string or a list of inline nodes',
      'article.blocks[0].rows[1][1] must hold some text',
      'article.blocks[0].rows[2][1][0].type must be one of strong, em, code, link',
      'article.blocks[0].rows[3] must be an array',
    ]);
    const table = article.blocks[0] as TableBlock;
    expect(table.header).toEqual(['Chip', '', 'Preis']);
    expect(table.rows).toEqual([
      ['Lumen X2', '', '31.000 €'],
      ['Lumen X1', '', '22.500 €'],
      // An unknown mark's words stay in their cell.
      ['Nordwerk N7', ['128 GB'], 'offen'],
    ]);
  });

  it('keeps a bad alignment’s place, so the columns after it keep theirs', () => {
    const { article, problems } = check({
      type: 'table',
      header: ['Chip', 'Speicher', 'Preis'],
      rows: [],
      align: ['left', 'center', 'end'],
    });
    expect(problems).toEqual(['article.blocks[0].align[0] must be "start", "center", "end" or null']);
    expect((article.blocks[0] as TableBlock).align).toEqual([null, 'center', 'end']);
    expect(check({ type: 'table', header: ['Chip'], rows: [], align: 'end' }).problems).toEqual([
      'article.blocks[0].align must be an array',
    ]);
  });

  it('checks the caption and the links in cells', () => {
    const { article, problems } = check({
      type: 'table',
      header: ['Chip'],
      rows: [[['Siehe ', { type: 'link', href: 'javascript:alert(1)', children: ['Archiv'] }]]],
      caption: 5,
    });
    expect(problems).toEqual([
      "article.blocks[0].rows[0][0][1].href must be an http(s), mailto, tel or relative URL; the link's text is kept without the link",
      'article.blocks[0].caption must be a string',
    ]);
    expect(article.blocks).toEqual([{ type: 'table', header: ['Chip'], rows: [[['Siehe ', 'Archiv']]] }]);
  });
});
