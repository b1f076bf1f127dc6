export { ArticleLayout } from './ArticleLayout';
export type { ArticleLayoutProps } from './ArticleLayout';
export { articleGraph } from './articleLayoutLogic';
export type { ArticleGraph, NewsArticleExtras } from './articleLayoutLogic';
