import { styled } from 'styled-components';
import { vars } from '../../theme';
import { containerCss, pageCss, rootCss } from '../../theme/root';

// Only direct children and our own inline elements are styled, so a component a host places
// in the flow (a newsletter box, a chart) keeps its own typography. The common parts (header,
// headings, paragraphs, lists) are styled here; rarer blocks (figures, tables, code, callouts)
// bring their own rules (src/blocks/<type>/render.tsx), which reach a page only when it has one.
// Colour scheme, text colour, background and font come from the provider's theme, or from the
// host's page when there is no provider. The root is a size container (see containerCss): the
// title, section and lead sizes follow the column.
export const Root = styled.article.withConfig({ componentId: 'ak-ArticleBody' })`
  display: flex;
  flex-flow: column;
  gap: ${vars.space.md};
  ${containerCss}
  max-inline-size: ${vars.measure};
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
  > :is(p, ul, ol, h2, h3, h4, nav) {
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

  /* Headlines break between words into lines of even length, as news sites set them; a word
     longer than the line still wraps (overflow-wrap) rather than overflow. */
  > header > h1,
  > :is(h2, h3, h4) {
    font-family: var(--ak-font-heading, inherit);
    line-height: ${vars.lineHeights.heading};
    -webkit-hyphens: manual;
    hyphens: manual;
    text-wrap: balance;
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

  /* The lead: a step above the text, a little tighter and, where the font has one, medium, so it
     reads as the summary it is. */
  > header > [data-part='lead'] {
    font-size: ${vars.fontSizes.lead};
    font-weight: 500;
    line-height: 1.4;
  }

  /* The byline closes the header with a hairline: above it what the article says, below it the text. */
  > header > [data-part='meta'] {
    padding-block-end: ${vars.space.sm};
    border-block-end: 1px solid ${vars.colors.border};
    color: ${vars.colors.textMuted};
    font-size: ${vars.fontSizes.small};
  }

  /* The byline wraps between its items (author, date, reading time), not inside "2 Min. Lesezeit". */
  > header > [data-part='meta'] > * {
    display: inline-block;
  }

  > header > [data-part='breadcrumbs'] > ol {
    display: flex;
    flex-wrap: wrap;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: ${vars.fontSizes.small};
    > li + li::before {
      content: '›';
      content: '›' / '';
      margin-inline: ${vars.space.xs};
      color: ${vars.colors.textMuted};
    }
  }

  > header > [data-part='section'] {
    color: ${vars.colors.accent};
    font-size: ${vars.fontSizes.small};
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }

  > hr {
    inline-size: 100%;
    margin-block: ${vars.space.md};
    border: 0;
    border-block-start: 1px solid ${vars.colors.border};
  }

  > nav[data-part='toc'] {
    padding: ${vars.space.md};
    border: 1px solid ${vars.colors.border};
    border-radius: ${vars.radii.md};
    > p {
      margin: 0 0 ${vars.space.xs};
      font-weight: 700;
    }
    > ol {
      margin: 0;
      padding-inline-start: 1.5em;
    }
  }

  /* The heading's text is the link: it keeps the heading's look and shows a # on hover and focus,
     drawn, not read out. */
  > :is(h2, h3, h4) > [data-part='anchor'] {
    color: inherit;
    text-decoration: none;
    &::after {
      content: ' #';
      content: ' #' / '';
      color: ${vars.colors.accent};
      opacity: 0;
    }
    &:is(:hover, :focus-visible)::after {
      opacity: 1;
    }
    &:focus-visible {
      outline: ${vars.focusRing.width} solid ${vars.colors.focus};
      outline-offset: ${vars.focusRing.offset};
    }
  }

  /* The separator is drawn, not read out (where alternative text for content is supported). It
     ends an item, so a wrapped line starts with the next one. */
  > header > [data-part='meta'] > :not(:last-child)::after {
    content: '·';
    content: '·' / '';
    margin-inline: 0.4em;
  }

  /* Read out before the date, not shown: the date speaks for itself on screen. */
  [data-part='date-label'] {
    position: absolute;
    inline-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* Underlined, so a link in running text is not told apart by colour alone. */
  > :is(header, p, ul, ol, nav) a {
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

    /* On paper a link is only useful with its address. */
    a[href^='http']::after {
      content: ' (' attr(href) ')';
    }

    [data-ak='NewsletterCta'] {
      display: none;
    }
  }
`;
