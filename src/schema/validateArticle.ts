import { BLOCK_CHECKS } from '../blocks/checks';
import {
  fail,
  is,
  list,
  object,
  optional,
  optionalString,
  optionalText,
  quote,
  read,
  record,
  stringThat,
  text,
  url,
  type Fields,
  type Rule,
} from '../blocks/rules';
import { parseArticleDate } from './date';
import { hasNodeContent, isObject, isRenderable } from './validateArticleShape';
import type { Article } from './types';

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

const blocks: Rule = (value, path, ctx) => {
  const ids = new Map<string, string>();
  let newsletterAt: string | undefined;
  return list(value, path, ctx, (block, at) => {
    if (!isObject(block)) return fail(ctx, block, at, 'must be an object');
    const type = read(block, 'type');
    if (typeof type !== 'string') return fail(ctx, type, `${at}.type`, 'must be a string');
    if (type === 'newsletter') {
      // One signup box per article: a second one would repeat the form and its ids.
      if (newsletterAt)
        return fail(ctx, type, at, `is a second newsletter block (the first is ${newsletterAt}); it is left out`);
      newsletterAt = at;
    }
    const check = Object.hasOwn(BLOCK_CHECKS, type) ? BLOCK_CHECKS[type] : undefined;
    if (typeof check === 'function') return check(block, at, ctx);
    if (check) return record(block, at, ctx, check, { type }, ids);
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
const date = optional(stringThat(parseArticleDate, 'must be an ISO 8601 date, like 2025-11-28'));
const author = object([{ name: text }, { url: optional(url) }]);

const ARTICLE: Fields = [
  {},
  {
    title: text,
    lead: optionalString,
    publishedAt: date,
    updatedAt: date,
    author: optional(author),
    authors: optional((value, path, ctx) => list(value, path, ctx, (item, at) => author(item, at, ctx))),
    section: optionalText,
    breadcrumbs: optional((value, path, ctx) =>
      list(value, path, ctx, (item, at) => record(item, at, ctx, [{ href: url, title: text }])),
    ),
    blocks,
    faq: optional(faq),
    prev: nav,
    next: nav,
  },
];
