export { ArticleKitProvider } from './ArticleKitProvider';
export type { ArticleKitProviderProps } from './ArticleKitProvider';
export { useArticleKit } from './context';
export type { ArticleKitContextValue, ArticleKitOverrides, LinkComponent, LinkComponentProps } from './context';
export { locales, formatLabel } from './locales';
export type { Labels, Locale } from './locales';
