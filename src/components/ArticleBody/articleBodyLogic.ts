import { createSlugger } from '../../internal/slug';
import { nodeText } from '../../internal/text';
import { devWarn } from '../../internal/warn';
import { parseArticleDate } from '../../schema/date';
import type { Locale } from '../../provider/locales';
import type { BlockRenderer, BlockShape } from './blockComponents';
import type * as React from 'react';

/** A value from the article's data that can be rendered as a block: an object with a type. */
export function isBlock(value: unknown): value is BlockShape & Record<string, unknown> {
  return typeof value === 'object' && value !== null && typeof (value as BlockShape).type === 'string';
}

/** Text of a string field, or undefined when the field is missing, not a string, or blank. */
export function textOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined;
}

/** A heading level the article may use below its h1; anything else becomes 2. */
export function headingLevel(level: unknown): 2 | 3 | 4 {
  return level === 3 || level === 4 ? level : 2;
}

/**
 * The anchor id of every heading, by block index. A heading's own `id` is kept as given (its
 * first use); the others get a slug of their text that is unique in the article and differs
 * from those ids, so the second "Fazit" becomes `fazit-2`.
 */
export function headingIds(blocks: readonly unknown[]): (string | undefined)[] {
  const ownId = (block: unknown) => (isBlock(block) && block.type === 'heading' ? textOf(block.id)?.trim() : undefined);
  const given = new Set(blocks.map(ownId).filter(Boolean));
  const used = new Set<string>();
  const slug = createSlugger();
  return blocks.map((block) => {
    if (!isBlock(block) || block.type !== 'heading') return undefined;
    let id = ownId(block);
    if (!id || used.has(id)) {
      const text = textOf(block.text) ?? '';
      do id = slug(text);
      while (given.has(id));
    }
    used.add(id);
    return id;
  });
}

/** The plain text of rich inline content. */
export function inlineText(nodes: unknown, depth = 0): string {
  if (typeof nodes === 'string' || typeof nodes === 'number') return String(nodes);
  if (Array.isArray(nodes)) return nodes.map((node) => inlineText(node, depth)).join('');
  if (typeof nodes !== 'object' || nodes === null || depth > MAX_INLINE_DEPTH) return '';
  const node = nodes as Partial<Record<string, unknown>>;
  return typeof node.text === 'string' ? node.text : inlineText(node.children, depth + 1);
}

/** Deeper inline nesting than this is not data a person wrote; it is cut off rather than overflow the stack. */
export const MAX_INLINE_DEPTH = 32;

/** The readable text of one block, for the reading-time estimate. Custom blocks count their `text`. */
export function blockText(block: unknown): string {
  if (!isBlock(block)) return '';
  switch (block.type) {
    case 'paragraph':
      return (Array.isArray(block.content) && inlineText(block.content).trim()) || (textOf(block.text) ?? '');
    case 'list':
      return Array.isArray(block.items) ? block.items.map((item) => inlineText(item)).join(' ') : '';
    case 'image':
      return textOf(block.caption) ?? '';
    case 'quote':
      return `${textOf(block.text) ?? ''} ${textOf(block.cite) ?? ''}`;
    default:
      return textOf(block.text) ?? '';
  }
}

/** Words per minute of an average adult reader; German's longer words read more slowly. */
const WORDS_PER_MINUTE: Record<Locale, number> = { de: 200, en: 230 };

/** Words in a text: runs of characters that hold at least one letter or digit. */
export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/**
 * Estimated reading time in whole minutes, at least 1, from the lead, every block and the
 * text of `children`. Undefined when there is no text at all.
 */
export function readingMinutes(
  parts: { lead?: unknown; blocks: readonly unknown[]; children?: React.ReactNode },
  locale: Locale,
): number | undefined {
  const text = [textOf(parts.lead) ?? '', ...parts.blocks.map(blockText), nodeText(parts.children)].join(' ');
  const words = countWords(text);
  return words ? Math.max(1, Math.round(words / (WORDS_PER_MINUTE[locale] ?? 230))) : undefined;
}

/**
 * The publication date for display: the ISO value for `<time dateTime>` and the day written
 * out for the locale ("28. November 2025"), in UTC so that server and browser agree. Undefined
 * (with a development warning) when the date cannot be read.
 */
export function formatPublished(value: unknown, dateLocale: string): { iso: string; text: string } | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const date = parseArticleDate(value);
  if (!date) {
    devWarn(`ArticleBody: publishedAt ${JSON.stringify(value)} is not an ISO 8601 date; the date is not shown.`);
    return undefined;
  }
  return { iso: date.iso, text: formatDay(date.day, dateLocale) };
}

function formatDay(day: Date, dateLocale: string): string {
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'long', timeZone: 'UTC' };
  try {
    return new Intl.DateTimeFormat(dateLocale, options).format(day);
  } catch {
    // A label override with an invalid language tag must not take the article down.
    devWarn(`ArticleBody: dateLocale ${JSON.stringify(dateLocale)} is not a valid language tag.`);
    return new Intl.DateTimeFormat('en-US', options).format(day);
  }
}

/**
 * The host's renderer for a block type. Only the map's own entries count, so a block of type
 * "constructor" or "toString" never reaches a function inherited from Object.
 */
export function rendererFor(components: unknown, type: string): BlockRenderer<BlockShape> | undefined {
  if (typeof components !== 'object' || components === null) return undefined;
  if (!Object.prototype.hasOwnProperty.call(components, type)) return undefined;
  const renderer = (components as Record<string, unknown>)[type];
  if (renderer === undefined || renderer === null) return undefined;
  // Function components are functions; React.memo and forwardRef components are objects
  // tagged with a symbol. Anything else would make React throw.
  if (typeof renderer === 'function' || typeof (renderer as { $$typeof?: unknown }).$$typeof === 'symbol') {
    return renderer as BlockRenderer<BlockShape>;
  }
  devWarn(`ArticleBody: components.${type} is not a component; the default rendering is used.`);
  return undefined;
}
