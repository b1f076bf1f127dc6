// The building blocks of validation: each rule checks one value and says, in the words of its
// message, what was expected. A block type's fields (src/blocks/<type>/<type>.ts) are a table of
// these rules; `validateArticle` walks the article with them.
import { safeHref } from '../internal/url';
import { MAX_DEPTH, isObject } from '../schema/validateArticleShape';
import type { InlineNode } from '../schema/types';

export type Json = Record<string, unknown>;

/** What one call of `validateArticle` carries through its checks. */
export interface Context {
  problems: string[];
  /** The block types the host renders, when it named them. */
  customTypes?: Set<string> | undefined;
}

/**
 * Checks the value found at `path`: returns what is kept of it, or undefined when nothing is
 * (after reporting why, unless an optional value is simply missing).
 */
export type Rule = (value: unknown, path: string, ctx: Context) => unknown;

/**
 * The fields of an object: those it cannot do without, all checked so that each problem is
 * reported, then, only when all of them passed, the others. Fields not named are dropped.
 */
export type Fields = readonly [required: Record<string, Rule>, optional?: Record<string, Rule>];

export const UNREADABLE = Symbol('unreadable');

/** A property, or UNREADABLE when reading it throws (a getter or a proxy trap). */
export function read(object: Json, key: string): unknown {
  try {
    return object[key];
  } catch {
    return UNREADABLE;
  }
}

/** Reports the value at `path` as not what is `expected`. Returns undefined: nothing is kept. */
export function fail(ctx: Context, value: unknown, path: string, expected: string): undefined {
  ctx.problems.push(`${path} ${value === UNREADABLE ? 'could not be read' : expected}`);
  return undefined;
}

/**
 * Checks an object against `fields` and copies what is kept into `base` (which holds what is
 * there anyway: a block's type, the article's empty title and blocks). With `ids`, an `id`
 * already used by an earlier object of the same list is reported and dropped.
 */
export function record(
  value: unknown,
  path: string,
  ctx: Context,
  [required, optional = {}]: Fields,
  base: object = {},
  ids?: Map<string, string>,
): Json | undefined {
  if (!isObject(value)) return fail(ctx, value, path, 'must be an object');
  const into = base as Json;
  const take = (rules: Record<string, Rule>) =>
    Object.entries(rules).map(([key, rule]) => {
      const kept = rule(read(value, key), `${path}.${key}`, ctx);
      if (kept !== undefined) into[key] = kept;
      return kept;
    });
  if (take(required).includes(undefined)) return undefined;
  take(optional);
  const id = into.id;
  if (ids && typeof id === 'string') {
    const first = ids.get(id.trim());
    // A repeated id would make two headings or questions answer the same #link.
    if (first) {
      fail(ctx, id, `${path}.id`, `${quote(id)} is already used by ${first}`);
      delete into.id;
    } else ids.set(id.trim(), path);
  }
  return into;
}

/** An array checked item by item: keeps what `check` returns for each item, spreading arrays. */
export function list(value: unknown, path: string, ctx: Context, check: (item: unknown, at: string) => unknown) {
  return Array.isArray(value)
    ? value.flatMap((item: unknown, index) => check(item, `${path}[${index}]`) ?? [])
    : fail(ctx, value, path, 'must be an array');
}

/** A text for a message: quoted, and cut when long. */
export function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

/** A rule that keeps a value passing `test` as it is. */
export const is =
  (test: (value: unknown) => unknown, expected: string): Rule =>
  (value, path, ctx) =>
    test(value) ? value : fail(ctx, value, path, expected);

/** The rule for a field that may be left out. */
export const optional =
  (rule: Rule): Rule =>
  (value, path, ctx) =>
    value === undefined ? undefined : rule(value, path, ctx);

export const string: Rule = is((value) => typeof value === 'string', 'must be a string');

/** A string that also passes `test`. */
export const stringThat =
  (test: (text: string) => unknown, expected: string): Rule =>
  (value, path, ctx) =>
    typeof value === 'string' && !test(value) ? fail(ctx, value, path, expected) : string(value, path, ctx);

/** A string with words in it. */
export const text: Rule = stringThat((value) => value.trim(), 'must not be empty');
export const optionalString: Rule = optional(string);
export const optionalText: Rule = optional(text);
export const boolean: Rule = is((value) => typeof value === 'boolean', 'must be true or false');
/** One of the given values. */
export const oneOf = (...values: readonly unknown[]): Rule =>
  is(
    (value) => values.includes(value),
    `must be ${values
      .map((v) => JSON.stringify(v))
      .join(', ')
      .replace(/, ([^,]*)$/, ' or $1')}`,
  );

export const URL_RULE = 'must be an http(s), mailto, tel or relative URL';
export const url: Rule = (value, path, ctx) => safeHref(value) ?? fail(ctx, value, path, URL_RULE);
/** An address to load a file from: http(s) or relative, not mailto or tel. */
export const source: Rule = (value, path, ctx) => {
  const src = safeHref(value);
  return src && !/^(mailto|tel):/i.test(src) ? src : fail(ctx, value, path, 'must be an http(s) or relative URL');
};
export const pixels: Rule = optional(
  is((value) => Number.isFinite(value) && (value as number) > 0, 'must be a positive number of pixels'),
);
/** An object with the given fields. */
export const object =
  (fields: Fields): Rule =>
  (value, path, ctx) =>
    record(value, path, ctx, fields);

const INLINE = 'must be a string or an inline node (strong, em, code, link)';

/**
 * Rich inline content with every node checked. A link to an unsafe URL is unwrapped: its words
 * stay, the link goes.
 */
function inline(nodes: unknown, path: string, ctx: Context, depth: number): InlineNode[] | undefined {
  return list(nodes, path, ctx, (node, at) => {
    if (typeof node === 'string') return node;
    if (!isObject(node)) return fail(ctx, node, at, INLINE);
    if (depth >= MAX_DEPTH) return fail(ctx, node, at, `is nested more than ${MAX_DEPTH} levels deep`);
    const type = read(node, 'type');
    if (type === 'code') return record(node, at, ctx, [{ text }], { type });
    if (type !== 'strong' && type !== 'em' && type !== 'link') {
      fail(ctx, type, `${at}.type`, 'must be one of strong, em, code, link');
      // Its words stay, without the mark, as the renderer shows them.
      const words = read(node, 'children');
      return Array.isArray(words) ? inline(words, `${at}.children`, { problems: [] }, depth + 1) : undefined;
    }
    const children = inline(read(node, 'children'), `${at}.children`, ctx, depth + 1);
    if (!children || type !== 'link') return children && { type, children };
    return record(node, at, ctx, LINK, { type, href: '', children }) ?? children;
  }) as InlineNode[] | undefined;
}

const LINK: Fields = [
  {
    href: (value, path, ctx) =>
      safeHref(value) ?? fail(ctx, value, path, `${URL_RULE}; the link's text is kept without the link`),
  },
  { title: optionalString },
];

function hasText(nodes: readonly InlineNode[]): boolean {
  return nodes.some((node) =>
    typeof node === 'string'
      ? node.trim() !== ''
      : node.type === 'code'
        ? node.text.trim() !== ''
        : hasText(node.children),
  );
}

/** Rich inline content that holds some text. */
export const content: Rule = (value, path, ctx) => {
  const nodes = inline(value, path, ctx, 0);
  return nodes && (hasText(nodes) ? nodes : fail(ctx, value, path, 'must hold some text'));
};

/** Plain text or rich inline content, such as a list item. */
export const textOrContent: Rule = (value, path, ctx) =>
  Array.isArray(value) ? content(value, path, ctx) : text(value, path, ctx);

/** An item for `list`, which spreads arrays: an item that is an array itself (rich content) is kept whole. */
export const keepItem = (item: unknown): unknown => (Array.isArray(item) ? [item] : item);

/** A list of at least one item, each checked by `rule`. */
export const nonEmptyList =
  (rule: Rule): Rule =>
  (value, path, ctx) => {
    const kept = list(value, path, ctx, (item, at) => keepItem(rule(item, at, ctx)));
    return kept && (kept.length ? kept : fail(ctx, value, path, 'must hold at least one item'));
  };
