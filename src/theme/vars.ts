import { defaultTheme, type ArticleKitTheme, type SchemeColor } from './tokens';

type Group = Exclude<keyof ArticleKitTheme, 'measure'>;

const kebab = (name: string) => name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** CSS custom property name of a token, e.g. `--ak-color-text-muted`. */
const propName = (group: Group | 'measure', key?: string): string => {
  const prefix: Record<Group | 'measure', string> = {
    colors: 'color',
    fonts: 'font',
    fontSizes: 'font-size',
    lineHeights: 'line-height',
    space: 'space',
    radii: 'radius',
    focusRing: 'focus',
    measure: 'measure',
  };
  return key ? `--ak-${prefix[group]}-${kebab(key)}` : `--ak-${prefix[group]}`;
};

const colorValue = (c: SchemeColor) => (c.light === c.dark ? c.light : `light-dark(${c.light}, ${c.dark})`);

type Vars<T> = { [K in keyof T]: string };

/**
 * `var(--ak-…, fallback)` references for every token, for use inside styles. The fallback is the
 * default theme's value, so components look right without any provider or global CSS.
 */
export interface ThemeVars {
  colors: Vars<ArticleKitTheme['colors']>;
  fonts: Vars<ArticleKitTheme['fonts']>;
  fontSizes: Vars<ArticleKitTheme['fontSizes']>;
  lineHeights: Vars<ArticleKitTheme['lineHeights']>;
  space: Vars<ArticleKitTheme['space']>;
  radii: Vars<ArticleKitTheme['radii']>;
  focusRing: Vars<ArticleKitTheme['focusRing']>;
  measure: string;
}

function refs(): ThemeVars {
  const out: Record<string, unknown> = {};
  for (const group of Object.keys(defaultTheme) as (keyof ArticleKitTheme)[]) {
    if (group === 'measure') {
      out.measure = `var(${propName('measure')}, ${defaultTheme.measure})`;
      continue;
    }
    const tokens = defaultTheme[group] as Record<string, string | SchemeColor>;
    const groupOut: Record<string, string> = {};
    for (const [key, value] of Object.entries(tokens)) {
      const fallback = typeof value === 'string' ? value : colorValue(value);
      groupOut[key] = `var(${propName(group, key)}, ${fallback})`;
    }
    out[group] = groupOut;
  }
  return out as unknown as ThemeVars;
}

/** Token references for styles: `${vars.colors.text}` → `var(--ak-color-text, light-dark(…))`. */
export const vars: ThemeVars = refs();

/** Options for {@link themeStyle}. */
export interface ThemeStyleOptions {
  /**
   * Colour scheme of the article: `light`, `dark`, or `auto` to follow the reader's
   * `prefers-color-scheme`.
   * @default 'light'
   */
  colorScheme?: 'light' | 'dark' | 'auto';
  /**
   * Leave the host page's font in place instead of the theme's font stacks.
   * @default false
   */
  inheritFont?: boolean;
}

/** A React `style` object: CSS custom properties plus the declarations that apply them. */
export type ThemeStyle = Record<string, string>;

const styleCache = new WeakMap<ArticleKitTheme, Map<string, ThemeStyle>>();

/**
 * Turns a theme into inline CSS custom properties for a wrapping element. Works in server
 * components: `<div style={themeStyle(myTheme, { colorScheme: 'dark' })}>`.
 */
export function themeStyle(theme: ArticleKitTheme = defaultTheme, options: ThemeStyleOptions = {}): ThemeStyle {
  const { colorScheme = 'light', inheritFont = false } = options;
  const cacheKey = `${colorScheme}|${inheritFont}`;
  let perTheme = styleCache.get(theme);
  const cached = perTheme?.get(cacheKey);
  if (cached) return cached;

  const style: ThemeStyle = {};
  for (const group of Object.keys(theme) as (keyof ArticleKitTheme)[]) {
    if (group === 'measure') {
      style[propName('measure')] = theme.measure;
      continue;
    }
    for (const [key, value] of Object.entries(theme[group] as Record<string, string | SchemeColor>)) {
      if (group === 'fonts' && (inheritFont || value === 'inherit')) continue;
      style[propName(group, key)] = typeof value === 'string' ? value : colorValue(value);
    }
  }
  style.colorScheme = colorScheme === 'auto' ? 'light dark' : colorScheme;
  style.color = `var(${propName('colors', 'text')})`;
  style.backgroundColor = `var(${propName('colors', 'background')})`;
  if (!inheritFont && theme.fonts.body !== 'inherit') style.fontFamily = `var(${propName('fonts', 'body')})`;

  if (!perTheme) {
    perTheme = new Map();
    styleCache.set(theme, perTheme);
  }
  perTheme.set(cacheKey, style);
  return style;
}
