// var() references of the fonts tokens, each with the default theme's value as fallback.
// Kept in step with tokens.ts by theme.test.ts.

export const body = 'var(--ak-font-body, system-ui, sans-serif)';
export const heading = 'var(--ak-font-heading, system-ui, sans-serif)';
export const mono: string = 'var(--ak-font-mono, ui-monospace, monospace)';
