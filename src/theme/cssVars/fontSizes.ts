// var() references of the fontSizes tokens, each with the default theme's value as fallback.
// Kept in step with tokens.ts by theme.test.ts.

export const small: string = 'var(--ak-font-size-small, 0.875rem)';
export const body: string = 'var(--ak-font-size-body, 1.0625rem)';
export const lead: string = 'var(--ak-font-size-lead, 1.25rem)';
export const h4: string = 'var(--ak-font-size-h4, 1.125rem)';
export const h3: string = 'var(--ak-font-size-h3, 1.3125rem)';
export const h2: string = 'var(--ak-font-size-h2, clamp(1.4375rem, 1.2rem + 1vw, 1.75rem))';
export const title: string = 'var(--ak-font-size-title, clamp(1.75rem, 1.3rem + 2.2vw, 2.625rem))';
