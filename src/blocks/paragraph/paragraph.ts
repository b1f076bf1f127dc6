import type { InlineNode } from '../../schema/types';
import { content, optionalString, read, record, text, type Context, type Json } from '../rules';

/** A paragraph of plain text, or of rich inline content in `content`. */
export type ParagraphBlock =
  { type: 'paragraph'; text: string } | { type: 'paragraph'; content: InlineNode[]; text?: string };

/**
 * A paragraph: its rich content, or else its plain text if it has one (without a word about that
 * text: it is the fallback).
 */
export function checkParagraph(block: Json, at: string, ctx: Context): Json | undefined {
  const type = 'paragraph';
  if (read(block, 'content') === undefined) return record(block, at, ctx, [{ text }], { type });
  return (
    record(block, at, ctx, [{ content }, { text: optionalString }], { type }) ??
    record(block, at, { problems: [] }, [{ text }], { type })
  );
}

export const paragraphExamples: ParagraphBlock[] = [
  {
    type: 'paragraph',
    text: 'Der Münchner Chipentwickler übernimmt die Rechenzentrumssparte für 2,4 Milliarden Euro.',
  },
  {
    type: 'paragraph',
    content: [
      'Der Chip heißt ',
      { type: 'strong', children: ['Lumen X2'] },
      ' und rechnet in ',
      { type: 'code', text: 'bf16' },
      '. Mehr im ',
      { type: 'link', href: 'https://example.com/datenblatt', children: ['Datenblatt'] },
      '.',
    ],
  },
];
