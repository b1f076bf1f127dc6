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
