// `vars` as the package exports it: the same namespace the components read their token
// references from, declared with a plain shape, so its type stays short in the declarations.
import type { ArticleKitTheme } from './tokens';
import { vars as cssVars } from './vars';

/** The shape of {@link vars}: a `var(--ak-…, default)` reference for every theme token. */
export type ThemeVars = {
  readonly [Group in Exclude<keyof ArticleKitTheme, 'measure'>]: {
    readonly [Token in keyof ArticleKitTheme[Group]]: string;
  };
} & { readonly measure: string };

/**
 * References to the theme's tokens for a host's own styles, e.g. in a custom block renderer:
 * `${vars.colors.accent}` is `var(--ak-color-accent, <default>)`, so the style follows the
 * provider's theme and still looks right without one.
 */
export const vars: ThemeVars = cssVars;
