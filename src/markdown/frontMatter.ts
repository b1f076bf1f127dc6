// The YAML front matter of a post (`---` lines at the top) to the article's own fields. Keys the
// article has no field for (tags, slug, layout …) belong to the site generator and are ignored.
import type { Yaml } from 'mdast';
import { LineCounter, isMap, isScalar, parseDocument } from 'yaml';
import type { Article, ArticleAuthor, NavLink } from '../schema/types';
import { type Walk } from './context';

/** The article fields a front matter can give. */
export type FrontMatter = Partial<Omit<Article, 'blocks' | 'faq'>> & { locale?: string };

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads the front matter; what cannot be read is left out with a problem naming its line. */
export function frontMatter(node: Yaml, walk: Walk): FrontMatter {
  // Line numbers in the YAML count from its first line, the one after the opening `---`.
  const offset = node.position?.start.line ?? 1;
  const lines = new LineCounter();
  const doc = parseDocument(node.value, { lineCounter: lines });
  const error = doc.errors[0];
  if (error) {
    const line = offset + (error.linePos?.[0].line ?? 1);
    const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    walk.problems.push(`line ${line}: the front matter is not valid YAML (${reason}); it is left out`);
    return {};
  }
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (caught) {
    // Aliases that expand without end, for instance.
    walk.problems.push(
      `line ${offset}: the front matter could not be read (${(caught as Error).message}); it is left out`,
    );
    return {};
  }
  if (data === null || data === undefined) return {};
  if (!isRecord(data)) {
    walk.problems.push(`line ${offset}: the front matter must be a YAML mapping of keys and values; it is left out`);
    return {};
  }
  const values = data;

  /** The line of a key, for problems about its value. */
  const lineOf = (key: string) => {
    const pair = isMap(doc.contents)
      ? doc.contents.items.find((item) => isScalar(item.key) && item.key.value === key)
      : undefined;
    const start = isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
    return start === undefined ? offset : offset + lines.linePos(start).line;
  };
  // Problems about values, given in the order of their lines once all are read.
  const refused: [line: number, problem: string][] = [];
  /** Reports the value of `key` and returns undefined: nothing of it is kept. */
  const refuse = (key: string, expected: string): undefined => {
    const line = lineOf(key);
    refused.push([line, `line ${line}: the front matter's ${key} must be ${expected}; it is left out`]);
    return undefined;
  };

  const text = (key: string): string | undefined => {
    const value = values[key];
    if (value === undefined || value === null) return undefined;
    // `title: 2025` is a number to YAML and still a title to the author.
    if (typeof value === 'string' || typeof value === 'number') return String(value).trim();
    return refuse(key, 'text');
  };
  const person = (value: unknown): ArticleAuthor | undefined => {
    if (typeof value === 'string' && value.trim()) return { name: value.trim() };
    if (!isRecord(value) || typeof value.name !== 'string' || !value.name.trim()) return undefined;
    return { name: value.name.trim(), ...(typeof value.url === 'string' ? { url: value.url.trim() } : {}) };
  };
  const link = (value: unknown): NavLink | undefined =>
    isRecord(value) && typeof value.title === 'string' && typeof value.href === 'string'
      ? { title: value.title.trim(), href: value.href.trim() }
      : undefined;
  const navLink = (key: string) =>
    values[key] === undefined ? undefined : (link(values[key]) ?? refuse(key, 'a mapping with title and href'));
  /** A list of which every item must pass `read`. */
  const all = <T>(key: string, read: (item: unknown) => T | undefined, expected: string): T[] | undefined => {
    const value = values[key];
    if (value === undefined || value === null) return undefined;
    const items = (Array.isArray(value) ? value : [value]).map(read);
    return items.length && items.every((item) => item !== undefined) ? (items as T[]) : refuse(key, expected);
  };

  const PERSON = 'a name or a mapping with name and url';
  const authors =
    values.authors !== undefined
      ? all('authors', person, `a list of authors, each ${PERSON}`)
      : all('author', person, PERSON);
  const fields: FrontMatter = {
    title: text('title'),
    lead: values.lead !== undefined ? text('lead') : text('description'),
    publishedAt: values.publishedAt !== undefined ? text('publishedAt') : text('date'),
    updatedAt: text('updatedAt'),
    // `author` as well, for hosts that show one author only.
    author: authors?.[0],
    authors,
    section: text('section'),
    breadcrumbs: all('breadcrumbs', link, 'a list of mappings with title and href'),
    prev: navLink('prev'),
    next: navLink('next'),
    // The page's language, for the renderer: `locale`, or `lang` as many generators name it.
    locale: values.locale !== undefined ? text('locale') : text('lang'),
  };
  walk.problems.push(...refused.sort(([a], [b]) => a - b).map(([, problem]) => problem));
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined && value !== ''));
}
