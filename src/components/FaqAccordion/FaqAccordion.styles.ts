import { styled } from 'styled-components';
import { vars } from '../../theme';
import { rootCss } from '../../theme/root';

// One styled root with part selectors keeps the component small. The server renders
// `<details>`/`<summary>`, the browser then shows heading, button and region: both look the same,
// so the hand-over never moves anything. Capped at the reading measure like the article's column;
// its title's size follows the column it sits in (the article's), or the window when alone.
export const Root = styled.section.withConfig({ componentId: 'ak-FaqAccordion' })`
  display: flex;
  flex-direction: column;
  max-inline-size: ${vars.measure};
  margin: ${vars.space.xl} auto;
  padding: 0;
  /* With each row's top line, closes the last row. */
  border-block-end: 1px solid ${vars.colors.border};
  ${rootCss}
  color: ${vars.colors.text};
  /* Answers in the size of the article's text. */
  font-size: ${vars.fontSizes.body};
  line-height: ${vars.lineHeights.body};
  /* Long German compounds wrap inside a 320 px column instead of overflowing it. */
  overflow-wrap: anywhere;
  hyphens: auto;

  [data-ak-part='title'],
  [data-ak-part='question'] {
    display: flex;
    margin: 0;
    font-family: ${vars.fonts.heading};
    line-height: ${vars.lineHeights.heading};
    hyphens: manual;
    text-wrap: balance;
  }
  [data-ak-part='title'] {
    margin-block-end: ${vars.space.sm};
    font-size: ${vars.fontSizes.h2};
  }
  /* The question in the text's size, bold: rows to scan, not a second headline. */
  [data-ak-part='question'] {
    font-size: inherit;
    font-weight: 700;
  }

  /* Rows between hairlines, as news pages set their questions: the lines (3:1 against the page)
     mark each question's button, the chevron says whether it is open. */
  [data-ak-part='item'] {
    position: relative;
    margin: 0;
    padding: 0;
    border-block-start: 1px solid ${vars.colors.border};
  }

  [data-ak-part='trigger'] {
    /* Drops the button and summary look; the marker of <summary> goes with display: flex. The
       button fills its heading, a flex container for that. */
    all: unset;
    flex: 1;
    display: flex;
    gap: ${vars.space.md};
    /* Room at the end for the chevron's corners while it turns. */
    padding-block: ${vars.space.md};
    padding-inline: 0 ${vars.space.sm};
    border-radius: ${vars.radii.md};
    cursor: pointer;
    &::-webkit-details-marker {
      display: none;
    }
    &:hover {
      color: ${vars.colors.accent};
    }
    &:focus-visible {
      outline: ${vars.focusRing.width} solid ${vars.colors.focus};
      outline-offset: ${vars.focusRing.offset};
    }
    svg {
      /* A square at the inline end, in the middle of the question. Square, so that turning it
         stays inside its own box and never widens the page. */
      flex: none;
      inline-size: 1.25rem;
      block-size: 1.25rem;
      align-self: center;
      margin-inline-start: auto;
      fill: none;
      stroke: currentColor;
      stroke-width: 2;
    }
  }
  [aria-expanded='true'] svg,
  [open] > summary svg {
    rotate: 180deg;
  }

  /* Grid rows animate to the content's height, also when it grows after opening. A closed answer
     is hidden="until-found" (see FaqAccordion). */
  [data-ak-part='answer'] {
    /* Important: a host rule such as [hidden] { display: none !important } would take a closed
       answer out of find-in-page. */
    display: grid !important;
    grid-template-rows: 1fr;
    overflow: hidden;
    &[hidden] {
      grid-template-rows: 0fr;
    }
  }
  [data-ak-part='answer-content'] {
    min-block-size: 0;
    padding-block-end: ${vars.space.md};
    > * {
      margin-block: 0;
    }
    > * + * {
      margin-block-start: ${vars.space.sm};
    }
    a {
      color: ${vars.colors.accent};
    }
  }
  [data-ak-part='anchor'] {
    position: absolute;
    top: 0;
  }

  /* Screen only: in print every answer shows at once. */
  @media screen and (prefers-reduced-motion: no-preference) {
    [data-ak-part='answer'] {
      transition: grid-template-rows 0.2s;
      /* A closing answer stays painted until it has collapsed (content-visibility, which
         hidden="until-found" sets, keeps its visible value while a discrete transition runs). An
         opening one shows at once, so the browser can scroll to it for a #id link. */
      &[hidden] {
        transition: 0.2s allow-discrete;
      }
    }
    [data-ak-part='trigger'] svg {
      transition: rotate 0.2s;
    }
  }
  /* Set while an item opens (see useFaqAccordion): an answer that closes because of it collapses
     at once, so the page can keep the clicked question in place. */
  &[data-ak-instant] [hidden] {
    transition: none;
  }

  @media print {
    [data-ak-part='answer'][hidden] {
      grid-template-rows: 1fr;
      content-visibility: visible;
    }
    [data-ak-part='item']::details-content {
      content-visibility: visible;
    }
  }
`;
