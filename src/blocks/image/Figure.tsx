import { styled } from 'styled-components';
import { vars } from '../../theme';

// Images, quotes and embeds share one figure: its rules are sent with the page only when one of
// them is in the article.
export const Figure = styled.figure.withConfig({ componentId: 'ak-Figure' })`
  margin: 0;
  > * {
    margin: 0;
  }
  > blockquote {
    padding-inline-start: ${vars.space.md};
    border-inline-start: 4px solid ${vars.colors.accent};
    font-style: italic;
    > p {
      margin: 0;
    }
    > p + p {
      margin-block-start: ${vars.space.sm};
    }
  }
  > img {
    display: block;
    box-sizing: border-box;
    max-inline-size: 100%;
    block-size: auto;
    background: ${vars.colors.surface};
  }
  > figcaption {
    margin-block-start: ${vars.space.sm};
    color: ${vars.colors.textMuted};
    font-size: ${vars.fontSizes.small};
  }
  > figcaption > cite::before {
    content: '— ';
  }
  [data-part='credit'] {
    font-size: 0.9em;
    letter-spacing: 0.01em;
  }
  > figcaption > * + [data-part='credit']::before {
    content: ' · ';
    content: ' · ' / '';
  }
  @media print {
    break-inside: avoid;
  }
`;
