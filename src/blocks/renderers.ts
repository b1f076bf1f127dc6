// Every built-in block type's rendering, by type. A block type's renderer sits in its own folder
// (src/blocks/<type>/render.tsx), next to its fields.
import { renderCallout } from './callout/render';
import { renderCode } from './code/render';
import { renderDivider } from './divider/render';
import { renderEmbed } from './embed/render';
import { renderHeading } from './heading/render';
import { renderImage } from './image/render';
import { renderList } from './list/render';
import { renderParagraph } from './paragraph/render';
import { renderQuote } from './quote/render';
import type { BlockRender } from './shared';
import { renderTable } from './table/render';

export const BLOCK_RENDERERS: Record<string, BlockRender> = {
  heading: renderHeading,
  paragraph: renderParagraph,
  list: renderList,
  quote: renderQuote,
  image: renderImage,
  table: renderTable,
  code: renderCode,
  callout: renderCallout,
  divider: renderDivider,
  embed: renderEmbed,
};
