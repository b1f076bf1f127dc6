import { styled } from 'styled-components';
import { pageCss, rootCss } from '../../theme/root';
import { vars } from '../../theme/vars';

// The parts keep their own spacing; the layout only gives them one reading column. Margin and
// padding are set, so a host's rules for every <article> leave the column alone.
export const Root = styled.article.withConfig({ componentId: 'ak-ArticleLayout' })`
  box-sizing: border-box;
  display: block;
  max-inline-size: ${vars.measure};
  min-inline-size: 0;
  margin: 0 auto;
  padding: 0;
  ${rootCss}
  ${pageCss}

  @media print {
    max-inline-size: none;
  }
`;
