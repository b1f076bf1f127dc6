import { optionalString, text, type Fields } from '../rules';

/** A block quotation with optional source. */
export interface QuoteBlock {
  type: 'quote';
  text: string;
  cite?: string;
}

export const quoteFields: Fields = [{ text }, { cite: optionalString }];

export const quoteExamples: QuoteBlock[] = [
  { type: 'quote', text: 'Wir bauen die Rechenzentren, die Europa braucht.', cite: 'Mara Lind, Nordwerk' },
];
