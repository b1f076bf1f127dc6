import { styled } from 'styled-components';
import { vars } from '../../theme';

// Only direct children and our own inline elements are styled, so a component a host places
// in the flow (a newsletter box, a chart) keeps its own typography. One styled element for the
// whole body: every further styled component adds its own class, rule set and runtime wrapper.
export const Root = styled.article`
  box-sizing: border-box;
  display: flex;
  flex-flow: column;
  gap: ${vars.space.md};
  max-inline-size: ${vars.measure};
  min-inline-size: 0;
  margin-inline: auto;
  color: ${vars.colors.text};
  font-size: ${vars.fontSizes.body};
  line-height: ${vars.lineHeights.body};
  text-align: start;
  /* Long German compounds break at syllables where the browser knows the language (lang),
     and anywhere else rather than overflow a narrow screen. */
  overflow-wrap: break-word;
  -webkit-hyphens: auto;
  hyphens: auto;

  > header {
    display: flex;
    flex-flow: column;
    gap: ${vars.space.sm};
    margin-block-end: ${vars.space.sm};
  }

  > header > h1,
  > :is(h2, h3, h4) {
    margin: 0;
    font-family: var(--ak-font-heading, inherit);
    line-height: ${vars.lineHeights.heading};
    font-weight: 700;
    text-wrap: balance;
  }

  > header > h1 {
    font-size: ${vars.fontSizes.title};
    font-weight: 800;
  }

  > :is(h2, h3, h4) {
    margin-block-start: ${vars.space.md};
    scroll-margin-block-start: ${vars.space.xl};
  }

  > h2 {
    font-size: ${vars.fontSizes.h2};
  }

  > h3 {
    font-size: ${vars.fontSizes.h3};
  }

  > h4 {
    font-size: ${vars.fontSizes.h4};
  }

  > header > p,
  > :is(p, ul, ol, figure),
  > figure > blockquote,
  > figure > blockquote > p {
    margin: 0;
  }

  > header > [data-part='lead'] {
    font-size: ${vars.fontSizes.lead};
    line-height: 1.5;
  }

  > header > [data-part='meta'],
  > figure > figcaption {
    color: ${vars.colors.textMuted};
    font-size: ${vars.fontSizes.small};
  }

  > header > [data-part='meta'] {
    display: flex;
    flex-wrap: wrap;
    column-gap: ${vars.space.sm};

    > * + *::before {
      content: '·';
      content: '·' / '';
      margin-inline-end: ${vars.space.sm};
    }
  }

  /* Read out before the date, not shown: the date speaks for itself on screen. */
  > header [data-part='date-label'] {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  > :is(ul, ol) {
    padding-inline-start: ${vars.space.lg};

    > li + li {
      margin-block-start: ${vars.space.xs};
    }
  }

  > figure > blockquote {
    padding-inline-start: ${vars.space.md};
    border-inline-start: 4px solid ${vars.colors.accent};
    font-size: ${vars.fontSizes.lead};
    font-style: italic;
  }

  > figure > img {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
    border-radius: ${vars.radii.md};
    background: ${vars.colors.surface};
  }

  > figure > figcaption {
    margin-block-start: ${vars.space.sm};
  }

  > [data-block='quote'] > figcaption::before {
    content: '— ';
  }

  > figure cite {
    font-style: normal;
  }

  > :is(header, p, ul, ol, figure) a {
    color: ${vars.colors.accent};
    text-decoration-thickness: from-font;
    text-underline-offset: 0.15em;

    &:focus-visible {
      outline: ${vars.focusRing.width} solid ${vars.colors.focus};
      outline-offset: ${vars.focusRing.offset};
      border-radius: ${vars.radii.sm};
    }
  }

  > :is(p, ul, ol) code {
    padding-inline: 0.3em;
    border-radius: ${vars.radii.sm};
    background: ${vars.colors.surface};
    font-family: ${vars.fonts.mono};
    font-size: 0.9em;
    overflow-wrap: anywhere;

    /* The code background disappears; a border keeps inline code apart from the prose. */
    @media (forced-colors: active) {
      border: 1px solid CanvasText;
    }
  }

  @media print {
    max-inline-size: none;
    color: #000;

    > :is(h2, h3, h4) {
      break-after: avoid;
    }

    > figure {
      break-inside: avoid;
    }

    /* On paper a link is only useful with its address. */
    > :is(p, ul, ol, figure) a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
      overflow-wrap: anywhere;
    }

    [data-ak='NewsletterCta'] {
      display: none;
    }
  }
`;
