export { defaultTheme } from './tokens';
export type { ArticleKitTheme, SchemeColor } from './tokens';
export { createTheme } from './createTheme';
export type { ThemeOverrides, ColorOverride } from './createTheme';
export { vars, themeStyle } from './vars';
export type { ThemeVars, ThemeStyle, ThemeStyleOptions } from './vars';
