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

export { createTheme, defaultTheme, editorialTheme, sansTheme, themeStyle } from './theme';
export { vars } from './theme/publicVars';
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
  TableBlock,
  TableCell,
  TableAlign,
  CodeBlock,
  CalloutBlock,
  DividerBlock,
  EmbedBlock,
  EmbedProvider,
  Breadcrumb,
  NewsletterBlock,
  InlineNode,
  InlineMark,
  InlineCode,
  InlineLink,
} from './schema/types';

export { ArticleLayout, articleGraph } from './components/ArticleLayout';
export type { ArticleLayoutProps, ArticleGraph, NewsArticleExtras } from './components/ArticleLayout';

export { ArticleBody } from './components/ArticleBody';
export type {
  ArticleBodyProps,
  BlockComponents,
  BlockRenderer,
  BlockRendererProps,
  BlockShape,
  BuiltInBlock,
  BuiltInBlockComponents,
  UndeclaredBlock,
} from './components/ArticleBody';

export { FaqAccordion } from './components/FaqAccordion';
export type { FaqAccordionProps } from './components/FaqAccordion';

export {
  NewsletterCta,
  useNewsletterSubscription,
  SubscribeError,
  checkEmail,
  classifySubscribeError,
  errorCodeForStatus,
  normalizeEmail,
  suggestEmail,
} from './components/NewsletterCta';
export type {
  NewsletterCtaProps,
  NewsletterErrorCode,
  NewsletterEvent,
  NewsletterState,
  NewsletterStatus,
  NewsletterSubmission,
  NewsletterSubscription,
  NewsletterSubscriptionOptions,
  NewsletterInitialState,
  SubscribeHandler,
  EmailProblem,
  SubscribeErrorCode,
  SubscribeResult,
} from './components/NewsletterCta';

export { PrevNextNav } from './components/PrevNextNav';
export type { PrevNextNavProps } from './components/PrevNextNav';

export { articleJsonLd } from './schema/articleJsonLd';
export { breadcrumbJsonLd } from './schema/articleJsonLd';
export type { NewsArticleJsonLd, JsonLdPerson } from './schema/articleJsonLd';
export { faqJsonLd } from './schema/faqJsonLd';
export type { FaqPageJsonLd, FaqQuestionJsonLd } from './schema/faqJsonLd';
export { validateArticle } from './schema/validateArticle';
export type { ArticleValidation, ValidateArticleOptions } from './schema/validateArticle';
