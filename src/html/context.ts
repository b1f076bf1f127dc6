// What every step of the HTML walk shares: where problems are collected, the title once found, and
// small readers of hast elements, so that the steps read as what they map rather than how.
import type { Element, ElementContent, RootContent } from 'hast';

/** The state of one walk over a parsed document. */
export interface Walk {
  /** One sentence per problem, in the order met. */
  problems: string[];
  /** Messages already given: a page with fifty scripts gets one sentence about scripts. */
  said: Set<string>;
  /** The article title, once the first `<h1>` gave one. */
  title?: string;
}

/** A walk that has met nothing yet. */
export function newWalk(): Walk {
  return { problems: [], said: new Set() };
}

/** Adds a problem, unless the same sentence was already given. */
export function report(walk: Walk, message: string): void {
  if (walk.said.has(message)) return;
  walk.said.add(message);
  walk.problems.push(message);
}

/**
 * Elements that end a run of text: around them a paragraph ends, and inside running text (a list
 * item, a table cell) they stand apart from their neighbours by a space. `img`, `iframe` and
 * `picture` are here because they become blocks of their own.
 */
export const BLOCK_LEVEL: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'iframe',
  'img',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'picture',
  'pre',
  'search',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** True for an element (not text, a comment or a doctype). */
export function isElement(node: RootContent | undefined): node is Element {
  return node?.type === 'element';
}

/** True when the element is one of the named ones. */
export function hasTag(element: Element, ...tags: string[]): boolean {
  return tags.includes(element.tagName);
}

/** The element children of an element. */
export function elements(parent: Element): Element[] {
  return parent.children.filter((child) => isElement(child));
}

/** Every element below `parent` that passes `test`, in document order, without looking inside a match. */
export function findAll(parent: Element, test: (element: Element) => boolean): Element[] {
  return elements(parent).flatMap((child) => (test(child) ? [child] : findAll(child, test)));
}

/** The first element below `parent` that passes `test`, in document order. */
export function find(parent: Element, test: (element: Element) => boolean): Element | undefined {
  for (const child of elements(parent)) {
    const found = test(child) ? child : find(child, test);
    if (found) return found;
  }
  return undefined;
}

/** An attribute as text (hast keeps numbers as numbers and class names as lists). */
export function attribute(element: Element, name: string): string | undefined {
  const value = element.properties[name];
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.join(' ');
  return undefined;
}

/** An attribute that is a positive whole number of pixels, such as an image's `width`. */
export function pixels(element: Element, name: string): number | undefined {
  const value = element.properties[name];
  return typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : undefined;
}

/** The element's class names. */
export function classes(element: Element): string[] {
  const value = element.properties.className;
  return Array.isArray(value) ? value.map(String) : [];
}

/** The nodes without the elements that pass `test`, at any depth; the tree itself is left as it is. */
export function without(nodes: readonly ElementContent[], test: (element: Element) => boolean): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    if (node.type !== 'element') return [node];
    return test(node) ? [] : [{ ...node, children: without(node.children, test) }];
  });
}

/** Quotes a value from the input for a problem sentence, shortened so that a sentence stays one. */
export function quote(text: string): string {
  return JSON.stringify(text.length > 60 ? `${text.slice(0, 60)}…` : text);
}

/** "a" or "an" before a tag or attribute name, as it is read aloud. */
export function indefinite(name: string): string {
  return /^[aeio]/i.test(name) ? 'an' : 'a';
}

/** The object without its undefined fields, so that a block carries only what the HTML gave. */
export function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
