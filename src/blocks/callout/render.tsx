import { styled } from 'styled-components';
import { vars } from '../../theme';
import { renderParagraph } from '../paragraph/render';
import { linkCss, textOf, type BlockRender } from '../shared';

// A note in the accent colour, a warning in the danger colour; the border at the start and the
// title carry it, so the tone is not told by colour alone when there is a title.
const Box = styled.div.withConfig({ componentId: 'ak-Callout' })`
  display: flex;
  flex-flow: column;
  gap: ${vars.space.xs};
  padding: ${vars.space.md};
  border: 1px solid ${vars.colors.border};
  border-inline-start: 4px solid ${vars.colors.accent};
  border-radius: ${vars.radii.sm};
  background: ${vars.colors.surface};
  &[data-tone='warning'] {
    border-inline-start-color: ${vars.colors.danger};
  }
  > p {
    margin: 0;
  }
  > [data-part='title'] {
    font-weight: 700;
  }
  ${linkCss}
`;

export const renderCallout: BlockRender = (block, context, index) => {
  const text = renderParagraph(block, context, index);
  const title = textOf(block.title);
  return (
    text && (
      <Box role="note" data-tone={block.tone === 'warning' ? 'warning' : 'note'}>
        {title && <p data-part="title">{title}</p>}
        {text}
      </Box>
    )
  );
};
