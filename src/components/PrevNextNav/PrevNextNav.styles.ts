import { styled } from 'styled-components';
import { vars } from '../../theme/vars';

// The nav is the size container, so the cards stack by the width the host gives the article,
// not by the viewport.
export const Nav = styled.nav`
  container-type: inline-size;
  margin-block: ${vars.space.xl};

  & svg:dir(rtl) {
    transform: scaleX(-1);
  }

  @media print {
    display: none;
  }
`;

export const Sides = styled.div`
  display: grid;
  grid-template-columns: repeat(2, minmax(0, 1fr));
  gap: ${vars.space.md};

  @container (max-width: 30rem) {
    grid-template-columns: minmax(0, 1fr);
  }
`;

// Placement lives on our own wrapper, not on the link, so a router link that forwards only
// the documented props still lands on the right side.
export const Side = styled.div`
  display: flex;

  &[data-side='next'] {
    grid-column: 2;
    text-align: end;
  }

  @container (max-width: 30rem) {
    &[data-side='next'] {
      grid-column: 1;
    }
  }
`;

export const Card = styled.a`
  display: flex;
  flex-direction: column;
  gap: ${vars.space.xs};
  flex: 1;
  min-inline-size: 0;
  min-block-size: 3rem;
  padding: ${vars.space.md} ${vars.space.lg};
  border: 1px solid ${vars.colors.border};
  border-radius: ${vars.radii.md};
  background: ${vars.colors.surface};
  color: ${vars.colors.text};
  text-decoration: none;

  &:hover {
    border-color: ${vars.colors.accent};
  }

  &:focus-visible {
    outline: ${vars.focusRing.width} solid ${vars.colors.focus};
    outline-offset: ${vars.focusRing.offset};
  }

  @media (forced-colors: active) {
    border-color: LinkText;
  }
`;

export const Label = styled.span`
  font-size: ${vars.fontSizes.small};
  font-weight: 600;
  color: ${vars.colors.textMuted};

  & > svg {
    vertical-align: -0.125em;
  }
`;

// Clamped for the eye only: the full title stays in the DOM and in the link's name.
export const Title = styled.span`
  display: -webkit-box;
  -webkit-box-orient: vertical;
  -webkit-line-clamp: 3;
  line-clamp: 3;
  overflow: hidden;
  overflow-wrap: anywhere;
  hyphens: auto;
  font-weight: 700;
  line-height: ${vars.lineHeights.heading};
  color: ${vars.colors.accent};

  a:hover > & {
    text-decoration: underline;
  }
`;
