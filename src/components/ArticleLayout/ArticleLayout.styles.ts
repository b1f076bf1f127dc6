import { styled } from 'styled-components';
import { vars } from '../../theme/vars';

// The parts keep their own spacing; the layout only gives them one reading column.
export const Root = styled.article`
  box-sizing: border-box;
  display: block;
  max-inline-size: ${vars.measure};
  min-inline-size: 0;
  margin-inline: auto;

  @media print {
    max-inline-size: none;
  }
`;
