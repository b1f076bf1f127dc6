import { hasWords, renderInline, textOf, type BlockRender } from '../shared';

// Rich `content` when it holds words; the plain `text` stands in otherwise.
export const renderParagraph: BlockRender = (block, context) => {
  const rich = Array.isArray(block.content) && renderInline(block.content, context.linkComponent);
  const shown = hasWords(rich) ? rich : textOf(block.text);
  return shown && <p>{shown}</p>;
};
