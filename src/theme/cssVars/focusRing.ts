// var() references of the focusRing tokens, each with the default theme's value as fallback.
// Kept in step with tokens.ts by theme.test.ts.

export const width: string = 'var(--ak-focus-width, 3px)';
export const offset: string = 'var(--ak-focus-offset, 2px)';
