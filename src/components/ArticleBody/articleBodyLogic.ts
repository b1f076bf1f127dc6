import { slugify } from '../../internal/slug';
import { rawNodeText } from '../../internal/text';
import { devWarn } from '../../internal/warn';
import { parseArticleDate } from '../../schema/date';
import type { Locale } from '../../provider/locales';
import type { BlockRenderer, BlockShape } from './blockComponents';
import type * as React from 'react';

/** A block from the article's data, read field by field: any field may hold anything. */
export type DataBlock = BlockShape & Record<string, unknown>;

/** A value from the article's data that can be rendered as a block: an object with a type. */
export function isBlock(value: unknown): value is DataBlock {
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

const headingOf = (block: unknown) => (isBlock(block) && block.type === 'heading' ? block : undefined);

/**
 * The anchor id of every heading, by block index. A heading's own `id` is kept as given (its
 * first use); the others get a slug of their text that is unique in the article and differs
 * from those ids, so the second "Fazit" becomes `fazit-2`.
 */
export function headingIds(blocks: readonly unknown[]): (string | undefined)[] {
  const ownIds = blocks.map((block) => textOf(headingOf(block)?.id)?.trim());
  // Every id the data gives, and every slug handed out so far: a new slug takes none of them.
  const taken = new Set(ownIds);
  const used = new Set<string>();
  return blocks.map((block, index) => {
    const heading = headingOf(block);
    if (!heading) return undefined;
    let id = ownIds[index];
    if (!id || used.has(id)) {
      const base = slugify(textOf(heading.text) ?? '');
      id = base;
      for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
      taken.add(id);
    }
    used.add(id);
    return id;
  });
}

/** Deeper inline nesting than this is not data a person wrote; it is cut off rather than overflow the stack. */
export const MAX_INLINE_DEPTH = 32;

/** The plain text of rich inline content. */
export function inlineText(nodes: unknown, depth = 0): string {
  if (typeof nodes === 'string' || typeof nodes === 'number') return String(nodes);
  if (Array.isArray(nodes)) return nodes.map((node) => inlineText(node, depth)).join('');
  if (typeof nodes !== 'object' || nodes === null || depth > MAX_INLINE_DEPTH) return '';
  const { text, children } = nodes as Record<string, unknown>;
  return typeof text === 'string' ? text : inlineText(children, depth + 1);
}

/** Whether rich inline content holds any words. */
export const hasWords = (nodes: unknown): boolean => !!inlineText(nodes).trim();

/** A paragraph's rich `content` when it holds words; its plain `text` stands in otherwise. */
export const richContent = (block: DataBlock): unknown[] | undefined =>
  Array.isArray(block.content) && hasWords(block.content) ? block.content : undefined;

/** The items of a list block that hold words. */
export const listItems = (block: DataBlock): unknown[] =>
  Array.isArray(block.items) ? block.items.filter(hasWords) : [];

/** The readable text of one block, for the reading-time estimate. Custom blocks count their `text`. */
export function blockText(block: unknown): string {
  if (!isBlock(block)) return '';
  const text = textOf(block.text) ?? '';
  switch (block.type) {
    case 'paragraph': {
      const rich = richContent(block);
      return rich ? inlineText(rich) : text;
    }
    case 'list':
      return listItems(block)
        .map((item) => inlineText(item))
        .join(' ');
    case 'image':
      return textOf(block.caption) ?? '';
    case 'quote':
      return `${text} ${textOf(block.cite) ?? ''}`;
    default:
      return text;
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
  const words = countWords([textOf(parts.lead), ...parts.blocks.map(blockText), rawNodeText(parts.children)].join(' '));
  return words ? Math.max(1, Math.round(words / (WORDS_PER_MINUTE[locale] ?? 230))) : undefined;
}

/**
 * The publication date for display: the ISO value for `<time dateTime>` and the day written
 * out for the locale ("28. November 2025"), in UTC so that server and browser agree. Undefined
 * (with a development warning) when the date cannot be read.
 */
export function formatPublished(value: unknown, dateLocale: string): { iso: string; text: string } | undefined {
  const date = parseArticleDate(value);
  if (!date) {
    // No date at all is no mistake.
    if (value !== undefined && value !== null && value !== '') {
      // Only strings are quoted: JSON.stringify throws on a BigInt and says nothing useful for objects.
      const shown = typeof value === 'string' ? JSON.stringify(value) : `of type ${typeof value}`;
      devWarn(`ArticleBody: publishedAt ${shown} is not an ISO 8601 date; the date is not shown.`);
    }
    return undefined;
  }
  const format = (tag: string) => new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(date.day);
  try {
    return { iso: date.iso, text: format(dateLocale) };
  } catch {
    // A label override with an invalid language tag must not take the article down.
    devWarn(`ArticleBody: dateLocale ${JSON.stringify(dateLocale)} is not a valid language tag.`);
    return { iso: date.iso, text: format('en-US') };
  }
}

/**
 * The host's renderer for a block type. Only the map's own entries count, so a block of type
 * "constructor" or "toString" never reaches a function inherited from Object.
 */
export function rendererFor(components: unknown, type: string): BlockRenderer<BlockShape> | undefined {
  const renderer: unknown =
    typeof components === 'object' && components !== null && Object.hasOwn(components, type)
      ? (components as Record<string, unknown>)[type]
      : undefined;
  // Function components are functions; React.memo and forwardRef components are objects
  // tagged with a symbol. Anything else would make React throw.
  if (typeof renderer === 'function' || typeof (renderer as { $$typeof?: unknown } | null)?.$$typeof === 'symbol') {
    return renderer as BlockRenderer<BlockShape>;
  }
  if (renderer !== undefined && renderer !== null) {
    devWarn(`ArticleBody: components.${type} is not a component; the default rendering is used.`);
  }
  return undefined;
}
