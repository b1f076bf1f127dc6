import { styled } from 'styled-components';
import { containerCss, pageCss, rootCss } from '../../theme/root';
import { vars } from '../../theme/vars';

// The parts keep their own spacing; the layout only gives them one reading column, a size
// container (see containerCss). Margin and padding are set, so a host's rules for every
// <article> leave the column alone.
export const Root = styled.article.withConfig({ componentId: 'ak-ArticleLayout' })`
  display: block;
  ${containerCss}
  max-inline-size: ${vars.measure};
  margin: 0 auto;
  padding: 0;
  ${rootCss}
  ${pageCss}

  /* Shown only while it has focus, over the box it skips. */
  [data-ak-part='skip-newsletter'] {
    align-self: start;
    padding: ${vars.space.xs} ${vars.space.sm};
    border-radius: ${vars.radii.sm};
    background: ${vars.colors.background};
    color: ${vars.colors.accent};
    &:not(:focus) {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    &:focus-visible {
      outline: ${vars.focusRing.width} solid ${vars.colors.focus};
      outline-offset: ${vars.focusRing.offset};
    }
  }
  /* The skip link's target: out of the flow, so it adds no gap, and without a ring of its own. */
  [data-ak-part='skip-target'] {
    position: absolute;
    outline: none;
  }

  @media print {
    max-inline-size: none;
  }
`;
