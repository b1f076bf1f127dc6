import { safeHref } from '../internal/url';
import { parseArticleDate } from './date';
import type { Article } from './types';

/** A schema.org `NewsArticle` as JSON-LD. */
export interface NewsArticleJsonLd {
  '@context': 'https://schema.org';
  '@type': 'NewsArticle';
  headline: string;
  description?: string;
  datePublished?: string;
  author?: { '@type': 'Person'; name: string; url?: string };
  [property: string]: unknown;
}

/**
 * The `NewsArticle` structured data of an article: headline, description (the lead, else the
 * first paragraph), datePublished and author. Fields that are missing or unreadable are left
 * out rather than guessed. Put it on the page with a JSON-LD script that escapes `</script`
 * (as `ArticleLayout` does); the object itself holds the text as written.
 *
 * @example
 * const data = articleJsonLd(article);
 * // { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: '…', datePublished: '2025-11-28', … }
 */
export function articleJsonLd(
  article: Pick<Article, 'title' | 'lead' | 'publishedAt' | 'author' | 'blocks'>,
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
  const name = plain(article?.author?.name);
  if (name) {
    const url = safeHref(article?.author?.url);
    data.author = url ? { '@type': 'Person', name, url } : { '@type': 'Person', name };
  }
  return data;
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

function firstParagraph(blocks: unknown): string | undefined {
  if (!Array.isArray(blocks)) return undefined;
  for (const block of blocks) {
    const { type, text } = (block ?? {}) as { type?: unknown; text?: unknown };
    const description = type === 'paragraph' ? plain(text) : undefined;
    if (description) return description;
  }
  return undefined;
}
