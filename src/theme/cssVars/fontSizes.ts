// var() references of the fontSizes tokens, each with the default theme's value as fallback.
// Kept in step with tokens.ts by theme.test.ts.

export const small: string = 'var(--ak-font-size-small, 0.875rem)';
export const body: string = 'var(--ak-font-size-body, 1.0625rem)';
export const lead: string = 'var(--ak-font-size-lead, clamp(1.125rem, 0.75rem + 1.8cqi, 1.375rem))';
export const h4: string = 'var(--ak-font-size-h4, 1.125rem)';
export const h3: string = 'var(--ak-font-size-h3, 1.3125rem)';
export const h2: string = 'var(--ak-font-size-h2, clamp(1.4375rem, 1rem + 2.2cqi, 1.75rem))';
export const title: string = 'var(--ak-font-size-title, clamp(1.75rem, 0.5rem + 6.25cqi, 2.625rem))';
