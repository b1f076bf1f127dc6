/** Where `ArticleLayout` places its `NewsletterCta`. */
export interface NewsletterBlock {
  type: 'newsletter';
}

export const newsletterExamples: NewsletterBlock[] = [{ type: 'newsletter' }];
