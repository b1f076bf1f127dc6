import { safeHref } from '../internal/url';
import { parseArticleDate } from './date';
import { MAX_DEPTH, hasNodeContent, isObject, isRenderable } from './validateArticleShape';
import type {
  Article,
  ArticleAuthor,
  ArticleBlock,
  CustomBlock,
  FaqItem,
  HeadingBlock,
  ImageBlock,
  InlineNode,
  ListBlock,
  NavLink,
  ParagraphBlock,
  QuoteBlock,
} from './types';

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

const URL_RULE = 'must be an http(s), mailto, tel or relative URL';
const INLINE_TYPES = 'a string or an inline node (strong, em, code, link)';
const UNREADABLE = Symbol('unreadable');

type Report = (message: string) => void;
type Json = Record<string, unknown>;

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
  try {
    return check(input, root, options.customTypes, problems);
  } catch {
    // Only hostile data gets here, e.g. an array whose items throw when read.
    problems.push(`${root} could not be read completely; nothing of it is rendered`);
    return { article: { title: '', blocks: [] }, problems };
  }
}

function check(
  input: unknown,
  root: string,
  types: readonly string[] | undefined,
  problems: string[],
): ArticleValidation {
  const report: Report = (message) => problems.push(message);
  const customTypes = Array.isArray(types) ? new Set(types) : undefined;

  if (!isObject(input)) {
    report(`${root} must be an object`);
    return { article: { title: '', blocks: [] }, problems };
  }

  const article: Article = { title: requiredText(input, 'title', root, report) ?? '', blocks: [] };
  const lead = optionalText(input, 'lead', root, report);
  if (lead !== undefined) article.lead = lead;

  const publishedAt = optionalText(input, 'publishedAt', root, report);
  if (publishedAt !== undefined) {
    if (parseArticleDate(publishedAt)) article.publishedAt = publishedAt;
    else report(`${root}.publishedAt must be an ISO 8601 date, like 2025-11-28`);
  }

  const author = read(input, 'author');
  if (author !== undefined) {
    const checked = checkAuthor(author, `${root}.author`, report);
    if (checked) article.author = checked;
  }

  const blocks = read(input, 'blocks');
  if (Array.isArray(blocks)) article.blocks = checkBlocks(blocks, `${root}.blocks`, customTypes, report);
  else report(`${root}.blocks must be an array`);

  const faq = read(input, 'faq');
  if (faq !== undefined) {
    if (Array.isArray(faq)) article.faq = checkFaq(faq, `${root}.faq`, report);
    else report(`${root}.faq must be an array`);
  }

  for (const side of ['prev', 'next'] as const) {
    const link = read(input, side);
    if (link === undefined) continue;
    const checked = checkNavLink(link, `${root}.${side}`, report);
    if (checked) article[side] = checked;
  }

  return { article, problems };
}

/** A property, or UNREADABLE when reading it throws (a getter or a proxy trap). */
function read(object: Json, key: string): unknown {
  try {
    return object[key];
  } catch {
    return UNREADABLE;
  }
}

function describe(value: unknown, rule: string, path: string): string {
  return value === UNREADABLE ? `${path} could not be read` : `${path} ${rule}`;
}

function requiredText(object: Json, key: string, path: string, report: Report): string | undefined {
  const value = read(object, key);
  if (typeof value !== 'string') {
    report(describe(value, 'must be a string', `${path}.${key}`));
    return undefined;
  }
  if (!value.trim()) {
    report(`${path}.${key} must not be empty`);
    return undefined;
  }
  return value;
}

/** An optional string field: undefined when missing; reported and dropped when of another type. */
function optionalText(object: Json, key: string, path: string, report: Report): string | undefined {
  const value = read(object, key);
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  report(describe(value, 'must be a string', `${path}.${key}`));
  return undefined;
}

function optionalUrl(object: Json, key: string, path: string, report: Report): string | undefined {
  const value = read(object, key);
  if (value === undefined) return undefined;
  const url = safeHref(value);
  if (!url) report(describe(value, URL_RULE, `${path}.${key}`));
  return url;
}

function checkAuthor(value: unknown, path: string, report: Report): ArticleAuthor | undefined {
  if (!isObject(value)) {
    report(describe(value, 'must be an object with a name', path));
    return undefined;
  }
  const name = requiredText(value, 'name', path, report);
  if (name === undefined) return undefined;
  const url = optionalUrl(value, 'url', path, report);
  return url === undefined ? { name } : { name, url };
}

function checkNavLink(value: unknown, path: string, report: Report): NavLink | undefined {
  if (!isObject(value)) {
    report(describe(value, 'must be an object with href and title', path));
    return undefined;
  }
  const rawHref = read(value, 'href');
  const href = safeHref(rawHref);
  if (!href) report(describe(rawHref, URL_RULE, `${path}.href`));
  const title = requiredText(value, 'title', path, report);
  return href && title !== undefined ? { href, title } : undefined;
}

function checkBlocks(
  blocks: readonly unknown[],
  path: string,
  customTypes: Set<string> | undefined,
  report: Report,
): (ArticleBlock | CustomBlock)[] {
  const out: (ArticleBlock | CustomBlock)[] = [];
  const headingIds = new Map<string, string>();
  let newsletterAt: string | undefined;
  blocks.forEach((block, index) => {
    const at = `${path}[${index}]`;
    if (!isObject(block)) {
      report(describe(block, 'must be an object with a type', at));
      return;
    }
    const type = read(block, 'type');
    if (typeof type !== 'string') {
      report(describe(type, 'must be a string', `${at}.type`));
      return;
    }
    let checked: ArticleBlock | CustomBlock | undefined;
    switch (type) {
      case 'heading':
        checked = checkHeading(block, at, headingIds, report);
        break;
      case 'paragraph':
        checked = checkParagraph(block, at, report);
        break;
      case 'list':
        checked = checkList(block, at, report);
        break;
      case 'quote':
        checked = checkQuote(block, at, report);
        break;
      case 'image':
        checked = checkImage(block, at, report);
        break;
      case 'newsletter':
        // One signup box per article: a second one would repeat the form and its ids.
        if (newsletterAt) report(`${at} is a second newsletter block (the first is ${newsletterAt}); it is left out`);
        else {
          newsletterAt = at;
          checked = { type: 'newsletter' };
        }
        break;
      default:
        if (customTypes && !customTypes.has(type)) {
          report(`${at}.type ${quote(type)} is not a known block type and has no renderer in components`);
        } else {
          checked = { ...block, type };
        }
    }
    if (checked) out.push(checked);
  });
  return out;
}

function quote(text: string): string {
  return JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);
}

function checkHeading(block: Json, at: string, ids: Map<string, string>, report: Report): HeadingBlock | undefined {
  const text = requiredText(block, 'text', at, report);
  if (text === undefined) return undefined;
  const heading: HeadingBlock = { type: 'heading', text };
  const level = read(block, 'level');
  if (level === 2 || level === 3 || level === 4) heading.level = level;
  else if (level !== undefined) report(describe(level, 'must be 2, 3 or 4', `${at}.level`));
  const id = read(block, 'id');
  if (typeof id === 'string' && id.trim()) {
    const first = ids.get(id.trim());
    // A repeated id would make two headings answer the same #link.
    if (first) report(`${at}.id ${quote(id)} is already used by ${first}`);
    else {
      ids.set(id.trim(), at);
      heading.id = id;
    }
  } else if (id !== undefined) report(describe(id, 'must be a non-empty string', `${at}.id`));
  return heading;
}

function checkParagraph(block: Json, at: string, report: Report): ParagraphBlock | undefined {
  const content = read(block, 'content');
  const text = read(block, 'text');
  if (content !== undefined) {
    if (Array.isArray(content)) {
      const nodes = checkInline(content, `${at}.content`, 0, report);
      if (hasText(nodes)) {
        if (typeof text === 'string') return { type: 'paragraph', content: nodes, text };
        if (text !== undefined) report(describe(text, 'must be a string', `${at}.text`));
        return { type: 'paragraph', content: nodes };
      }
      report(`${at}.content must hold some text`);
    } else {
      report(describe(content, `must be an array of ${INLINE_TYPES}`, `${at}.content`));
    }
    if (typeof text === 'string' && text.trim()) return { type: 'paragraph', text };
    return undefined;
  }
  const plain = requiredText(block, 'text', at, report);
  return plain === undefined ? undefined : { type: 'paragraph', text: plain };
}

function hasText(nodes: readonly InlineNode[]): boolean {
  return nodes.some((node) =>
    typeof node === 'string'
      ? node.trim() !== ''
      : node.type === 'code'
        ? node.text.trim() !== ''
        : hasText(node.children),
  );
}

/**
 * Rich inline content with every node checked. A link to an unsafe URL is unwrapped: its words
 * stay, the link goes.
 */
function checkInline(nodes: readonly unknown[], path: string, depth: number, report: Report): InlineNode[] {
  const out: InlineNode[] = [];
  nodes.forEach((node, index) => {
    const at = `${path}[${index}]`;
    if (typeof node === 'string') {
      out.push(node);
      return;
    }
    if (!isObject(node)) {
      report(describe(node, `must be ${INLINE_TYPES}`, at));
      return;
    }
    if (depth >= MAX_DEPTH) {
      report(`${at} is nested more than ${MAX_DEPTH} levels deep`);
      return;
    }
    const type = read(node, 'type');
    if (type === 'code') {
      const text = requiredText(node, 'text', at, report);
      if (text !== undefined) out.push({ type: 'code', text });
      return;
    }
    if (type !== 'strong' && type !== 'em' && type !== 'link') {
      report(describe(type, 'must be one of strong, em, code, link', `${at}.type`));
      return;
    }
    const rawChildren = read(node, 'children');
    if (!Array.isArray(rawChildren)) {
      report(describe(rawChildren, `must be an array of ${INLINE_TYPES}`, `${at}.children`));
      return;
    }
    const children = checkInline(rawChildren, `${at}.children`, depth + 1, report);
    if (type !== 'link') {
      out.push({ type, children });
      return;
    }
    const rawHref = read(node, 'href');
    const href = safeHref(rawHref);
    if (!href) {
      report(describe(rawHref, `${URL_RULE}; the link's text is kept without the link`, `${at}.href`));
      out.push(...children);
      return;
    }
    const title = optionalText(node, 'title', at, report);
    out.push(title === undefined ? { type: 'link', href, children } : { type: 'link', href, children, title });
  });
  return out;
}

function checkList(block: Json, at: string, report: Report): ListBlock | undefined {
  const rawItems = read(block, 'items');
  if (!Array.isArray(rawItems)) {
    report(describe(rawItems, 'must be an array of strings', `${at}.items`));
    return undefined;
  }
  const items: string[] = [];
  rawItems.forEach((item, index) => {
    if (typeof item !== 'string') report(describe(item, 'must be a string', `${at}.items[${index}]`));
    else if (!item.trim()) report(`${at}.items[${index}] must not be empty`);
    else items.push(item);
  });
  if (!items.length) {
    report(`${at}.items must hold at least one item`);
    return undefined;
  }
  const list: ListBlock = { type: 'list', items };
  const ordered = read(block, 'ordered');
  if (typeof ordered === 'boolean') list.ordered = ordered;
  else if (ordered !== undefined) report(describe(ordered, 'must be true or false', `${at}.ordered`));
  return list;
}

function checkQuote(block: Json, at: string, report: Report): QuoteBlock | undefined {
  const text = requiredText(block, 'text', at, report);
  if (text === undefined) return undefined;
  const cite = optionalText(block, 'cite', at, report);
  return cite === undefined ? { type: 'quote', text } : { type: 'quote', text, cite };
}

function checkImage(block: Json, at: string, report: Report): ImageBlock | undefined {
  const rawSrc = read(block, 'src');
  const src = safeHref(rawSrc);
  if (!src || /^(mailto|tel):/i.test(src)) {
    report(describe(rawSrc, 'must be an http(s) or relative URL', `${at}.src`));
    return undefined;
  }
  const alt = read(block, 'alt');
  const image: ImageBlock = { type: 'image', src, alt: typeof alt === 'string' ? alt : '' };
  if (typeof alt !== 'string') {
    report(describe(alt, 'must be a string (use "" for a purely decorative image)', `${at}.alt`));
  }
  const caption = optionalText(block, 'caption', at, report);
  if (caption !== undefined) image.caption = caption;
  for (const key of ['width', 'height'] as const) {
    const size = read(block, key);
    if (typeof size === 'number' && Number.isFinite(size) && size > 0) image[key] = size;
    else if (size !== undefined) report(describe(size, 'must be a positive number of pixels', `${at}.${key}`));
  }
  return image;
}

function checkFaq(items: readonly unknown[], path: string, report: Report): FaqItem[] {
  const out: FaqItem[] = [];
  const ids = new Map<string, string>();
  items.forEach((item, index) => {
    const at = `${path}[${index}]`;
    if (!isObject(item)) {
      report(describe(item, 'must be an object with a question and an answer', at));
      return;
    }
    const question = requiredText(item, 'question', at, report);
    const answer = read(item, 'answer');
    const answerOk = isRenderable(answer, 0) && hasNodeContent(answer, 0);
    if (!answerOk) report(describe(answer, 'must be text or React elements', `${at}.answer`));
    if (question === undefined || !answerOk) return;
    const entry: FaqItem = { question, answer: answer as FaqItem['answer'] };
    const id = read(item, 'id');
    if (typeof id === 'string' && id.trim()) {
      const first = ids.get(id.trim());
      if (first) report(`${at}.id ${quote(id)} is already used by ${first}`);
      else {
        ids.set(id.trim(), at);
        entry.id = id;
      }
    } else if (id !== undefined) report(describe(id, 'must be a non-empty string', `${at}.id`));
    out.push(entry);
  });
  return out;
}
