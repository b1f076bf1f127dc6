// var() references of the radii tokens, each with the default theme's value as fallback.
// Kept in step with tokens.ts by theme.test.ts.

export const sm: string = 'var(--ak-radius-sm, 4px)';
export const md: string = 'var(--ak-radius-md, 8px)';
export const lg: string = 'var(--ak-radius-lg, 14px)';
