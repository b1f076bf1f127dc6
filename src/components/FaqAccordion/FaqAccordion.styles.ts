import { styled } from 'styled-components';
import { vars } from '../../theme';

// One styled root with part selectors keeps the component small. The server renders
// `<details>`/`<summary>`, the browser then shows heading, button and region: both look the same,
// so the hand-over never moves anything.
export const Root = styled.section`
  display: flex;
  flex-direction: column;
  gap: ${vars.space.sm};
  margin-block: ${vars.space.xl};
  color: ${vars.colors.text};
  line-height: ${vars.lineHeights.body};
  /* Long German compounds wrap inside a 320 px column instead of overflowing it. */
  overflow-wrap: anywhere;
  hyphens: auto;

  [data-ak-part='title'] {
    margin: 0 0 ${vars.space.sm};
    font-family: ${vars.fonts.heading};
    font-size: ${vars.fontSizes.h2};
    line-height: ${vars.lineHeights.heading};
  }

  [data-ak-part='item'] {
    position: relative;
    border: 1px solid ${vars.colors.border};
    border-radius: ${vars.radii.md};
    background: ${vars.colors.surface};
  }

  [data-ak-part='question'] {
    flex: 1;
    margin: 0;
    font-family: ${vars.fonts.heading};
    font-size: ${vars.fontSizes.h4};
    font-weight: 600;
    line-height: ${vars.lineHeights.heading};
  }

  [data-ak-part='trigger'] {
    display: flex;
    align-items: center;
    gap: ${vars.space.md};
    box-sizing: border-box;
    inline-size: 100%;
    margin: 0;
    padding: ${vars.space.md};
    border: 0;
    border-radius: ${vars.radii.md};
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
    list-style: none;
  }
  [data-ak-part='trigger']::-webkit-details-marker {
    display: none;
  }
  [data-ak-part='trigger']:hover {
    color: ${vars.colors.accent};
  }
  [data-ak-part='trigger']:focus-visible {
    outline: ${vars.focusRing.width} solid ${vars.colors.focus};
    outline-offset: ${vars.focusRing.offset};
  }
  [data-ak-part='trigger'] > span {
    flex: 1;
  }
  [data-ak-part='trigger'] svg {
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
  }
  [aria-expanded='true'] svg,
  [open] > [data-ak-part='trigger'] svg {
    transform: rotate(180deg);
  }

  /* Grid rows animate to the content's height, also when it grows after opening. */
  [data-ak-part='answer'] {
    display: grid;
    grid-template-rows: 1fr;
  }
  [data-ak-part='answer'][data-state='closed'] {
    grid-template-rows: 0fr;
  }
  [data-ak-part='answer'] > div {
    min-block-size: 0;
    overflow: hidden;
  }
  [data-ak-part='anchor'] {
    position: absolute;
    inset-block-start: 0;
  }
  [data-ak-part='answer-content'] {
    padding: 0 ${vars.space.md} ${vars.space.md};
  }
  [data-ak-part='answer-content'] > * {
    margin-block: 0;
  }
  [data-ak-part='answer-content'] > * + * {
    margin-block-start: ${vars.space.sm};
  }
  [data-ak-part='answer-content'] a {
    color: ${vars.colors.accent};
  }

  @media screen and (prefers-reduced-motion: no-preference) {
    [data-ak-part='answer'] {
      transition: grid-template-rows 0.2s ease-out;
    }
    /* A closing answer stays painted until it has collapsed. An opening one is shown at once, so
       the browser can scroll to it for a #id link or a find-in-page match. */
    [data-ak-part='answer'][data-state='closed'] {
      transition:
        grid-template-rows 0.2s ease-out,
        content-visibility 0.2s allow-discrete;
    }
    [data-ak-part='trigger'] svg {
      transition: transform 0.2s ease-out;
    }
  }

  @media print {
    [data-ak-part='answer'][data-state] {
      grid-template-rows: 1fr;
      content-visibility: visible;
    }
    [data-ak-part='item']::details-content {
      content-visibility: visible;
    }
    [data-ak-part='item'] {
      break-inside: avoid;
    }
    [data-ak-part='trigger'] svg {
      display: none;
    }
  }
`;
