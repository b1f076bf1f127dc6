// var() references of the lineHeights tokens, each with the default theme's value as fallback.
// Kept in step with tokens.ts by theme.test.ts.

export const body: string = 'var(--ak-line-height-body, 1.65)';
export const heading: string = 'var(--ak-line-height-heading, 1.2)';
