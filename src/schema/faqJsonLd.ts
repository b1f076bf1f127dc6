import { nodeText } from '../internal/text';
import type { FaqItem } from './types';

// What `nodeText` would change in a string answer: whitespace other than a space, two spaces in
// a row, a space before punctuation or at either end. Most answers are strings with none of it,
// and looking costs less than rewriting.
const UNTIDY_TEXT = /[^\S ]| [ .,;:!?]|^ | $/;

/** An answer's text as `nodeText` gives it, without its work for a string that is already tidy. */
const answerText = (answer: FaqItem['answer']): string =>
  typeof answer === 'string' && !UNTIDY_TEXT.test(answer) ? answer : nodeText(answer);

/** One question of a FAQPage, as schema.org describes it. */
export interface FaqQuestionJsonLd {
  '@type': 'Question';
  name: string;
  acceptedAnswer: { '@type': 'Answer'; text: string };
}

/** schema.org FAQPage structured data. */
export interface FaqPageJsonLd {
  '@context': 'https://schema.org';
  '@type': 'FAQPage';
  mainEntity: FaqQuestionJsonLd[];
}

/**
 * FAQPage JSON-LD for a list of FAQ items, for `<script type="application/ld+json">` (serialise
 * it with escaping, as `FaqAccordion structuredData` does). The answer text is the answer string,
 * or the text of a rich answer's elements; a component inside an answer contributes only the
 * text of its children, because it is not rendered here. Items without question or answer text
 * and repeated questions are left out. Returns `null` when no item is left, so that no empty
 * FAQPage is published.
 *
 * @example faqJsonLd([{ question: 'Was kostet der Zugang?', answer: 'Nichts.' }])
 */
export function faqJsonLd(items: readonly FaqItem[] | null | undefined): FaqPageJsonLd | null {
  const seen = new Set<string>();
  const mainEntity: FaqQuestionJsonLd[] = [];
  for (const item of Array.isArray(items) ? items : []) {
    const name = typeof item?.question === 'string' ? item.question.trim() : '';
    const text = answerText(item?.answer);
    if (!name || !text || seen.has(name)) continue;
    seen.add(name);
    mainEntity.push({ '@type': 'Question', name, acceptedAnswer: { '@type': 'Answer', text } });
  }
  return mainEntity.length ? { '@context': 'https://schema.org', '@type': 'FAQPage', mainEntity } : null;
}
