import type { InlineNode } from '../../schema/types';
import {
  content,
  fail,
  keepItem,
  list,
  nonEmptyList,
  optional,
  optionalString,
  type Context,
  type Fields,
  type Rule,
} from '../rules';

/** One cell of a table: plain text or rich inline content. */
export type TableCell = string | InlineNode[];

/** How a column's cells are aligned. */
export type TableAlign = 'start' | 'center' | 'end' | null;

/** A data table with one header row. It scrolls inside itself when it is wider than the column. */
export interface TableBlock {
  type: 'table';
  /** The header row: one cell per column. */
  header: TableCell[];
  /** The body rows, each with one cell per column (missing cells stay empty, extra ones are left out). */
  rows: TableCell[][];
  /** Names the table; shown above it and read as the name of its scroll area. */
  caption?: string;
  /** Alignment per column; numbers read best aligned to the end. */
  align?: TableAlign[];
}

/**
 * A cell: text (an empty one is fine) or rich content. A cell that is neither is reported and
 * left empty: dropping it would move the cells after it into the wrong columns.
 */
const cell: Rule = (value, path, ctx) =>
  typeof value === 'string'
    ? value
    : ((Array.isArray(value)
        ? content(value, path, ctx)
        : fail(ctx, value, path, 'must be a string or a list of inline nodes')) ?? '');

/** The header row: at least one cell, and words in one of them (a table without them is not shown). */
const header: Rule = (value, path, ctx) => {
  const cells = nonEmptyList(cell)(value, path, ctx) as TableCell[] | undefined;
  return (
    cells &&
    (cells.some((item) => (typeof item === 'string' ? item.trim() : item.length))
      ? cells
      : fail(ctx, value, path, 'must hold some text'))
  );
};

const rows: Rule = (value, path, ctx) =>
  list(value, path, ctx, (row, at) => {
    const cells = list(row, at, ctx, (item, cellAt) => keepItem(cell(item, cellAt, ctx)));
    // `list` spreads arrays: one more level keeps each row an array of its own.
    return cells && [cells];
  });

const align: Rule = (value, path, ctx: Context) =>
  list(value, path, ctx, (item, at) =>
    item === null || item === 'start' || item === 'center' || item === 'end'
      ? [item]
      : // Left as the default, so the columns after it keep their own alignment.
        (fail(ctx, item, at, 'must be "start", "center", "end" or null') ?? [null]),
  );

export const tableFields: Fields = [
  { header, rows },
  { caption: optionalString, align: optional(align) },
];

export const tableExamples: TableBlock[] = [
  {
    type: 'table',
    caption: 'Die Chips im Vergleich',
    header: ['Chip', 'Speicher', 'Leistung', 'Preis pro Stück'],
    align: [null, 'end', 'end', 'end'],
    rows: [
      ['Lumen X2', '144 GB', '900 W', '31.000 €'],
      [[{ type: 'strong', children: ['Lumen X1'] }], '96 GB', '700 W', '22.500 €'],
      ['Nordwerk N7', '128 GB', '850 W', 'noch offen'],
    ],
  },
];
