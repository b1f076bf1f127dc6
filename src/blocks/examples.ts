// A valid example of every built-in block type, from the block's own folder: the stories show
// them, the tests render them, and the fuzz lane starts from their fields.
import type { ArticleBlock } from '../schema/types';
import { calloutExamples } from './callout/callout';
import { codeExamples } from './code/code';
import { dividerExamples } from './divider/divider';
import { embedExamples } from './embed/embed';
import { headingExamples } from './heading/heading';
import { imageExamples } from './image/image';
import { listExamples } from './list/list';
import { newsletterExamples } from './newsletter/newsletter';
import { paragraphExamples } from './paragraph/paragraph';
import { quoteExamples } from './quote/quote';
import { tableExamples } from './table/table';

export const BLOCK_EXAMPLES: { [Type in ArticleBlock['type']]: Extract<ArticleBlock, { type: Type }>[] } = {
  heading: headingExamples,
  paragraph: paragraphExamples,
  list: listExamples,
  quote: quoteExamples,
  image: imageExamples,
  table: tableExamples,
  code: codeExamples,
  callout: calloutExamples,
  divider: dividerExamples,
  embed: embedExamples,
  newsletter: newsletterExamples,
};
