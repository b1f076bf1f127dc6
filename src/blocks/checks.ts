// Every built-in block type's validation, by type. A block type's fields sit in its own folder
// (src/blocks/<type>/<type>.ts), next to its renderer.
import { checkCallout } from './callout/callout';
import { codeFields } from './code/code';
import { checkEmbed } from './embed/embed';
import { headingFields } from './heading/heading';
import { imageFields } from './image/image';
import { listFields } from './list/list';
import { checkParagraph } from './paragraph/paragraph';
import { quoteFields } from './quote/quote';
import type { Context, Fields, Json } from './rules';
import { tableFields } from './table/table';

/** A block type's check: a table of its fields, or a function for a type that needs more. */
export type BlockCheck = Fields | ((block: Json, at: string, ctx: Context) => Json | undefined);

export const BLOCK_CHECKS: Record<string, BlockCheck> = {
  heading: headingFields,
  paragraph: checkParagraph,
  list: listFields,
  quote: quoteFields,
  image: imageFields,
  table: tableFields,
  code: codeFields,
  callout: checkCallout,
  divider: [{}],
  embed: checkEmbed,
  newsletter: [{}],
};
