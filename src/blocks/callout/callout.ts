import type { InlineNode } from '../../schema/types';
import { checkParagraph } from '../paragraph/paragraph';
import { oneOf, optional, optionalText, record, type Context, type Json } from '../rules';

/** A boxed note or warning within the text. */
export interface CalloutBlock {
  type: 'callout';
  /** @default 'note' */
  tone?: 'note' | 'warning';
  /** A short heading of the box. */
  title?: string;
  /** The text of the box. */
  text?: string;
  /** The text of the box as rich inline content; shown instead of `text` when it holds words. */
  content?: InlineNode[];
}

/** A callout: its tone and title, and a text as a paragraph has one. */
export function checkCallout(block: Json, at: string, ctx: Context): Json | undefined {
  const body = checkParagraph(block, at, ctx);
  if (!body) return undefined;
  return record(block, at, ctx, [{}, { tone: optional(oneOf('note', 'warning')), title: optionalText }], {
    ...body,
    type: 'callout',
  });
}

export const calloutExamples: CalloutBlock[] = [
  {
    type: 'callout',
    title: 'Hinweis',
    text: 'Die Übernahme steht unter dem Vorbehalt der Kartellbehörden in Brüssel.',
  },
  {
    type: 'callout',
    tone: 'warning',
    title: 'Korrektur',
    content: [
      'In einer früheren Fassung stand ',
      { type: 'em', children: ['2,1 Milliarden'] },
      '. Richtig ist 2,4 Milliarden Euro.',
    ],
  },
];
