import * as React from 'react';

/**
 * The plain text of a React node: strings and numbers, arrays, fragments and the children of
 * elements, with block-level elements separated by spaces. Components are not rendered, so a
 * component's own output is not included, only the children passed to it.
 */
export function nodeText(node: React.ReactNode): string {
  return rawNodeText(node)
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,;:!?])/g, '$1')
    .trim();
}

/**
 * The same text with its whitespace as it comes: enough to count words or to tell whether
 * there are any, without the tidying that text meant for reading needs.
 */
export function rawNodeText(node: React.ReactNode): string {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number' || typeof node === 'bigint') return String(node);
  if (Array.isArray(node)) return node.map(rawNodeText).join(' ');
  if (React.isValidElement(node)) return rawNodeText((node.props as { children?: React.ReactNode }).children);
  return '';
}
