import { safeHref } from '../internal/url';
import { parseArticleDate } from './date';
import type { Article } from './types';

/** A schema.org `Person`. */
export interface JsonLdPerson {
  '@type': 'Person';
  name: string;
  url?: string;
}

/** A schema.org `NewsArticle` as JSON-LD. */
export interface NewsArticleJsonLd {
  '@context': 'https://schema.org';
  '@type': 'NewsArticle';
  headline: string;
  description?: string;
  datePublished?: string;
  dateModified?: string;
  /** One person, or several in byline order. */
  author?: JsonLdPerson | JsonLdPerson[];
  articleSection?: string;
  [property: string]: unknown;
}

/**
 * The `NewsArticle` structured data of an article: headline, description (the lead, else the
 * first paragraph), datePublished, dateModified, the author or authors and articleSection. Fields that are missing or unreadable are left
 * out rather than guessed. Put it on the page with a JSON-LD script that escapes `</script`
 * (as `ArticleLayout` does); the object itself holds the text as written.
 *
 * @example
 * const data = articleJsonLd(article);
 * // { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: '…', datePublished: '2025-11-28', … }
 */
export function articleJsonLd(
  article: Pick<Article, 'title' | 'lead' | 'publishedAt' | 'updatedAt' | 'author' | 'authors' | 'section' | 'blocks'>,
): NewsArticleJsonLd {
  const data: NewsArticleJsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: plain(article?.title) ?? '',
  };
  const description = plain(article?.lead) ?? firstParagraph(article?.blocks);
  if (description) data.description = description;
  const date = parseArticleDate(article?.publishedAt);
  if (date) data.datePublished = date.iso;
  const modified = parseArticleDate(article?.updatedAt);
  // An update before publication is a mistake in the data; the page does not show it either.
  if (modified && (!date || modified.iso.slice(0, 10) >= date.iso.slice(0, 10))) data.dateModified = modified.iso;
  const authors = Array.isArray(article?.authors) && article.authors.length ? article.authors : [article?.author];
  const people = authors.flatMap((author): JsonLdPerson[] => {
    const name = plain(author?.name);
    const url = safeHref(author?.url);
    return name ? [url ? { '@type': 'Person', name, url } : { '@type': 'Person', name }] : [];
  });
  if (people.length) data.author = people.length === 1 ? people[0] : people;
  const section = plain(article?.section);
  if (section) data.articleSection = section;
  return data;
}

/**
 * A schema.org `BreadcrumbList` from the article's breadcrumbs, with the article as the last
 * item; undefined without breadcrumbs. Items with an unsafe address or no title are left out.
 */
export function breadcrumbJsonLd(article: Pick<Article, 'title' | 'breadcrumbs'>): Record<string, unknown> | undefined {
  const crumbs = (Array.isArray(article?.breadcrumbs) ? article.breadcrumbs : []).flatMap((crumb) => {
    const name = plain(crumb?.title);
    const item = safeHref(crumb?.href);
    return name && item ? [{ name, item }] : [];
  });
  if (!crumbs.length) return undefined;
  const headline = plain(article.title);
  return {
    '@type': 'BreadcrumbList',
    itemListElement: [...crumbs, ...(headline ? [{ name: headline }] : [])].map((crumb, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      ...crumb,
    })),
  };
}

// What the clean-up below would change: whitespace other than a space, two spaces in a row, a
// space at either end. Most fields hold none of it, and looking costs less than rewriting.
const UNTIDY_LINE = /[^\S ]| {2}|^ | $/;

/** A string field as one line of plain text, or undefined when it holds none. */
function plain(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = UNTIDY_LINE.test(value) ? value.replace(/\s+/g, ' ').trim() : value;
  return text || undefined;
}

/** The words of rich inline content (strings and the children of marks and links). */
function inlineText(nodes: unknown, depth = 0): string {
  if (!Array.isArray(nodes) || depth > 32) return '';
  return nodes
    .map((node: unknown) => {
      if (typeof node === 'string') return node;
      const { text, children } = (node ?? {}) as { text?: unknown; children?: unknown };
      return typeof text === 'string' ? text : inlineText(children, depth + 1);
    })
    .join('');
}

function firstParagraph(blocks: unknown): string | undefined {
  if (!Array.isArray(blocks)) return undefined;
  for (const block of blocks) {
    const { type, text, content } = (block ?? {}) as { type?: unknown; text?: unknown; content?: unknown };
    const description = type === 'paragraph' ? (plain(inlineText(content)) ?? plain(text)) : undefined;
    if (description) return description;
  }
  return undefined;
}
