import type * as React from 'react';
import { claimId, slugify } from '../../internal/slug';
import { devWarn } from '../../internal/warn';
import { isRenderable } from '../../schema/validateArticleShape';

// The host's bundler or Node provides it; the library's own types leave Node's out.
declare const process: { env: Record<string, string | undefined> };

/** A FAQ item as rendered: a unique id and a non-empty question. */
export interface FaqEntry {
  id: string;
  question: string;
  answer: React.ReactNode;
}

/** The id an item asks for: its own `id` (trimmed), else a slug of its question. */
export function faqBaseId(id: unknown, question: string): string {
  return (typeof id === 'string' && id.trim()) || slugify(question, 'faq');
}

/**
 * The items worth rendering, each with a unique id: the given `id`, else a slug of the question.
 * Items without a question or with an answer React cannot render are skipped, and a second use of an id gets a suffix ("-2"), both with
 * a development warning, so bad data never breaks the page or its `#id` links.
 */
export function faqEntries(items: unknown): FaqEntry[] {
  const entries: FaqEntry[] = [];
  if (!Array.isArray(items)) {
    if (items != null) devWarn('FaqAccordion: `items` must be an array; nothing is rendered.');
    return entries;
  }
  const seen = new Set<string | undefined>();
  const counts = new Map<string, number>();
  for (const item of items as ({ id?: unknown; question?: unknown; answer?: React.ReactNode } | null)[]) {
    const question = typeof item?.question === 'string' ? item.question.trim() : '';
    if (!question) {
      devWarn('FaqAccordion: an item without a question was skipped.');
      continue;
    }
    // An answer React cannot render (a plain object, a function) would break the whole page.
    if (!isRenderable(item!.answer)) {
      devWarn(`FaqAccordion: the answer to "${question}" is not text or React elements; the item was skipped.`);
      continue;
    }
    const base = faqBaseId(item!.id, question);
    const id = claimId(base, seen, counts);
    if (id !== base) devWarn(`FaqAccordion: the id "${base}" is used twice; the second item gets "${id}".`);
    entries.push({ id, question, answer: item!.answer });
  }
  return entries;
}

/**
 * Open item ids from a `value` or `defaultValue`: strings only, and in single mode at most one.
 */
export function normalizeOpen(value: unknown, single: boolean): string[] {
  const ids = [value].flat().filter((id): id is string => typeof id === 'string');
  if (process.env.NODE_ENV !== 'production' && single && ids.length > 1) {
    devWarn('FaqAccordion: `type="single"` opens one item at a time; only the first id is used.');
  }
  return single ? ids.slice(0, 1) : ids;
}

/** The open ids after opening or closing one item. Opening in single mode closes the others. */
export function nextOpen(open: readonly string[], id: string, wantOpen: boolean, single: boolean): string[] {
  const rest = wantOpen && single ? [] : open.filter((openId) => openId !== id);
  return wantOpen ? [...rest, id] : rest;
}

/** A question heading level from 2 to 6 (the section title sits one level higher). */
export function questionLevel(level: unknown): 2 | 3 | 4 | 5 | 6 {
  if ([2, 3, 4, 5, 6].includes(level as number)) return level as 2 | 3 | 4 | 5 | 6;
  devWarn(
    `FaqAccordion: \`headingLevel\` must be the number 2, 3, 4, 5 or 6, not ${JSON.stringify(level) ?? String(level)}; 3 is used.`,
  );
  return 3;
}
