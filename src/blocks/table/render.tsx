import { styled } from 'styled-components';
import { vars } from '../../theme';
import { focusCss, hasWords, linkCss, renderInline, textOf, type BlockRender } from '../shared';

// The table scrolls inside its own box, so a wide table never widens the page; the box takes
// focus so that keyboard users can scroll it, and it is named by the caption.
const Scroll = styled.div.withConfig({ componentId: 'ak-Table' })`
  max-inline-size: 100%;
  overflow-x: auto;
  border-radius: ${vars.radii.sm};
  ${focusCss}
  table {
    border-collapse: collapse;
    min-inline-size: 100%;
    font-size: ${vars.fontSizes.small};
    font-variant-numeric: tabular-nums;
    hyphens: manual;
  }
  caption {
    padding-block-end: ${vars.space.sm};
    text-align: start;
    font-weight: 600;
  }
  th,
  td {
    padding: ${vars.space.xs} ${vars.space.sm};
    border-block-end: 1px solid ${vars.colors.border};
    text-align: start;
    vertical-align: top;
  }
  th {
    border-block-end-width: 2px;
  }
  [data-align='center'] {
    text-align: center;
  }
  [data-align='end'] {
    text-align: end;
  }
  code {
    font-family: ${vars.fonts.mono};
  }
  ${linkCss}
`;

export const renderTable: BlockRender = (block, context) => {
  const header = Array.isArray(block.header) ? block.header : [];
  const rows = (Array.isArray(block.rows) ? block.rows : []).filter(Array.isArray);
  if (!header.length || !header.some((cell) => hasWords(renderInline(cell, undefined)))) return null;
  const align = Array.isArray(block.align) ? block.align : [];
  const caption = textOf(block.caption);
  const cell = (value: unknown) =>
    renderInline(typeof value === 'string' || Array.isArray(value) ? value : '', context.linkComponent);
  const alignOf = (column: number) => {
    const value: unknown = align[column];
    return value === 'center' || value === 'end' ? value : undefined;
  };
  return (
    <Scroll role={caption ? 'region' : undefined} aria-label={caption} tabIndex={0}>
      <table>
        {caption && <caption>{caption}</caption>}
        <thead>
          <tr>
            {header.map((value, column) => (
              <th key={column} scope="col" data-align={alignOf(column)}>
                {cell(value)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row: unknown[], r) => (
            <tr key={r}>
              {/* One cell per column: a short row is filled up, a long one cut to the header. */}
              {header.map((_, column) => (
                <td key={column} data-align={alignOf(column)}>
                  {cell(row[column])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
};
