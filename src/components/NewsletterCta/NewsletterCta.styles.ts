import { styled } from 'styled-components';
import { vars } from '../../theme';
import { rootCss } from '../../theme/root';

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

  form,
  [role='status'] {
    display: grid;
    gap: ${vars.space.sm};
  }

  form,
  [data-part='note'] {
    margin: ${vars.space.md} 0 0;
  }

  /* Field and button side by side when there is room, stacked on narrow screens. */
  [data-part='fields'] {
    display: flex;
    flex-wrap: wrap;
    gap: ${vars.space.sm};
  }

  [hidden] {
    display: none;
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
    flex: 1 0 auto;
    border-color: ${vars.colors.accent};
    background: ${vars.colors.accent};
    color: ${vars.colors.onAccent};
  }

  /* While the request runs: the field is read-only, the button does nothing more. */
  [readonly],
  [aria-disabled] {
    cursor: progress;
  }

  [role='status'] {
    justify-items: start;
  }

  [data-part='note'] {
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
