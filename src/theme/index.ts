export { defaultTheme } from './tokens';
export type { ArticleKitTheme, SchemeColor } from './tokens';
export { createTheme } from './createTheme';
export { sansTheme, editorialTheme } from './presets';
export type { ThemeOverrides, ColorOverride } from './createTheme';
export { vars } from './vars';
export type { ThemeVars } from './publicVars';
export { themeStyle } from './themeStyle';
export type { ThemeStyle, ThemeStyleOptions } from './themeStyle';
