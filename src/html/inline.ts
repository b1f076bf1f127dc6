// Running text: the children of a paragraph, list item, table cell or heading become InlineNodes.
// One handler per element that means something inline; any other element stands for its
// children, as a browser shows the text of a <span> or <mark>.
import type { Element, RootContent } from 'hast';
import { inlineText } from '../adapters/common';
import { safeHref } from '../internal/url';
import type { InlineNode } from '../schema/types';
import { BLOCK_LEVEL, attribute, report, type Walk } from './context';

type InlineHandler = (element: Element, walk: Walk) => InlineNode[];

const mark =
  (type: 'strong' | 'em'): InlineHandler =>
  (element, walk) => [{ type, children: inlineNodes(element.children, walk) }];

const code: InlineHandler = (element) => [{ type: 'code', text: textOf(element.children) }];

const link: InlineHandler = (element, walk) => {
  const children = inlineNodes(element.children, walk);
  const raw = attribute(element, 'href')?.trim();
  // Without an address it is an anchor (`<a id>`, `<a name>`), not a link.
  if (!raw) return children;
  const href = safeHref(raw);
  if (!href) {
    report(walk, `a ${scheme(raw)}: link is not safe; its text is kept without the link`);
    return children;
  }
  const title = attribute(element, 'title')?.trim();
  return [{ type: 'link', href, children, ...(title ? { title } : {}) }];
};

/** Images and frames are blocks; inside running text there is no place for them. */
function cannotShow(what: string): InlineHandler {
  return (_, walk) => {
    report(walk, `${what} inside a list item, table cell, heading, quote or box cannot be shown there; it is left out`);
    return [];
  };
}

const INLINE: Record<string, InlineHandler> = {
  strong: mark('strong'),
  b: mark('strong'),
  em: mark('em'),
  i: mark('em'),
  code,
  kbd: code,
  samp: code,
  a: link,
  br: () => [' '],
  img: cannotShow('an image'),
  iframe: cannotShow('an embed'),
};

/** The scheme of an address as a browser reads it, which ignores tabs, newlines and control characters. */
export function scheme(href: string): string {
  const visible = [...href].filter((char) => char > ' ').join('');
  const end = visible.indexOf(':');
  return (end < 0 ? visible : visible.slice(0, end)).toLowerCase();
}

/** Inline nodes as they come, whitespace not yet collapsed. */
function inlineNodes(nodes: readonly RootContent[], walk: Walk): InlineNode[] {
  return nodes.flatMap((node): InlineNode[] => {
    if (node.type === 'text') return [node.value];
    if (node.type !== 'element') return [];
    const handler = Object.hasOwn(INLINE, node.tagName) ? INLINE[node.tagName] : undefined;
    if (handler) return handler(node, walk);
    const children = inlineNodes(node.children, walk);
    // A paragraph inside a list item is its own line: its words must not run into the next one's.
    return BLOCK_LEVEL.has(node.tagName) ? [' ', ...children, ' '] : children;
  });
}

/** The text of nodes exactly as written, for code. */
export function textOf(nodes: readonly RootContent[], lineBreak = ' '): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return node.value;
      if (node.type !== 'element') return '';
      return node.tagName === 'br' ? lineBreak : textOf(node.children, lineBreak);
    })
    .join('');
}

// The whitespace a browser collapses: ASCII only, a no-break space stays.
const WHITESPACE = /[ \t\n\f\r]+/g;

/**
 * Collapses whitespace as a browser lays out normal text: every run becomes one space, none at
 * the start or end, none right after another across element boundaries. Adjacent text is joined
 * and elements left empty are dropped.
 */
function collapse(nodes: readonly InlineNode[]): InlineNode[] {
  let afterSpace = true;
  const squeeze = (raw: string) => {
    let text = raw.replace(WHITESPACE, ' ');
    if (afterSpace && text.startsWith(' ')) text = text.slice(1);
    if (text) afterSpace = text.endsWith(' ');
    return text;
  };
  const walk = (list: readonly InlineNode[]): InlineNode[] => {
    const out: InlineNode[] = [];
    for (const node of list) {
      if (typeof node === 'string') {
        const text = squeeze(node);
        const last = out.at(-1);
        if (typeof last === 'string') out[out.length - 1] = last + text;
        else if (text) out.push(text);
      } else if (node.type === 'code') {
        const text = squeeze(node.text);
        if (text) out.push({ ...node, text });
      } else {
        const children = walk(node.children);
        if (children.length) out.push({ ...node, children });
      }
    }
    return out;
  };
  return trimEnd(walk(nodes));
}

/** Drops the space at the very end, which may sit deep inside the last element. */
function trimEnd(nodes: InlineNode[]): InlineNode[] {
  const last = nodes.at(-1);
  if (last === undefined) return nodes;
  const rest = nodes.slice(0, -1);
  if (typeof last === 'string') {
    const text = last.endsWith(' ') ? last.slice(0, -1) : last;
    return text ? [...rest, text] : rest;
  }
  if (last.type === 'code') {
    const text = last.text.endsWith(' ') ? last.text.slice(0, -1) : last.text;
    return text ? [...rest, { ...last, text }] : rest;
  }
  const children = trimEnd(last.children);
  // A mark that held only the space goes; its trailing space may then sit before it.
  return children.length ? [...rest, { ...last, children }] : trimEnd(rest);
}

/** Running text as the article's inline content, whitespace collapsed as a browser would. */
export function inlineContent(nodes: readonly RootContent[], walk: Walk): InlineNode[] {
  return collapse(inlineNodes(nodes, walk));
}

/** Running text as plain text, for headings, captions and quotes. */
export function plainText(nodes: readonly RootContent[], walk: Walk): string {
  return inlineText(inlineContent(nodes, walk));
}

/** True when the content shows any words. */
export function hasText(nodes: readonly InlineNode[]): boolean {
  return inlineText(nodes).trim() !== '';
}
