import * as React from 'react';
import type { Article, ArticleAuthor, Breadcrumb, FaqItem, NavLink } from './types';

/** Content nested deeper than this is not something a person wrote. */
export const MAX_DEPTH = 32;

/** A plain object: not null, not an array. */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// React's own check: the host's elements come from the same React (a peer), whichever version.
const isElement = (value: unknown): boolean => React.isValidElement(value);

/** What React can render without throwing: text, numbers, elements, empty values and arrays of them. */
export function isRenderable(value: unknown, depth = 0): boolean {
  if (value === null || value === undefined || typeof value === 'boolean') return true;
  if (typeof value === 'string' || typeof value === 'number') return true;
  if (isElement(value)) return true;
  if (Array.isArray(value)) return depth < MAX_DEPTH && value.every((child) => isRenderable(child, depth + 1));
  return false;
}

/** True when a node shows something: non-blank text, a number, or an element. */
export function hasNodeContent(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value === 'number') return true;
  if (isElement(value)) return true;
  return Array.isArray(value) && depth < MAX_DEPTH && value.some((child) => hasNodeContent(child, depth + 1));
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
const object = <T>(value: unknown) => (isObject(value) ? (value as T) : undefined);

/**
 * The article checked only as far as rendering needs, for production, where `validateArticle`
 * is not run: an object whose text fields are strings, whose `blocks` and `faq` are arrays and
 * whose author and links are objects, with FAQ answers React can render and that show
 * something. Blocks, names and links inside are passed on as they are: `ArticleBody`,
 * `FaqAccordion` and `PrevNextNav` skip what they cannot show. Never throws for data such as
 * JSON delivers.
 */
export function articleShape(input: unknown): Article {
  const data = isObject(input) ? input : {};
  const { title, lead, publishedAt, updatedAt, author, authors, section, breadcrumbs, blocks, faq, prev, next } = data;
  return {
    title: text(title) ?? '',
    lead: text(lead),
    publishedAt: text(publishedAt),
    updatedAt: text(updatedAt),
    author: object<ArticleAuthor>(author),
    authors: Array.isArray(authors) ? authors.filter(isObject).map((a) => a as unknown as ArticleAuthor) : undefined,
    section: text(section),
    breadcrumbs: Array.isArray(breadcrumbs) ? (breadcrumbs.filter(isObject) as unknown as Breadcrumb[]) : undefined,
    // Unchecked items: a block that cannot be rendered is skipped by ArticleBody.
    blocks: Array.isArray(blocks) ? (blocks as Article['blocks']) : [],
    faq: Array.isArray(faq)
      ? faq.filter(
          (item: unknown): item is FaqItem =>
            isObject(item) && isRenderable(item.answer) && hasNodeContent(item.answer),
        )
      : undefined,
    prev: object<NavLink>(prev),
    next: object<NavLink>(next),
  };
}
