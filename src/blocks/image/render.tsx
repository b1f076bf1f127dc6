import { safeHref } from '../../internal/url';
import { devWarn } from '../../internal/warn';
import { pixels, textOf, type BlockRender } from '../shared';
import { safeCandidates } from './image';
import { Figure } from './Figure';

// Browsers give the box the shape of width and height (aspect-ratio: auto width / height) before
// the file arrives, so nothing below it jumps.
export const renderImage: BlockRender = (block, context, index) => {
  const { alt } = block;
  if (typeof alt !== 'string') devWarn('ArticleBody: an image has no `alt`; it is treated as decorative.');
  const src = safeHref(block.src);
  if (!src || /^(mailto|tel):/i.test(src)) return null;
  const eager = index === context.eagerImage;
  const srcSet = typeof block.srcSet === 'string' && safeCandidates(block.srcSet) ? block.srcSet : undefined;
  const caption = textOf(block.caption);
  const credit = textOf(block.credit);
  return (
    <Figure>
      <img
        src={src}
        srcSet={srcSet}
        sizes={srcSet && textOf(block.sizes)}
        alt={typeof alt === 'string' ? alt : ''}
        width={pixels(block.width)}
        height={pixels(block.height)}
        loading={eager ? 'eager' : 'lazy'}
        decoding={eager ? undefined : 'async'}
      />
      {(caption || credit) && (
        <figcaption>
          {/* The caption gets its own element only to keep the credit apart; the space keeps their
              words apart for screen readers and copied text, which do not read the drawn dot. */}
          {credit && caption ? <span>{caption}</span> : caption}
          {credit && caption && ' '}
          {credit && <small data-part="credit">{credit}</small>}
        </figcaption>
      )}
    </Figure>
  );
};
