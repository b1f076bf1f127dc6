// Token references for styles: `${vars.colors.text}` is `var(--ak-color-text, <default>)`.
// Namespaces of plain constants, so a bundler inlines the few a component uses and drops the rest.

export * as colors from './colors';
export * as fonts from './fonts';
export * as fontSizes from './fontSizes';
export * as lineHeights from './lineHeights';
export * as space from './space';
export * as radii from './radii';
export * as focusRing from './focusRing';
export const measure: string = 'var(--ak-measure, 60ch)';
