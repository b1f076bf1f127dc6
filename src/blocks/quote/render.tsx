import { Figure } from '../image/Figure';
import { textOf, type BlockRender } from '../shared';

export const renderQuote: BlockRender = (block) => {
  const text = textOf(block.text);
  const cite = textOf(block.cite);
  // A blank line parts paragraphs of a longer quotation, as in Markdown.
  const paragraphs = text?.split(/\n\s*\n/).filter((part) => part.trim());
  return (
    text && (
      <Figure>
        <blockquote>
          {paragraphs && paragraphs.length > 1 ? paragraphs.map((part, i) => <p key={i}>{part}</p>) : text}
        </blockquote>
        {cite && (
          <figcaption>
            <cite>{cite}</cite>
          </figcaption>
        )}
      </Figure>
    )
  );
};
