// var() references of the colors tokens, each with the default theme's value as fallback.
// Kept in step with tokens.ts by theme.test.ts.

export const text: string = 'var(--ak-color-text, light-dark(#1b1b1f, #ececf1))';
export const textMuted: string = 'var(--ak-color-text-muted, light-dark(#55565e, #b4b5bf))';
export const background: string = 'var(--ak-color-background, light-dark(#ffffff, #131317))';
export const surface: string = 'var(--ak-color-surface, light-dark(#f3f4f8, #1f2027))';
export const border: string = 'var(--ak-color-border, light-dark(#858792, #6e707a))';
export const accent: string = 'var(--ak-color-accent, light-dark(#1f4fd1, #8fb0ff))';
export const onAccent: string = 'var(--ak-color-on-accent, light-dark(#ffffff, #0d1533))';
export const focus: string = 'var(--ak-color-focus, light-dark(#1f4fd1, #ffd166))';
export const danger: string = 'var(--ak-color-danger, light-dark(#b3261e, #ffb4ab))';
export const success: string = 'var(--ak-color-success, light-dark(#1e6b35, #8fdba5))';
