import { claimId, slugify } from '../../internal/slug';
import { devWarn } from '../../internal/warn';
import { parseArticleDate } from '../../schema/date';
import type { Locale } from '../../provider/locales';
import type { BlockRenderer, BlockShape } from './blockComponents';

/** A block from the article's data, read field by field: any field may hold anything. */
export type DataBlock = BlockShape & Record<string, unknown>;

/** A value from the article's data that can be rendered as a block: an object with a type. */
export const isBlock = (value: unknown): value is DataBlock =>
  // Only objects have a `type` of their own: `null?.type` and `'text'.type` are undefined.
  typeof (value as DataBlock | null)?.type === 'string';

/** Text of a string field, or undefined when the field is missing, not a string, or blank. */
export function textOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() ? value : undefined;
}

/**
 * The anchor id of every heading, by block index. A heading's own `id` is kept as given (its
 * first use); the others get a slug of their text that is unique in the article and differs
 * from those ids, so the second "Fazit" becomes `fazit-2`.
 */
export function headingIds(blocks: readonly unknown[]): (string | undefined)[] {
  // '' for a heading without an id of its own, undefined for any other block.
  const own = blocks.map((block) =>
    isBlock(block) && block.type === 'heading' ? (textOf(block.id)?.trim() ?? '') : undefined,
  );
  // Every id the data gives, and every slug handed out so far: a new slug takes none of them.
  const taken = new Set(own);
  const counts = new Map<string, number>();
  const first = new Map<string | undefined, number>();
  own.forEach((id, index) => first.has(id) || first.set(id, index));
  return own.map((id, index) =>
    // An id the data repeats stays with its first heading; the later ones get a slug.
    id !== undefined && (!id || first.get(id)! < index)
      ? claimId(slugify(textOf((blocks[index] as DataBlock).text) ?? ''), taken, counts)
      : id,
  );
}

/** Words in a text: runs of characters that hold at least one letter or digit. */
export function countWords(text: string): number {
  return text.match(/\S*[\p{L}\p{N}]\S*/gu)?.length ?? 0;
}

// Words read in a minute, by language: fewer where words are longer (German, Polish). The other
// languages sit where the IReST study of silent reading speeds places them relative to German and
// English, whose rates are those of the first release.
const WORDS_PER_MINUTE: Record<Locale, number> = { en: 230, de: 200, fr: 205, es: 225, it: 200, nl: 215, pl: 175 };

/**
 * Estimated reading time of a text in whole minutes, at least 1, at about 200 words a minute in
 * German (longer words read more slowly), 230 in English and between those in the other
 * languages. 0 when there are no words.
 */
export function readingMinutes(text: string, locale: Locale): number {
  const words = countWords(text);
  return words && (Math.round(words / (WORDS_PER_MINUTE[locale] ?? 230)) || 1);
}

// One formatter per language tag: creating one costs more than the rest of a server render of
// the body.
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The publication date for display: the ISO value for `<time dateTime>` and the day written
 * out for the locale ("28. November 2025"), in UTC so that server and browser agree. Undefined
 * (with a development warning) when the date cannot be read.
 */
export function formatPublished(value: unknown, dateLocale: string): { iso: string; text: string } | undefined {
  const date = parseArticleDate(value);
  if (!date) {
    // No date at all is no mistake. Only strings are quoted: JSON.stringify throws on a BigInt.
    if (value != null && value !== '') {
      devWarn(
        `ArticleBody: publishedAt ${typeof value === 'string' ? JSON.stringify(value) : `of type ${typeof value}`} is not an ISO 8601 date; the date is not shown.`,
      );
    }
    return;
  }
  const format = (tag: string) => {
    let formatter = dateFormats.get(tag);
    if (!formatter)
      dateFormats.set(tag, (formatter = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' })));
    return formatter.format(date.day);
  };
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
    components && Object.hasOwn(components, type) ? (components as Record<string, unknown>)[type] : undefined;
  // Function components are functions; React.memo and forwardRef components are objects
  // tagged with a symbol. Anything else would make React throw.
  if (typeof renderer === 'function' || typeof (renderer as { $$typeof?: unknown } | null)?.$$typeof === 'symbol') {
    return renderer as BlockRenderer<BlockShape>;
  }
  if (renderer != null) devWarn(`ArticleBody: components.${type} is not a component; the default rendering is used.`);
}
