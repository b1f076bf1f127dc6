// Declarations on every component root. The provider (or a host wrapper with themeStyle) sets
// --ak-color-scheme and --ak-font-body; without them a var() with no fallback leaves the
// inherited value in place, so a component outside any provider follows the host's colour
// scheme and font. Nothing is declared on the provider's wrapper, which may hold a whole app.
export const rootCss = 'color-scheme:var(--ak-color-scheme);font-family:var(--ak-font-body);';

// The text colour and background of the theme, for the roots that hold running text.
export const pageCss = 'color:var(--ak-color-text);background-color:var(--ak-color-background);';
