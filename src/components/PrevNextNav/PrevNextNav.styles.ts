import { styled } from 'styled-components';
import { vars } from '../../theme/vars';
import { rootCss } from '../../theme/root';

// One styled element: in React Server Components styled-components puts a <style> element in
// front of each styled element, so the parts inside are plain elements reached by selectors.
// The cards are whatever the host's link component renders, so they are styled as `a`.
export const Nav = styled.nav.withConfig({ componentId: 'ak-PrevNextNav' })`
  /* Two columns when both fit at least 15rem, else one: the cards stack by the width the host
     gives the nav, not by the viewport. Each column takes over a third, so there are never
     three. */
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(max(15rem, 34%), 1fr));
  gap: ${vars.space.md};
  max-inline-size: ${vars.measure};
  margin: ${vars.space.xl} auto;
  padding: 0;
  ${rootCss}
  /* Its own, so a host's line height leaves the cards as they are. */
  line-height: ${vars.lineHeights.heading};

  /* Placement lives on our own wrapper, not on the link, so a router link that forwards only
     the documented props still lands on the right side: the last column, which is the second
     side by side and the only one when stacked. A grid wrapper lets the card fill its cell. */
  [data-side] {
    display: grid;
  }

  [data-side='next'] {
    grid-column: -2;
  }

  /* The card: the label in a row above the title, both at the top however tall the row of cards. */
  a {
    display: grid;
    align-content: start;
    padding: ${vars.space.md};
    border: 1px solid ${vars.colors.border};
    border-radius: ${vars.radii.md};
    background: ${vars.colors.surface};
    color: ${vars.colors.textMuted};
    text-decoration: none;
  }

  a:hover {
    border-color: ${vars.colors.accent};
  }

  a:focus-visible {
    outline: ${vars.focusRing.width} solid ${vars.colors.focus};
    outline-offset: ${vars.focusRing.offset};
  }

  span {
    font-size: ${vars.fontSizes.small};
    font-weight: 600;
  }

  /* The title, clamped for the eye only: the full title stays in the DOM and in the name. Its
     lines are never end-aligned: on an end-aligned line Chromium sets the ellipsis past the edge,
     where it is cut off. */
  b {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
    overflow-wrap: anywhere;
    hyphens: auto;
    text-wrap: pretty;
    color: ${vars.colors.accent};
  }

  /* The next card keeps label and title to its end side by placing them there, each as wide as its
     text: a short title ends at the card's end, a long one fills the card with its lines starting
     at the start edge. */
  [data-side='next'] a {
    justify-items: end;
  }

  a:hover b {
    text-decoration: underline;
  }

  /* The arrows are text the bidi algorithm mirrors on right-to-left pages, with an empty
     alternative text, so assistive technology skips them. */
  [data-side='prev'] span::before {
    content: '‹ '/'';
  }

  [data-side='next'] span::after {
    content: ' ›'/'';
  }

  @media (forced-colors: active) {
    a {
      border-color: LinkText;
    }
  }

  @media print {
    display: none;
  }
`;
