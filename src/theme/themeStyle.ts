import { createTheme, type ThemeOverrides } from './createTheme';
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

const styleCache = new WeakMap<object, Map<string, ThemeStyle>>();

/**
 * The theme as `--ak-…` custom properties only, plus `--ak-color-scheme`, which every
 * component root applies as its `color-scheme`. A value that is not a string (or a
 * light/dark pair) falls back to the default theme's, so a theme from untyped data never
 * breaks the page.
 */
export function themeVars(theme: unknown, options: ThemeStyleOptions = {}): ThemeStyle {
  const { colorScheme = 'light', inheritFont = false } = options;
  const key = typeof theme === 'object' && theme ? theme : defaultTheme;
  const cacheKey = `${colorScheme}|${inheritFont}`;
  let perTheme = styleCache.get(key);
  const cached = perTheme?.get(cacheKey);
  if (cached) return cached;

  const safe = key === defaultTheme ? defaultTheme : createTheme(key as ThemeOverrides);
  const style: ThemeStyle = {};
  for (const group of Object.keys(safe) as (keyof ArticleKitTheme)[]) {
    if (group === 'measure') {
      style[propName('measure')] = safe.measure;
      continue;
    }
    for (const [name, value] of Object.entries(safe[group] as Record<string, string | SchemeColor>)) {
      if (group === 'fonts' && (inheritFont || value === 'inherit')) continue;
      style[propName(group, name)] = typeof value === 'string' ? value : colorValue(value);
    }
  }
  style['--ak-color-scheme'] = colorScheme === 'auto' ? 'light dark' : colorScheme === 'dark' ? 'dark' : 'light';

  if (!perTheme) {
    perTheme = new Map();
    styleCache.set(key, perTheme);
  }
  perTheme.set(cacheKey, style);
  return style;
}

const wrapperCache = new WeakMap<ThemeStyle, ThemeStyle>();

/**
 * The `style` of `ArticleKitProvider`'s wrapper: `display: contents` plus {@link themeVars}. Kept
 * per theme and options beside the custom properties it copies, so every render gets the same
 * object: no copy of some forty properties per render, and React sees an unchanged style.
 */
export function wrapperStyle(theme: unknown, options: ThemeStyleOptions = {}): ThemeStyle {
  const vars = themeVars(theme, options);
  let style = wrapperCache.get(vars);
  if (!style) {
    style = { display: 'contents', ...vars };
    wrapperCache.set(vars, style);
  }
  return style;
}

/**
 * Turns a theme into inline styles for a wrapping element of the host's: the `--ak-…` custom
 * properties, and the theme's colour scheme, text colour, background and font on that element.
 * Works in server components: `<div style={themeStyle(myTheme, { colorScheme: 'dark' })}>`.
 */
export function themeStyle(theme: ArticleKitTheme = defaultTheme, options: ThemeStyleOptions = {}): ThemeStyle {
  const style = { ...themeVars(theme, options) };
  style.colorScheme = style['--ak-color-scheme']!;
  style.color = `var(${propName('colors', 'text')})`;
  style.backgroundColor = `var(${propName('colors', 'background')})`;
  if (style['--ak-font-body']) style.fontFamily = `var(${propName('fonts', 'body')})`;
  return style;
}
