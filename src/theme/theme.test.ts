import { createTheme, defaultTheme, editorialTheme, sansTheme, themeStyle, vars, type ArticleKitTheme } from '.';
import { themeVars, wrapperStyle } from './themeStyle';

/** WCAG 2.2 relative luminance of a #rgb or #rrggbb colour. */
function luminance(hex: string): number {
  const digits = hex.slice(1).length === 3 ? [...hex.slice(1)].map((c) => c + c).join('') : hex.slice(1);
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(digits.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2.2 contrast ratio of two colours, 1 to 21. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/**
 * A font size token in px where the component that holds the text is `width` px wide: a length
 * in rem or px, or `clamp()` of sums of rem, px and cqi terms (1rem = 16px, 1cqi = width / 100).
 */
function fontSizeAt(value: string, width: number): number {
  const sum = (expr: string) =>
    expr
      .replace(/\s+/g, '')
      .split(/(?=[+-])/)
      .reduce((total, term) => {
        const match = /^([+-]?[\d.]+)(rem|px|cqi)$/.exec(term);
        if (!match) throw new Error(`unexpected term ${term} in ${value}`);
        const n = Number(match[1]);
        return total + (match[2] === 'rem' ? n * 16 : match[2] === 'px' ? n : (n * width) / 100);
      }, 0);
  const clamp = /^clamp\((.+),(.+),(.+)\)$/.exec(value);
  if (!clamp) return sum(value);
  const [min, preferred, max] = clamp.slice(1).map(sum) as [number, number, number];
  return Math.max(min, Math.min(preferred, max));
}

const presets: [string, ArticleKitTheme][] = [
  ['defaultTheme', defaultTheme],
  ['editorialTheme', editorialTheme],
];
const schemes = ['light', 'dark'] as const;

describe.each(presets)('%s', (_, theme) => {
  const { colors } = theme;

  it.each(schemes)('keeps every text colour at AA (4.5:1) on the page and on surfaces, %s', (scheme) => {
    for (const name of ['text', 'textMuted', 'accent', 'danger', 'success'] as const) {
      for (const ground of ['background', 'surface'] as const) {
        expect(contrast(colors[name][scheme], colors[ground][scheme]), `${name} on ${ground}`).toBeGreaterThanOrEqual(
          4.5,
        );
      }
    }
    expect(contrast(colors.onAccent[scheme], colors.accent[scheme]), 'onAccent on accent').toBeGreaterThanOrEqual(4.5);
  });

  it.each(schemes)(
    'draws hairlines, card and control edges and the focus ring at 3:1 against the page and the surfaces, %s',
    (scheme) => {
      for (const name of ['border', 'focus'] as const) {
        for (const ground of ['background', 'surface'] as const) {
          expect(contrast(colors[name][scheme], colors[ground][scheme]), `${name} on ${ground}`).toBeGreaterThanOrEqual(
            3,
          );
        }
      }
    },
  );

  it('sizes the title, sections and lead by the reading column, with the lead above the text at every width', () => {
    const { fontSizes } = theme;
    for (const size of [fontSizes.title, fontSizes.h2, fontSizes.lead]) expect(size).toMatch(/cqi/);
    for (const size of Object.values(fontSizes)) expect(size).not.toMatch(/vw|vi\b/);
    // As a phone shows it in a 320 px column, and at full size in a desktop's reading column.
    expect(fontSizeAt(fontSizes.title, 320)).toBe(28);
    expect(fontSizeAt(fontSizes.title, 288)).toBe(28);
    expect(fontSizeAt(fontSizes.title, 600)).toBeGreaterThanOrEqual(40);
    expect(fontSizeAt(fontSizes.title, 1280)).toBe(42);
    for (let width = 280; width <= 1440; width += 8) {
      expect(fontSizeAt(fontSizes.lead, width), `lead at ${width}px`).toBeGreaterThan(
        fontSizeAt(fontSizes.body, width),
      );
      expect(fontSizeAt(fontSizes.title, width), `title at ${width}px`).toBeGreaterThan(
        fontSizeAt(fontSizes.h2, width),
      );
      expect(fontSizeAt(fontSizes.h2, width), `h2 at ${width}px`).toBeGreaterThan(fontSizeAt(fontSizes.h3, width));
    }
    // Never smaller on a wider column.
    for (const size of [fontSizes.title, fontSizes.h2, fontSizes.lead]) {
      expect(fontSizeAt(size, 375)).toBeGreaterThanOrEqual(fontSizeAt(size, 320));
      expect(fontSizeAt(size, 768)).toBeGreaterThan(fontSizeAt(size, 320));
    }
  });
});

describe('presets', () => {
  it('sansTheme is the default theme', () => {
    expect(sansTheme).toBe(defaultTheme);
    expect(sansTheme.fonts.body).toMatch(/sans-serif$/);
  });

  it('editorialTheme sets text and headings in serif system fonts, ending in the generic serif', () => {
    for (const font of [editorialTheme.fonts.body, editorialTheme.fonts.heading]) {
      expect(font).toMatch(/^Charter, .*, serif$/);
      expect(font).not.toMatch(/url\(|sans-serif/);
    }
    expect(editorialTheme.fonts.mono).toBe(defaultTheme.fonts.mono);
    // Bold serif headings are set tighter than the text.
    expect(Number(editorialTheme.lineHeights.heading)).toBeLessThan(Number(editorialTheme.lineHeights.body));
    expect(editorialTheme.colors.accent).not.toEqual(defaultTheme.colors.accent);
  });

  it('editorialTheme is a complete theme: createTheme keeps it as it is', () => {
    expect(createTheme(editorialTheme as never)).toEqual(editorialTheme);
    expect(Object.keys(themeStyle(editorialTheme)).sort()).toEqual(Object.keys(themeStyle(defaultTheme)).sort());
  });
});

describe('createTheme', () => {
  it('returns the default theme when given nothing', () => {
    expect(createTheme()).toEqual(defaultTheme);
  });

  it('accepts one colour for both schemes or separate light and dark values', () => {
    const theme = createTheme({ colors: { accent: '#0a7', danger: { dark: '#ff8080' } } });
    expect(theme.colors.accent).toEqual({ light: '#0a7', dark: '#0a7' });
    expect(theme.colors.danger).toEqual({ light: defaultTheme.colors.danger.light, dark: '#ff8080' });
    expect(theme.colors.text).toEqual(defaultTheme.colors.text);
  });

  it('ignores unknown keys and values that are not strings', () => {
    const theme = createTheme({
      colors: { nope: '#000' },
      space: { md: 12 },
      fonts: 'Comic Sans',
    } as never);
    expect(theme).toEqual(defaultTheme);
  });

  it('does not change the default theme', () => {
    createTheme({ radii: { md: '0' } });
    expect(defaultTheme.radii.md).toBe('8px');
  });
});

describe('themeStyle', () => {
  it('emits every token as a --ak custom property', () => {
    const style = themeStyle(defaultTheme);
    expect(style['--ak-color-text-muted']).toBe('light-dark(#55565e, #b4b5bf)');
    expect(style['--ak-font-size-title']).toBe(defaultTheme.fontSizes.title);
    expect(style['--ak-space-md']).toBe('1rem');
    expect(style['--ak-measure']).toBe('60ch');
    expect(style.colorScheme).toBe('light');
  });

  it('follows the system scheme with auto', () => {
    expect(themeStyle(defaultTheme, { colorScheme: 'auto' }).colorScheme).toBe('light dark');
  });

  it('treats a font of "inherit" as the host font', () => {
    const style = themeStyle(createTheme({ fonts: { body: 'inherit' } }));
    expect(style['--ak-font-body']).toBeUndefined();
    expect(style.fontFamily).toBeUndefined();
  });
});

describe('wrapperStyle', () => {
  it('is one object per theme and options: display contents, then the custom properties', () => {
    const theme = createTheme({ colors: { accent: '#8a1c7c' } });
    const dark = wrapperStyle(theme, { colorScheme: 'dark' });
    expect(wrapperStyle(theme, { colorScheme: 'dark' })).toBe(dark);
    // Same keys in the same order as before the cache, so the wrapper's markup is unchanged.
    expect(Object.entries(dark)).toEqual(
      Object.entries({ display: 'contents', ...themeVars(theme, { colorScheme: 'dark' }) }),
    );

    const light = wrapperStyle(theme, { colorScheme: 'light' });
    expect(light).not.toBe(dark);
    expect(light['--ak-color-scheme']).toBe('light');
    const hostFont = wrapperStyle(theme, { colorScheme: 'dark', inheritFont: true });
    expect(hostFont['--ak-font-body']).toBeUndefined();
    expect(dark['--ak-font-body']).toBe(defaultTheme.fonts.body);

    const sameTokens = createTheme({ colors: { accent: '#8a1c7c' } });
    expect(wrapperStyle(sameTokens, { colorScheme: 'dark' })).toEqual(dark);
    expect(wrapperStyle(undefined)).toBe(wrapperStyle(defaultTheme, {}));
  });
});

describe('vars', () => {
  it('has a reference with the default value as fallback for every token', () => {
    const kebab = (n: string) => n.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    const prefix = {
      colors: 'color',
      fonts: 'font',
      fontSizes: 'font-size',
      lineHeights: 'line-height',
      space: 'space',
      radii: 'radius',
      focusRing: 'focus',
    } as const;
    for (const [group, name] of Object.entries(prefix) as [keyof typeof prefix, string][]) {
      const tokens = defaultTheme[group] as Record<string, string | { light: string; dark: string }>;
      const refs = vars[group] as Record<string, string>;
      expect(Object.keys(refs).sort(), group).toEqual(Object.keys(tokens).sort());
      for (const [key, value] of Object.entries(tokens)) {
        const fallback =
          typeof value === 'string'
            ? value
            : value.light === value.dark
              ? value.light
              : `light-dark(${value.light}, ${value.dark})`;
        expect(refs[key]).toBe(`var(--ak-${name}-${kebab(key)}, ${fallback})`);
        expect(themeStyle(defaultTheme)[`--ak-${name}-${kebab(key)}`]).toBe(
          group === 'fonts' || typeof value === 'string' ? (typeof value === 'string' ? value : fallback) : fallback,
        );
      }
    }
  });

  it('falls back to the default theme when no provider set the property', () => {
    expect(vars.colors.text).toBe('var(--ak-color-text, light-dark(#1b1b1f, #ececf1))');
    expect(vars.space.lg).toBe('var(--ak-space-lg, 1.5rem)');
    expect(vars.measure).toBe('var(--ak-measure, 60ch)');
  });
});
