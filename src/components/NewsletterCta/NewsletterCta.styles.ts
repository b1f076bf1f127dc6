import { styled } from 'styled-components';
import { vars } from '../../theme';

// One styled root: each part is reached through a stable hook (`data-part`, a role or an input
// type) that host CSS can target too. No position-based selectors (:first-child): under React
// Server Components, styled-components renders its <style> elements among the children.
export const Box = styled.section`
  box-sizing: border-box;
  max-inline-size: ${vars.measure};
  margin-block: ${vars.space.xl};
  padding: ${vars.space.lg};
  border: 1px solid ${vars.colors.border};
  border-radius: ${vars.radii.lg};
  background: ${vars.colors.surface};
  color: ${vars.colors.text};
  font-size: ${vars.fontSizes.body};
  line-height: ${vars.lineHeights.body};
  overflow-wrap: anywhere;

  & :focus-visible {
    outline: ${vars.focusRing.width} solid ${vars.colors.focus};
    outline-offset: ${vars.focusRing.offset};
  }

  & > :is(h2, h3, h4, h5, h6) {
    margin: 0 0 ${vars.space.sm};
    font-family: ${vars.fonts.heading};
    font-size: ${vars.fontSizes.h3};
    line-height: ${vars.lineHeights.heading};
    letter-spacing: 0.02em;
  }

  & > p {
    display: inline-block;
    margin: ${vars.space.sm} 0 0;
    padding: 0.125rem ${vars.space.sm};
    border: 1px solid;
    border-radius: 999px;
    color: ${vars.colors.accent};
    font-size: ${vars.fontSizes.small};
    font-weight: 600;
  }

  /* Field and button side by side when there is room, stacked on narrow screens. */
  & form,
  & [data-part='fields'] {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: ${vars.space.sm};
  }

  & form,
  & [data-part='note'] {
    margin-block-start: ${vars.space.md};
  }

  & form > *,
  & [data-part='fields'] > label,
  & [data-part='consent'],
  & [role='alert'] {
    flex-basis: 100%;
  }

  & [data-part='fields'] > label,
  & [role='alert'],
  & [tabindex='-1'] {
    font-weight: 600;
  }

  & [role='status'] {
    display: grid;
    gap: ${vars.space.sm};
  }

  & [hidden] {
    display: none;
  }

  & [type='text'],
  & [type='submit'] {
    box-sizing: border-box;
    min-block-size: 2.75rem;
    padding: ${vars.space.sm} ${vars.space.lg};
    border: 2px solid ${vars.colors.textMuted};
    border-radius: ${vars.radii.md};
    font: inherit;
  }

  & [type='text'] {
    flex: 999 1 14rem;
    min-inline-size: 0;
    padding-inline: 0.75rem;
    background: ${vars.colors.background};
    color: inherit;
  }

  & ::placeholder {
    color: ${vars.colors.textMuted};
    opacity: 1;
  }

  & [aria-invalid='true'] {
    border-color: ${vars.colors.danger};
    border-inline-start-width: 6px;
  }

  & [readonly] {
    border-style: dashed;
  }

  & button {
    min-inline-size: 1.5rem;
    min-block-size: 1.5rem;
    border: 0;
    padding: 0;
    background: none;
    color: ${vars.colors.accent};
    font: inherit;
    text-align: start;
    text-decoration: underline;
    cursor: pointer;
  }

  & [type='submit'] {
    flex: 1 0 auto;
    border: 2px solid transparent;
    background: ${vars.colors.accent};
    color: ${vars.colors.onAccent};
    font-weight: 700;
    text-align: center;
    text-decoration: none;
  }

  & [aria-disabled='true'] {
    cursor: progress;
    opacity: 0.8;
  }

  & [data-part='consent'] {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: ${vars.space.sm};
  }

  & [type='checkbox'] {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0.125rem 0 0;
    accent-color: ${vars.colors.accent};
  }

  & [role='alert'] {
    grid-column: 1 / -1;
    color: ${vars.colors.danger};
  }

  /* Live regions stay rendered while empty, so their first message is announced; out of the
     flow, an empty one adds no gap. */
  & [role]:empty,
  & [data-part='hidden'] {
    position: absolute;
  }

  & [tabindex='-1'] {
    color: ${vars.colors.success};
  }

  & [data-part='note'] {
    color: ${vars.colors.textMuted};
    font-size: ${vars.fontSizes.small};
  }

  & [data-part='note'] * {
    margin: 0;
    color: inherit;
  }

  /* Visually hidden: the "Error:" prefix for screen readers, and the honeypot, off screen
     rather than under display: none, which many bots recognise and skip. */
  & [data-part='hidden'] {
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  @media (forced-colors: active) {
    & [role='alert'] {
      border-inline-start: 4px solid;
      padding-inline-start: ${vars.space.sm};
    }
  }

  @media print {
    display: none;
  }
`;
