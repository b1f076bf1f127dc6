import type { BlockRender } from '../shared';
import { textOf } from '../shared';

/** The level of a heading block: 2, 3 or 4, whatever the data says. */
export const headingLevel = (level: unknown): 2 | 3 | 4 => (level === 3 || level === 4 ? level : 2);

// With `headingLinks`, the heading's text is a link to the heading itself: it is focusable, its
// name is the heading's text, and that text is read once (a separate "link to section" element
// inside the heading would be read as part of the heading's name).
export const renderHeading: BlockRender = (block, context, index) => {
  const text = textOf(block.text);
  const id = context.headingIds[index];
  const Heading = `h${headingLevel(block.level)}` as const;
  return (
    text && (
      <Heading id={id}>
        {context.headingLinks && id ? (
          <a href={`#${id}`} data-part="anchor">
            {text}
          </a>
        ) : (
          text
        )}
      </Heading>
    )
  );
};
