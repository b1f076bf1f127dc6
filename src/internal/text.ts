import * as React from 'react';

/**
 * The plain text of a React node: strings and numbers, arrays, fragments and the children of
 * elements, with block-level elements separated by spaces. Components are not rendered, so a
 * component's own output is not included, only the children passed to it.
 */
export function nodeText(node: React.ReactNode): string {
  return collapse(collect(node));
}

function collect(node: React.ReactNode): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number' || typeof node === 'bigint') return String(node);
  if (Array.isArray(node)) return node.map(collect).join(' ');
  if (React.isValidElement(node)) {
    const props = node.props as { children?: React.ReactNode };
    return collect(props.children);
  }
  return '';
}

const collapse = (s: string) =>
  s
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;:!?])/g, '$1')
    .trim();
