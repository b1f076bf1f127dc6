// var() references of the space tokens, each with the default theme's value as fallback.
// Kept in step with tokens.ts by theme.test.ts.

export const xs: string = 'var(--ak-space-xs, 0.25rem)';
export const sm: string = 'var(--ak-space-sm, 0.5rem)';
export const md: string = 'var(--ak-space-md, 1rem)';
export const lg: string = 'var(--ak-space-lg, 1.5rem)';
export const xl: string = 'var(--ak-space-xl, 2.5rem)';
