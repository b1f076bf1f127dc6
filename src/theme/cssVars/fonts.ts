// var() references of the fonts tokens, each with the default theme's value as fallback.
// Kept in step with tokens.ts by theme.test.ts.

export const body =
  'var(--ak-font-body, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif)';
export const heading =
  'var(--ak-font-heading, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif)';
export const mono = 'var(--ak-font-mono, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace)';
