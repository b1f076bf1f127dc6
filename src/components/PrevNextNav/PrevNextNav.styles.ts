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
  margin-block: ${vars.space.xl};
  padding: 0;
  ${rootCss}

  /* Placement lives on our own wrapper, not on the link, so a router link that forwards only
     the documented props still lands on the right side: the last column, which is the second
     side by side and the only one when stacked. A grid wrapper lets the card fill its cell. */
  [data-side] {
    display: grid;
  }

  [data-side='next'] {
    grid-column: -2;
    text-align: end;
  }

  /* A grid item, so a block; the label runs as a line above the title. */
  a {
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

  /* The title, clamped for the eye only: the full title stays in the DOM and in the name. */
  b {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 3;
    overflow: hidden;
    overflow-wrap: anywhere;
    hyphens: auto;
    line-height: ${vars.lineHeights.heading};
    color: ${vars.colors.accent};
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
