import { claimId } from '../../internal/slug';
import { articleJsonLd, breadcrumbJsonLd } from '../../schema/articleJsonLd';
import { faqJsonLd } from '../../schema/faqJsonLd';
import type { Article, FaqItem } from '../../schema/types';
import { headingIds } from '../ArticleBody/articleBodyLogic';
import { faqBaseId } from '../FaqAccordion/faqLogic';
import type { NewsletterCtaProps } from '../NewsletterCta';

/** Properties a host adds to the `NewsArticle` node, such as `image`, `publisher` or `url`. */
export type NewsArticleExtras = Record<string, unknown>;

/** The one JSON-LD graph of an article page. */
export interface ArticleGraph {
  '@context': 'https://schema.org';
  '@graph': Record<string, unknown>[];
}

/**
 * One JSON-LD graph for the page: the `NewsArticle` (with the host's extra properties, which
 * cannot replace its type or headline), with breadcrumbs the `BreadcrumbList`, and, when the
 * article has questions, the `FAQPage`. Both
 * come from the same validated article the page shows, so the structured data never claims
 * what the reader cannot see.
 */
export function articleGraph(article: Article, extras: NewsArticleExtras = {}): ArticleGraph {
  const { '@context': _context, ...news } = articleJsonLd(article);
  const graph: Record<string, unknown>[] = [{ ...extras, ...news }];
  const trail = breadcrumbJsonLd(article);
  if (trail) graph.push(trail);
  const faq = faqJsonLd(article.faq);
  if (faq) {
    const { '@context': _faqContext, ...page } = faq;
    graph.push(page);
  }
  return { '@context': 'https://schema.org', '@graph': graph };
}

/** The `newsletter` block as the layout hands it to its renderer: with the box's props. */
export interface NewsletterSlotBlock {
  type: 'newsletter';
  cta: NewsletterCtaProps;
}

/** True for a block of type `newsletter`, whatever else the data holds. */
export function isNewsletterBlock(block: unknown): boolean {
  return typeof block === 'object' && block !== null && (block as { type?: unknown }).type === 'newsletter';
}

/**
 * The blocks with the signup box's props at the first `newsletter` block. A later one is left
 * out: a second box would repeat the form and its ids.
 */
export function placeNewsletter<T>(blocks: readonly T[], cta: NewsletterCtaProps): (T | NewsletterSlotBlock)[] {
  let placed = false;
  return blocks.flatMap((block): (T | NewsletterSlotBlock)[] => {
    if (!isNewsletterBlock(block)) return [block];
    if (placed) return [];
    placed = true;
    return [{ type: 'newsletter', cta }];
  });
}

/**
 * The FAQ items, each question without an id of its own given one that no heading of the body
 * uses: the FAQ and the body share the page, so every `#id` must land on one element. A question
 * that repeats a heading ("Was kostet es?") gets a suffix (`was-kostet-es-2`).
 */
export function faqWithPageIds(faq: readonly FaqItem[], blocks: readonly unknown[]): FaqItem[] {
  const taken = new Set<string | undefined>(headingIds(blocks));
  const counts = new Map<string, number>();
  return faq.map((item) => {
    const question = typeof item.question === 'string' ? item.question.trim() : '';
    // An id the host gave stays as it is; FaqAccordion skips an item without a question.
    if (!question || (typeof item.id === 'string' && item.id.trim())) return item;
    return { ...item, id: claimId(faqBaseId(undefined, question), taken, counts) };
  });
}
