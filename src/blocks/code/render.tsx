import { styled } from 'styled-components';
import { vars } from '../../theme';
import { focusCss, textOf, type BlockRender } from '../shared';
import { LANGUAGE } from './code';

// Code keeps its lines: it scrolls inside its box instead of wrapping or widening the page.
const Pre = styled.pre.withConfig({ componentId: 'ak-Code' })`
  margin: 0;
  padding: ${vars.space.md};
  overflow-x: auto;
  border: 1px solid ${vars.colors.border};
  border-radius: ${vars.radii.md};
  background: ${vars.colors.surface};
  font-family: ${vars.fonts.mono};
  font-size: 0.875em;
  line-height: 1.5;
  tab-size: 2;
  hyphens: manual;
  overflow-wrap: normal;
  ${focusCss}
  > code {
    font: inherit;
  }
`;

export const renderCode: BlockRender = (block) => {
  const text = textOf(block.text);
  const language = typeof block.language === 'string' && LANGUAGE.test(block.language) ? block.language : undefined;
  return (
    text && (
      <Pre tabIndex={0} data-language={language}>
        <code className={language && `language-${language}`}>{text}</code>
      </Pre>
    )
  );
};
