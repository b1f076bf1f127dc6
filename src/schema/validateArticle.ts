import { safeHref } from '../internal/url';
import { parseArticleDate } from './date';
import { MAX_DEPTH, hasNodeContent, isObject, isRenderable } from './validateArticleShape';
import type { Article, InlineNode } from './types';

/** What {@link validateArticle} found. */
export interface ArticleValidation {
  /**
   * The article with only the parts that can be rendered: invalid blocks, FAQ items and links
   * are left out, invalid optional fields are removed, unsafe link targets are unwrapped to
   * their text. Always has a `title` (possibly empty) and a `blocks` array.
   */
  article: Article;
  /**
   * One sentence per problem, naming the field by its path, e.g.
   * `article.blocks[3].text must be a string`. Empty when the data is valid.
   */
  problems: string[];
}

/** Options of {@link validateArticle}. */
export interface ValidateArticleOptions {
  /**
   * Block types the host renders itself (the keys of `ArticleBody`'s `components`). When given,
   * blocks of any other unknown type are reported and left out; when omitted, blocks of unknown
   * types are kept as they are, for whoever renders them.
   */
  customTypes?: readonly string[];
  /**
   * Name of the article at the start of every path.
   * @default 'article'
   */
  path?: string;
}

/**
 * Checks an `Article` from a CMS or an API at runtime, without any schema library, and returns
 * the part of it that can be rendered together with a readable list of problems. Never throws,
 * whatever it is given (wrong types, `null`s, throwing getters, cycles). In development
 * `ArticleLayout` calls it on every render, renders the sanitised article and warns with the
 * problems; production builds of the layout leave it out and rely on `articleShape`.
 *
 * @example
 * const { article, problems } = validateArticle(await response.json());
 * if (problems.length) log.warn(problems.join('\n'));
 */
export function validateArticle(input: unknown, options: ValidateArticleOptions = {}): ArticleValidation {
  const problems: string[] = [];
  const root = typeof options.path === 'string' ? options.path : 'article';
  const article: Article = { title: '', blocks: [] };
  try {
    const types = options.customTypes;
    record(input, root, { problems, customTypes: Array.isArray(types) ? new Set(types) : undefined }, ARTICLE, article);
    return { article, problems };
  } catch {
    // Only hostile data gets here, e.g. an array whose items throw when read.
    problems.push(`${root} could not be read completely; nothing of it is rendered`);
    return { article: { title: '', blocks: [] }, problems };
  }
}

type Json = Record<string, unknown>;

/** What one call of {@link validateArticle} carries through its checks. */
interface Context {
  problems: string[];
  /** The block types the host renders, when it named them. */
  customTypes?: Set<string> | undefined;
}

/**
 * Checks the value found at `path`: returns what is kept of it, or undefined when nothing is
 * (after reporting why, unless an optional value is simply missing).
 */
type Rule = (value: unknown, path: string, ctx: Context) => unknown;

/**
 * The fields of an object: those it cannot do without, all checked so that each problem is
 * reported, then, only when all of them passed, the others. Fields not named are dropped.
 */
type Fields = readonly [required: Record<string, Rule>, optional?: Record<string, Rule>];

const UNREADABLE = Symbol('unreadable');

/** A property, or UNREADABLE when reading it throws (a getter or a proxy trap). */
function read(object: Json, key: string): unknown {
  try {
    return object[key];
  } catch {
    return UNREADABLE;
  }
}

/** Reports the value at `path` as not what is `expected`. Returns undefined: nothing is kept. */
function fail(ctx: Context, value: unknown, path: string, expected: string): undefined {
  ctx.problems.push(`${path} ${value === UNREADABLE ? 'could not be read' : expected}`);
  return undefined;
}

/**
 * Checks an object against `fields` and copies what is kept into `base` (which holds what is
 * there anyway: a block's type, the article's empty title and blocks). With `ids`, an `id`
 * already used by an earlier object of the same list is reported and dropped.
 */
function record(
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
function list(value: unknown, path: string, ctx: Context, check: (item: unknown, at: string) => unknown) {
  return Array.isArray(value)
    ? value.flatMap((item: unknown, index) => check(item, `${path}[${index}]`) ?? [])
    : fail(ctx, value, path, 'must be an array');
}

function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

// The rules, each a check of one value with the words of its message, and from them the tables
// that describe an article: its fields, the fields of each block type, of an FAQ item, of a link.

/** A rule that keeps a value passing `test` as it is. */
const is =
  (test: (value: unknown) => unknown, expected: string): Rule =>
  (value, path, ctx) =>
    test(value) ? value : fail(ctx, value, path, expected);

/** The rule for a field that may be left out. */
const optional =
  (rule: Rule): Rule =>
  (value, path, ctx) =>
    value === undefined ? undefined : rule(value, path, ctx);

const string = is((value) => typeof value === 'string', 'must be a string');

/** A string that also passes `test`. */
const stringThat =
  (test: (text: string) => unknown, expected: string): Rule =>
  (value, path, ctx) =>
    typeof value === 'string' && !test(value) ? fail(ctx, value, path, expected) : string(value, path, ctx);

const text = stringThat((value) => value.trim(), 'must not be empty');
const optionalString = optional(string);
const optionalText = optional(text);
const URL_RULE = 'must be an http(s), mailto, tel or relative URL';
const url: Rule = (value, path, ctx) => safeHref(value) ?? fail(ctx, value, path, URL_RULE);
const pixels = optional(
  is((value) => Number.isFinite(value) && (value as number) > 0, 'must be a positive number of pixels'),
);
const object =
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
      return fail(ctx, type, `${at}.type`, 'must be one of strong, em, code, link');
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

const content: Rule = (value, path, ctx) => {
  const nodes = inline(value, path, ctx, 0);
  return nodes && (hasText(nodes) ? nodes : fail(ctx, value, path, 'must hold some text'));
};

const items: Rule = (value, path, ctx) => {
  const kept = list(value, path, ctx, (item, at) => text(item, at, ctx));
  return kept && (kept.length ? kept : fail(ctx, value, path, 'must hold at least one item'));
};

const BLOCKS: Record<string, Fields> = {
  heading: [
    { text },
    {
      level: optional(is((value) => value === 2 || value === 3 || value === 4, 'must be 2, 3 or 4')),
      id: optionalText,
    },
  ],
  paragraph: [{ text }],
  list: [{ items }, { ordered: optional(is((value) => typeof value === 'boolean', 'must be true or false')) }],
  quote: [{ text }, { cite: optionalString }],
  image: [
    {
      src: (value, path, ctx) => {
        const src = safeHref(value);
        return src && !/^(mailto|tel):/i.test(src) ? src : fail(ctx, value, path, 'must be an http(s) or relative URL');
      },
    },
    {
      alt: (value, path, ctx) =>
        typeof value === 'string'
          ? value
          : (fail(ctx, value, path, 'must be a string (use "" for a purely decorative image)') ?? ''),
      caption: optionalString,
      width: pixels,
      height: pixels,
    },
  ],
  newsletter: [{}],
};

const blocks: Rule = (value, path, ctx) => {
  const ids = new Map<string, string>();
  let newsletterAt: string | undefined;
  return list(value, path, ctx, (block, at) => {
    if (!isObject(block)) return fail(ctx, block, at, 'must be an object');
    const type = read(block, 'type');
    if (typeof type !== 'string') return fail(ctx, type, `${at}.type`, 'must be a string');
    if (type === 'paragraph' && read(block, 'content') !== undefined) {
      // Rich content, or else its plain text, if it has one, without a word about that text.
      return (
        record(block, at, ctx, [{ content }, { text: optionalString }], { type }) ??
        record(block, at, { problems: [] }, [{ text }], { type })
      );
    }
    if (type === 'newsletter') {
      // One signup box per article: a second one would repeat the form and its ids.
      if (newsletterAt)
        return fail(ctx, type, at, `is a second newsletter block (the first is ${newsletterAt}); it is left out`);
      newsletterAt = at;
    }
    const fields = Object.hasOwn(BLOCKS, type) ? BLOCKS[type] : undefined;
    if (fields) return record(block, at, ctx, fields, { type }, ids);
    if (ctx.customTypes && !ctx.customTypes.has(type)) {
      return fail(
        ctx,
        type,
        `${at}.type`,
        `${quote(type)} is not a known block type and has no renderer in components`,
      );
    }
    return { ...block, type };
  });
};

const faq: Rule = (value, path, ctx) => {
  const ids = new Map<string, string>();
  return list(value, path, ctx, (item, at) => record(item, at, ctx, FAQ_ITEM, {}, ids));
};

const FAQ_ITEM: Fields = [
  {
    question: text,
    answer: is((value) => isRenderable(value, 0) && hasNodeContent(value, 0), 'must be text or React elements'),
  },
  { id: optionalText },
];

const nav = optional(object([{ href: url, title: text }]));

const ARTICLE: Fields = [
  {},
  {
    title: text,
    lead: optionalString,
    publishedAt: optional(stringThat(parseArticleDate, 'must be an ISO 8601 date, like 2025-11-28')),
    author: optional(object([{ name: text }, { url: optional(url) }])),
    blocks,
    faq: optional(faq),
    prev: nav,
    next: nav,
  },
];
