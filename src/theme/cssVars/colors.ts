// var() references of the colors tokens, each with the default theme's value as fallback.
// Kept in step with tokens.ts by theme.test.ts.

export const text = 'var(--ak-color-text, light-dark(#1b1b1f, #ececf1))';
export const textMuted = 'var(--ak-color-text-muted, light-dark(#55565e, #b4b5bf))';
export const background = 'var(--ak-color-background, light-dark(#ffffff, #131317))';
export const surface = 'var(--ak-color-surface, light-dark(#f3f4f8, #1f2027))';
export const border = 'var(--ak-color-border, light-dark(#c9cad3, #45464f))';
export const accent = 'var(--ak-color-accent, light-dark(#1f4fd1, #8fb0ff))';
export const onAccent = 'var(--ak-color-on-accent, light-dark(#ffffff, #0d1533))';
export const focus = 'var(--ak-color-focus, light-dark(#1f4fd1, #ffd166))';
export const danger = 'var(--ak-color-danger, light-dark(#b3261e, #ffb4ab))';
export const success = 'var(--ak-color-success, light-dark(#1e6b35, #8fdba5))';
