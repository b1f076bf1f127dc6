import { createTheme, defaultTheme, themeStyle, vars } from '.';
import { themeVars, wrapperStyle } from './themeStyle';

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
