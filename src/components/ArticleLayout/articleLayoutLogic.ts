import { articleJsonLd } from '../../schema/articleJsonLd';
import { faqJsonLd } from '../../schema/faqJsonLd';
import type { Article } from '../../schema/types';

/** Properties a host adds to the `NewsArticle` node, such as `image`, `publisher` or `url`. */
export type NewsArticleExtras = Record<string, unknown>;

/** The one JSON-LD graph of an article page. */
export interface ArticleGraph {
  '@context': 'https://schema.org';
  '@graph': Record<string, unknown>[];
}

/**
 * One JSON-LD graph for the page: the `NewsArticle` (with the host's extra properties, which
 * cannot replace its type or headline) and, when the article has questions, the `FAQPage`. Both
 * come from the same validated article the page shows, so the structured data never claims
 * what the reader cannot see.
 */
export function articleGraph(article: Article, extras: NewsArticleExtras = {}): ArticleGraph {
  const { '@context': _context, ...news } = articleJsonLd(article);
  const graph: Record<string, unknown>[] = [{ ...extras, ...news }];
  const faq = faqJsonLd(article.faq);
  if (faq) {
    const { '@context': _faqContext, ...page } = faq;
    graph.push(page);
  }
  return { '@context': 'https://schema.org', '@graph': graph };
}
