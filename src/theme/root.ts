import { measure } from './cssVars';

// Declarations on every component root. The provider (or a host wrapper with themeStyle) sets
// --ak-color-scheme and --ak-font-body; without them a var() with no fallback leaves the
// inherited value in place, so a component outside any provider follows the host's colour
// scheme and font. Nothing is declared on the provider's wrapper, which may hold a whole app.
export const rootCss = 'color-scheme:var(--ak-color-scheme);font-family:var(--ak-font-body);';

// The text colour and background of the theme, for the roots that hold running text.
export const pageCss = 'color:var(--ak-color-text);background-color:var(--ak-color-background);';

// For the roots that hold a reading column: a size container, so the type scale's cqi units
// follow the column, not the window. Size containment leaves the content out of the box's own
// width, so the root takes the whole width it is given (100%, padding included) and never
// shrinks to nothing in a flex row or a grid column sized by its content; where the host sizes it
// by its content alone (inline-block, float, absolute position), it is as wide as the measure, or
// as the window less a margin where that is narrower.
export const containerCss = `box-sizing:border-box;container-type:inline-size;inline-size:100%;min-inline-size:0;contain-intrinsic-inline-size:min(${measure},100vw - 2rem);`;
