import { is, optional, optionalText, text, type Fields } from '../rules';

/** Section heading. `id` defaults to a slug of the text, unique within the article. */
export interface HeadingBlock {
  type: 'heading';
  text: string;
  /** @default 2 */
  level?: 2 | 3 | 4;
  id?: string;
}

export const headingFields: Fields = [
  { text },
  {
    level: optional(is((value) => value === 2 || value === 3 || value === 4, 'must be 2, 3 or 4')),
    id: optionalText,
  },
];

export const headingExamples: HeadingBlock[] = [
  { type: 'heading', text: 'Was der Deal für Europas Rechenzentren bedeutet' },
  { type: 'heading', text: 'Technische Daten', level: 3, id: 'daten' },
];
