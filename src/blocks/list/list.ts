import type { InlineNode } from '../../schema/types';
import { boolean, nonEmptyList, optional, textOrContent, type Fields } from '../rules';

/** A bulleted or numbered list. Each item is plain text or rich inline content (links, emphasis). */
export interface ListBlock {
  type: 'list';
  /** @default false */
  ordered?: boolean;
  items: (string | InlineNode[])[];
}

export const listFields: Fields = [{ items: nonEmptyList(textOrContent) }, { ordered: optional(boolean) }];

export const listExamples: ListBlock[] = [
  { type: 'list', items: ['144 GB HBM3e-Speicher', '900 W Leistungsaufnahme', 'Flüssigkühlung ab Werk'] },
  {
    type: 'list',
    ordered: true,
    items: [
      'Bemusterung im ersten Quartal',
      ['Serienfertigung bei ', { type: 'link', href: 'https://example.com/fab', children: ['Nordwerk'] }],
    ],
  },
];
