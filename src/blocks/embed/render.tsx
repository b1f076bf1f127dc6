import { embedTarget } from '../../internal/embed';
import { Island, useIslands } from '../../internal/island';
import { Figure } from '../image/Figure';
import { textOf, type BlockRender } from '../shared';
import { EmbedConsent, type EmbedConsentProps } from './EmbedConsent';

/**
 * The embed itself; in a page rendered for the browser bundle, an island with an id from the
 * block's place in the article, so the markup hydrated on its own is the markup the page has.
 * A component of its own: the block renderer is a plain function, and this needs a hook.
 */
function Embed({ index, ...props }: EmbedConsentProps & { index: number }) {
  if (!useIslands()) return <EmbedConsent {...props} />;
  const island: EmbedConsentProps = { id: `ak-embed-${index}`, ...props };
  return (
    <Island component="EmbedConsent" props={island}>
      <EmbedConsent {...island} />
    </Island>
  );
}

export const renderEmbed: BlockRender = (block, context, index) => {
  const target = embedTarget(block.url, block.provider);
  if (!target) return null;
  const caption = textOf(block.caption);
  const { embedLoad, embedNotice, embedOpen } = context.labels;
  return (
    <Figure>
      <Embed
        index={index}
        provider={target.provider}
        url={target.href}
        title={textOf(block.title)}
        labels={{ embedLoad, embedNotice, embedOpen }}
      />
      {caption && <figcaption>{caption}</figcaption>}
    </Figure>
  );
};
