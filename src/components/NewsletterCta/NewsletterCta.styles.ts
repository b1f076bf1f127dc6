import { styled } from 'styled-components';
import { vars } from '../../theme';

const focusRing = `
  &:focus-visible {
    outline: ${vars.focusRing.width} solid ${vars.colors.focus};
    outline-offset: ${vars.focusRing.offset};
  }
`;

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
  overflow-wrap: break-word;

  & * {
    box-sizing: border-box;
  }

  @media print {
    display: none;
  }
`;

export const Title = styled.h2`
  margin: 0 0 ${vars.space.sm};
  font-family: ${vars.fonts.heading};
  font-size: ${vars.fontSizes.h3};
  line-height: ${vars.lineHeights.heading};
  letter-spacing: 0.02em;
`;

export const Description = styled.div`
  margin: 0;
`;

export const Badge = styled.p`
  display: inline-block;
  margin: ${vars.space.sm} 0 0;
  padding: 0.125rem ${vars.space.sm};
  border: 1px solid ${vars.colors.accent};
  border-radius: 999px;
  color: ${vars.colors.accent};
  font-size: ${vars.fontSizes.small};
  font-weight: 600;
`;

export const Form = styled.form`
  display: grid;
  gap: ${vars.space.sm};
  margin-block-start: ${vars.space.md};
`;

/** Label, field, button and their errors; hidden once the reader is subscribed. */
export const Fields = styled.div`
  display: grid;
  gap: ${vars.space.sm};

  &[hidden] {
    display: none;
  }

  & > label {
    font-weight: 600;
  }
`;

/** Field and button: side by side when there is room, stacked on narrow screens. */
export const Row = styled.div`
  display: flex;
  flex-wrap: wrap;
  gap: ${vars.space.sm};
`;

export const Field = styled.input`
  flex: 999 1 14rem;
  min-inline-size: 0;
  min-block-size: 2.75rem;
  padding: ${vars.space.sm} 0.75rem;
  border: 2px solid ${vars.colors.textMuted};
  border-radius: ${vars.radii.md};
  background: ${vars.colors.background};
  color: ${vars.colors.text};
  font: inherit;

  &::placeholder {
    color: ${vars.colors.textMuted};
    opacity: 1;
  }

  &[aria-invalid='true'] {
    border-color: ${vars.colors.danger};
    border-inline-start-width: 6px;
  }

  &:read-only {
    border-style: dashed;
  }

  ${focusRing}
`;

const buttonBase = `
  min-block-size: 1.5rem;
  min-inline-size: 1.5rem;
  font: inherit;
  cursor: pointer;
  ${focusRing}
`;

export const Submit = styled.button`
  ${buttonBase}
  flex: 1 0 auto;
  min-block-size: 2.75rem;
  padding: ${vars.space.sm} ${vars.space.lg};
  border: 2px solid transparent;
  border-radius: ${vars.radii.md};
  background: ${vars.colors.accent};
  color: ${vars.colors.onAccent};
  font-weight: 700;

  &[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.8;
  }
`;

/** A button that reads like a link: accepting a suggestion, changing the address. */
export const TextButton = styled.button`
  ${buttonBase}
  padding: 0;
  border: 0;
  background: none;
  color: ${vars.colors.accent};
  text-align: start;
  text-decoration: underline;
  text-underline-offset: 0.2em;
`;

// The live regions below stay rendered while empty, so their first message is announced;
// `position: absolute` keeps an empty one out of the form's gap.
export const ErrorText = styled.div`
  color: ${vars.colors.danger};
  font-weight: 600;

  & p {
    margin: 0;
  }

  &:empty {
    position: absolute;
  }

  @media (forced-colors: active) {
    & p {
      border-inline-start: 4px solid CanvasText;
      padding-inline-start: ${vars.space.sm};
    }
  }
`;

export const Status = styled.div`
  display: grid;
  gap: ${vars.space.xs};
  overflow-wrap: anywhere;

  & p {
    margin: 0;
  }

  &:empty {
    position: absolute;
  }

  & [tabindex='-1'] {
    color: ${vars.colors.success};
    font-weight: 600;
    ${focusRing}
  }
`;

/** The consent option and its error, on a line of their own between field and button. */
export const Consent = styled.div`
  display: grid;
  flex-basis: 100%;
  gap: ${vars.space.xs};
`;

export const ConsentOption = styled.div`
  display: flex;
  align-items: flex-start;
  gap: ${vars.space.sm};

  & input {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0.125rem 0 0;
    accent-color: ${vars.colors.accent};
    ${focusRing}
  }
`;

export const Note = styled.div`
  margin-block-start: ${vars.space.md};
  color: ${vars.colors.textMuted};
  font-size: ${vars.fontSizes.small};

  & p {
    margin: 0;
  }

  & a {
    color: inherit;
    ${focusRing}
  }
`;

export const VisuallyHidden = styled.span`
  position: absolute;
  inline-size: 1px;
  block-size: 1px;
  margin: -1px;
  padding: 0;
  overflow: hidden;
  clip-path: inset(50%);
  white-space: nowrap;
  border: 0;
`;

// Off screen rather than display: none, which many bots recognise and skip.
export const Trap = styled.div`
  position: absolute;
  inset-inline-start: -10000px;
  inline-size: 1px;
  block-size: 1px;
  overflow: hidden;
`;
