import { defaultTheme, type ArticleKitTheme, type SchemeColor } from './tokens';

/** A colour override: one value for both schemes, or separate light and dark values. */
export type ColorOverride = string | Partial<SchemeColor>;

/** Partial theme accepted by {@link createTheme}. */
export interface ThemeOverrides {
  colors?: Partial<Record<keyof ArticleKitTheme['colors'], ColorOverride>>;
  fonts?: Partial<ArticleKitTheme['fonts']>;
  fontSizes?: Partial<ArticleKitTheme['fontSizes']>;
  lineHeights?: Partial<ArticleKitTheme['lineHeights']>;
  space?: Partial<ArticleKitTheme['space']>;
  radii?: Partial<ArticleKitTheme['radii']>;
  focusRing?: Partial<ArticleKitTheme['focusRing']>;
  measure?: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * Builds a complete theme from the default theme and the given overrides. Unknown keys and
 * values that are not strings are ignored, so a typo never breaks the page.
 *
 * @example createTheme({ colors: { accent: { light: '#8a1c7c', dark: '#f5a3e6' } } })
 */
export function createTheme(overrides?: ThemeOverrides, base: ArticleKitTheme = defaultTheme): ArticleKitTheme {
  if (!isObject(overrides)) overrides = {};
  const colors = { ...base.colors };
  if (isObject(overrides.colors)) {
    for (const [key, value] of Object.entries(overrides.colors)) {
      if (!(key in colors)) continue;
      const name = key as keyof ArticleKitTheme['colors'];
      if (typeof value === 'string') colors[name] = { light: value, dark: value };
      else if (isObject(value)) {
        const current: SchemeColor = colors[name];
        colors[name] = {
          light: typeof value.light === 'string' ? value.light : current.light,
          dark: typeof value.dark === 'string' ? value.dark : current.dark,
        };
      }
    }
  }

  const merge = <T extends Record<string, string>>(current: T, patch: unknown): T => {
    if (!isObject(patch)) return current;
    const next = { ...current };
    for (const [key, value] of Object.entries(patch)) {
      if (key in current && typeof value === 'string') (next as Record<string, string>)[key] = value;
    }
    return next;
  };

  return {
    colors,
    fonts: merge(base.fonts, overrides.fonts),
    fontSizes: merge(base.fontSizes, overrides.fontSizes),
    lineHeights: merge(base.lineHeights, overrides.lineHeights),
    space: merge(base.space, overrides.space),
    radii: merge(base.radii, overrides.radii),
    focusRing: merge(base.focusRing, overrides.focusRing),
    measure: typeof overrides.measure === 'string' ? overrides.measure : base.measure,
  };
}
