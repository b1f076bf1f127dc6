// article-kit/server: static HTML from plain JSON, for hosts that do not render React themselves
// (static site generators, CMS templates, the `article-kit` CLI).
export { renderArticlePage, ArticlePageError } from './renderArticlePage';
export type { RenderArticlePageOptions, RenderedArticlePage } from './renderArticlePage';
export { validateArticlePage } from './validateArticlePage';
export type { ArticlePage, ArticlePageNewsletter, ArticlePageValidation } from './validateArticlePage';
