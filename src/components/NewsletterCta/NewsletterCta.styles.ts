import { keyframes, styled } from 'styled-components';
import { vars } from '../../theme';
import { rootCss } from '../../theme/root';

const spin = keyframes`to { transform: rotate(1turn); }`;

// One styled root: each part is reached through a stable hook (`data-part`, a role or an input
// type) that host CSS can target too. No position-based selectors (:first-child): under React
// Server Components, styled-components renders its <style> elements among the children.
export const Box = styled.section.withConfig({ componentId: 'ak-NewsletterCta' })`
  box-sizing: border-box;
  max-inline-size: ${vars.measure};
  ${rootCss}
  margin-block: ${vars.space.xl};
  padding: ${vars.space.lg};
  border: 1px solid ${vars.colors.border};
  border-radius: ${vars.radii.lg};
  background: ${vars.colors.surface};
  color: ${vars.colors.text};
  font-size: ${vars.fontSizes.body};
  line-height: ${vars.lineHeights.body};
  overflow-wrap: anywhere;

  :focus-visible {
    outline: ${vars.focusRing.width} solid ${vars.colors.focus};
    outline-offset: ${vars.focusRing.offset};
  }

  /* The heading keeps the box's font unless the theme names a heading font. */
  > :is(h2, h3, h4, h5, h6) {
    margin: 0 0 ${vars.space.sm};
    font-family: var(--ak-font-heading, inherit);
    font-size: ${vars.fontSizes.h3};
    line-height: ${vars.lineHeights.heading};
    hyphens: manual;
  }

  > p {
    display: inline-block;
    margin: ${vars.space.sm} 0 0;
    padding: 0 ${vars.space.sm};
    border: 1px solid;
    border-radius: 1em;
    color: ${vars.colors.accent};
    font-size: ${vars.fontSizes.small};
    font-weight: 600;
  }

  /* Fields, status and note in one column; a result covers fields and note in their place. */
  form {
    display: grid;
    margin: ${vars.space.md} 0 0;
  }

  form > * {
    grid-column: 1;
  }

  [role='status'] {
    grid-row: 2;
  }

  [data-part='note'] {
    grid-row: 3;
  }

  /* Field and button side by side when there is room, stacked on narrow screens. */
  [data-part='fields'] {
    grid-row: 1;
    display: flex;
    flex-wrap: wrap;
    gap: ${vars.space.sm};
  }

  /* Covered by the result, they keep their room: nothing below the box moves. */
  form > [hidden] {
    visibility: hidden;
  }

  [data-part='hint'] {
    display: grid;
    justify-items: start;
    gap: ${vars.space.sm};
    margin-block-start: ${vars.space.sm};
  }

  /* The confirmation: an icon in the success colour beside the message and the address. */
  [data-part='result'] {
    grid-area: 1 / 1 / 4;
    display: grid;
    grid-template-columns: 2rem 1fr;
    align-content: center;
    justify-items: start;
    gap: ${vars.space.sm} ${vars.space.md};
    padding-inline-start: ${vars.space.md};
    border-inline-start: 4px solid ${vars.colors.success};
  }

  [data-part='result'] > svg {
    grid-row: span 2;
    inline-size: 2rem;
    block-size: 2rem;
    fill: none;
    stroke: ${vars.colors.success};
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  [data-part='result'] > :not(svg) {
    grid-column: 2;
  }

  [data-part='address'] {
    display: block;
    font-weight: 400;
  }

  [for],
  [role='alert'],
  [tabindex='-1'] {
    flex-basis: 100%;
    margin: 0;
    font-size: inherit;
    font-weight: 600;
  }

  /* Errors in the GOV.UK style: a bar beside the message, which also shows in forced colors. */
  [role='alert'] {
    border-inline-start: 4px solid;
    padding-inline-start: ${vars.space.sm};
    color: ${vars.colors.danger};
  }

  /* Every box property a host's rules for all inputs and buttons could set is set here. */
  [type='text'],
  button {
    box-sizing: border-box;
    inline-size: auto;
    min-inline-size: 0;
    max-inline-size: 100%;
    block-size: auto;
    min-block-size: 2.75rem;
    margin: 0;
    padding: 0.25rem 0.75rem;
    box-shadow: none;
    text-transform: none;
    letter-spacing: normal;
    border: 2px solid;
    border-radius: ${vars.radii.md};
    background: none;
    color: ${vars.colors.accent};
    font: inherit;
    font-weight: 700;
    cursor: pointer;
  }

  [type='text'] {
    flex: 999 1 14rem;
    min-inline-size: 0;
    background: ${vars.colors.background};
    color: inherit;
    font-weight: 400;
    cursor: auto;
  }

  ::placeholder {
    color: ${vars.colors.textMuted};
    opacity: 1;
  }

  [aria-invalid='true'] {
    border-color: ${vars.colors.danger};
    border-inline-start-width: 6px;
  }

  [type='submit'] {
    display: inline-grid;
    flex: 1 0 auto;
    place-items: center;
    border-color: ${vars.colors.accent};
    background: ${vars.colors.accent};
    color: ${vars.colors.onAccent};
  }

  [type='submit'] > span {
    grid-area: 1 / 1;
  }

  /* While the request runs: a spinner over the hidden label, and a visibly locked field. */
  [aria-disabled] > span {
    opacity: 0;
  }

  [aria-disabled]::after {
    content: '';
    grid-area: 1 / 1;
    inline-size: 1.25em;
    block-size: 1.25em;
    border: 3px solid;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: ${spin} 0.8s linear infinite;
  }

  [readonly] {
    border-style: dashed;
    background: ${vars.colors.surface};
    color: ${vars.colors.textMuted};
  }

  [readonly],
  [aria-disabled] {
    cursor: progress;
  }

  @media (prefers-reduced-motion: reduce) {
    [aria-disabled]::after {
      animation: none;
      border-style: dotted;
    }
  }

  [data-part='note'] {
    display: block;
    margin: ${vars.space.md} 0 0;
    color: ${vars.colors.textMuted};
    font-size: ${vars.fontSizes.small};
  }

  /* Visually hidden: the "Error:" prefix for screen readers, and the honeypot, off screen
     rather than under display: none, which many bots recognise and skip. Live regions stay
     rendered while empty, so their first message is announced; out of the flow, an empty one
     adds no gap. */
  [role]:empty,
  [data-part='hidden'] {
    position: absolute;
    inline-size: 1px;
    min-inline-size: 0;
    block-size: 1px;
    min-block-size: 0;
    margin: 0;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media print {
    display: none;
  }
`;

// The consent checkbox, which few boxes ask for: its rules reach a page only with it.
export const Consent = styled.label.withConfig({ componentId: 'ak-NewsletterConsent' })`
  display: flex;
  flex-basis: 100%;
  gap: ${vars.space.sm};

  > [type='checkbox'] {
    flex: none;
    inline-size: 1.5rem;
    min-inline-size: 0;
    block-size: 1.5rem;
    margin: 0.125rem 0 0;
    padding: 0;
    box-shadow: none;
    accent-color: ${vars.colors.accent};
  }
`;
