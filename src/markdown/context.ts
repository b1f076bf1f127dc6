// What every step of the Markdown walk shares: where problems are collected and the link
// definitions that reference-style links and images point to.
import type { Definition, Nodes } from 'mdast';
import type { InlineNode } from '../schema/types';

/**
 * How deep lists and emphasis are followed: as deep as `validateArticle` checks inline content.
 * Deeper content is kept as plain text, so that neither runs out of stack or drops it.
 */
export { MAX_DEPTH } from '../schema/validateArticleShape';

/** The state of one walk over a parsed document. */
export interface Walk {
  /** One sentence per problem, in the order met. */
  problems: string[];
  /** The sentences already given. */
  said: Set<string>;
  /** `[label]: url "title"` definitions by their normalised label. */
  definitions: Map<string, Definition>;
}

/**
 * Adds a problem, naming the line of the Markdown source it comes from. The same sentence about
 * the same line is given once: `<b>` and `</b>` are one piece of raw HTML to the author.
 */
export function report(walk: Walk, node: Nodes, message: string): void {
  const line = node.position?.start.line;
  const sentence = line === undefined ? message : `line ${line}: ${message}`;
  if (walk.said.has(sentence)) return;
  walk.said.add(sentence);
  walk.problems.push(sentence);
}

// Blocks whose children are read as separate lines, and rows whose cells are read side by side.
const LINES = new Set(['root', 'blockquote', 'list', 'listItem', 'footnoteDefinition', 'table']);
const CELLS = new Set(['tableRow']);

/**
 * The text of a node as a reader sees it: words, code and image descriptions, with blocks on
 * lines of their own. Iterative, so that input nested thousands of levels deep cannot exhaust the
 * stack.
 */
export function plainText(node: Nodes): string {
  let text = '';
  const stack: (Nodes | string)[] = [node];
  while (stack.length) {
    const next = stack.pop()!;
    if (typeof next === 'string') text += next;
    else if (next.type === 'text' || next.type === 'inlineCode' || next.type === 'code') text += next.value;
    else if (next.type === 'image') text += next.alt ?? '';
    else if (next.type === 'imageReference') text += next.alt ?? '';
    else if (next.type === 'break') text += '\n';
    else if ('children' in next) {
      const separator = LINES.has(next.type) ? '\n' : CELLS.has(next.type) ? ' ' : '';
      for (let index = next.children.length - 1; index >= 0; index--) {
        stack.push(next.children[index]!);
        if (index > 0 && separator) stack.push(separator);
      }
    }
  }
  return text.replace(/\n{2,}/g, '\n').trim();
}

/** Inline content with neighbouring strings joined, as one string when it holds nothing else. */
export function tidy(nodes: readonly InlineNode[]): InlineNode[] {
  const out: InlineNode[] = [];
  for (const node of nodes) {
    const last = out.length - 1;
    if (typeof node === 'string' && typeof out[last] === 'string') out[last] += node;
    else if (node !== '') out.push(node);
  }
  return out;
}

/** Table cells and list items are plain strings when they hold no emphasis, code or links. */
export function simplify(nodes: readonly InlineNode[]): string | InlineNode[] {
  const tidied = tidy(nodes);
  if (tidied.length === 0) return '';
  return tidied.length === 1 && typeof tidied[0] === 'string' ? tidied[0].trim() : trimEnds(tidied);
}

/** Inline content without white space at its start and end. */
export function trimEnds(nodes: readonly InlineNode[]): InlineNode[] {
  const out = [...nodes];
  if (typeof out[0] === 'string') out[0] = out[0].trimStart();
  const last = out.length - 1;
  if (typeof out[last] === 'string') out[last] = out[last].trimEnd();
  return out.filter((node) => node !== '');
}

/** True when the inline content holds any visible text. */
export function hasText(nodes: readonly InlineNode[]): boolean {
  return nodes.some((node) =>
    typeof node === 'string' ? node.trim() !== '' : node.type === 'code' ? node.text !== '' : hasText(node.children),
  );
}
