import { styled } from 'styled-components';
import { vars } from '../../theme';
import { pageCss, rootCss } from '../../theme/root';

// Only direct children and our own inline elements are styled, so a component a host places
// in the flow (a newsletter box, a chart) keeps its own typography. One styled element for the
// whole body: every further styled component adds its own class, rule set and runtime wrapper.
// Colour scheme, text colour, background and font come from the provider's theme, or from the
// host's page when there is no provider.
export const Root = styled.article.withConfig({ componentId: 'ak-ArticleBody' })`
  display: flex;
  flex-flow: column;
  gap: ${vars.space.md};
  max-inline-size: ${vars.measure};
  min-inline-size: 0;
  margin: 0 auto;
  padding: 0;
  ${rootCss}
  ${pageCss}
  font-size: ${vars.fontSizes.body};
  line-height: ${vars.lineHeights.body};
  /* Long German compounds break at syllables where the browser knows the language (lang),
     and anywhere else rather than overflow a narrow screen. */
  overflow-wrap: break-word;
  -webkit-hyphens: auto;
  hyphens: auto;

  > header {
    display: flex;
    flex-flow: column;
    gap: ${vars.space.sm};
  }

  > header,
  > header > *,
  > :is(p, ul, ol, figure, h2, h3, h4),
  > figure > * {
    margin: 0;
  }

  > header {
    padding: 0;
  }

  /* Markers and indent are set, not inherited: a host's list reset would also take away the
     list from some screen readers. */
  > :is(ul, ol) {
    padding-inline-start: 1.5em;
  }

  > ul {
    list-style: disc;
  }

  > ol {
    list-style: decimal;
  }

  > header > h1,
  > :is(h2, h3, h4) {
    font-family: var(--ak-font-heading, inherit);
    line-height: ${vars.lineHeights.heading};
  }

  > header > h1 {
    font-size: ${vars.fontSizes.title};
  }

  > :is(h2, h3, h4) {
    margin-block-start: ${vars.space.md};
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

  > header > [data-part='lead'] {
    font-size: ${vars.fontSizes.lead};
  }

  > header > [data-part='meta'],
  > figure > figcaption {
    color: ${vars.colors.textMuted};
    font-size: ${vars.fontSizes.small};
  }

  /* The separator is drawn, not read out (where alternative text for content is supported). */
  > header > [data-part='meta'] > * + *::before {
    content: ' · ';
    content: ' · ' / '';
  }

  /* Read out before the date, not shown: the date speaks for itself on screen. */
  [data-part='date-label'] {
    position: absolute;
    inline-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  > figure > blockquote {
    padding-inline-start: ${vars.space.md};
    border-inline-start: 4px solid ${vars.colors.accent};
    font-style: italic;
  }

  > figure > img {
    display: block;
    box-sizing: border-box;
    max-inline-size: 100%;
    block-size: auto;
    background: ${vars.colors.surface};
  }

  > figure > figcaption {
    margin-block-start: ${vars.space.sm};
  }

  > figure > figcaption > cite::before {
    content: '— ';
  }

  /* Underlined, so a link in running text is not told apart by colour alone. */
  > :is(header, p, ul, ol, figure) a {
    color: ${vars.colors.accent};
    text-decoration: underline;
    &:focus-visible {
      outline: ${vars.focusRing.width} solid ${vars.colors.focus};
      outline-offset: ${vars.focusRing.offset};
    }
  }

  > :is(p, ul, ol) code {
    padding-inline: 0.3em;
    background: ${vars.colors.surface};
    font-family: ${vars.fonts.mono};
    font-size: 0.9em;
    overflow-wrap: anywhere;
    /* Invisible, until forced colours drop the background: then it keeps code apart from prose. */
    outline: 1px solid transparent;
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
    a[href^='http']::after {
      content: ' (' attr(href) ')';
    }

    [data-ak='NewsletterCta'] {
      display: none;
    }
  }
`;
