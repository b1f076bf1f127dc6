export { ArticleKitProvider } from './ArticleKitProvider';
export type { ArticleKitProviderProps } from './ArticleKitProvider';
export { useArticleKit } from './context';
export type {
  ArticleKitContextValue,
  ArticleKitOverrides,
  ArticleKitSettings,
  LinkComponent,
  LinkComponentProps,
} from './context';
export type { StringTable } from './strings';
export { locales, formatLabel } from './locales';
export type { Labels, Locale } from './locales';
