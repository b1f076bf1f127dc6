// The public surface of article-kit. Anything not exported here is internal.
export { ArticleKitProvider, locales, useArticleKit, formatLabel } from './provider';
export type {
  ArticleKitProviderProps,
  ArticleKitContextValue,
  ArticleKitSettings,
  StringTable,
  ArticleKitOverrides,
  Labels,
  Locale,
  LinkComponent,
  LinkComponentProps,
} from './provider';

export { createTheme, defaultTheme, themeStyle, vars } from './theme';
export type {
  ArticleKitTheme,
  SchemeColor,
  ThemeOverrides,
  ColorOverride,
  ThemeStyle,
  ThemeStyleOptions,
  ThemeVars,
} from './theme';

export type {
  Article,
  ArticleAuthor,
  ArticleBlock,
  CustomBlock,
  FaqItem,
  NavLink,
  HeadingBlock,
  ParagraphBlock,
  ListBlock,
  QuoteBlock,
  ImageBlock,
  NewsletterBlock,
  InlineNode,
  InlineMark,
  InlineCode,
  InlineLink,
} from './schema/types';
