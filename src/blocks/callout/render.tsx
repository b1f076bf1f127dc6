import { styled } from 'styled-components';
import { vars } from '../../theme';
import { renderParagraph } from '../paragraph/render';
import { linkCss, textOf, type BlockRender } from '../shared';

// A note in the accent colour, a warning in the danger colour, and always a title.
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
  const warning = block.tone === 'warning';
  // Without a title of its own the box is titled by its tone, so the tone is never told by colour alone.
  const title = textOf(block.title) ?? (warning ? context.labels.calloutWarning : context.labels.calloutNote);
  return (
    text && (
      <Box role="note" data-tone={warning ? 'warning' : 'note'}>
        <p data-part="title">{title}</p>
        {text}
      </Box>
    )
  );
};
