// An article page with one XSS payload in every string field of the Article and of the
// newsletter props. Shared by the server render and the hydrating client bundle.
import type { ReactElement } from 'react';
import { ArticleKitProvider, ArticleLayout, type Article, type NewsletterCtaProps } from '../../src';
import { payloads } from './payloads';

export function xssArticle(text: string): Article {
  return {
    title: text,
    lead: text,
    publishedAt: text,
    author: { name: text, url: text },
    blocks: [
      { type: 'heading', text, id: text },
      { type: 'paragraph', text },
      {
        type: 'paragraph',
        content: [
          text,
          { type: 'strong', children: [text] },
          { type: 'em', children: [text] },
          { type: 'code', text },
          { type: 'link', href: text, title: text, children: [text] },
        ],
      },
      { type: 'list', items: [text, text] },
      { type: 'list', ordered: true, items: [text] },
      { type: 'quote', text, cite: text },
      { type: 'heading', text, level: 3 },
      { type: 'newsletter' },
      { type: 'image', src: text, alt: text, caption: text, width: 640, height: 360 },
      { type: text, body: text } as unknown as Article['blocks'][number],
    ],
    faq: [
      { id: text, question: text, answer: text },
      { question: `${text}?`, answer: text },
    ],
    prev: { href: text, title: text },
    next: { href: text, title: text },
  };
}

export function xssNewsletter(text: string): NewsletterCtaProps {
  return { title: text, description: text, badge: text, privacyNote: text, action: text, method: 'post' };
}

/** Fields per page that carry the payload (Article and newsletter props). */
export const FIELDS_PER_PAGE = 40;

export function xssPage(id: number, onSubscribe?: NewsletterCtaProps['onSubscribe']): ReactElement {
  const payload = payloads.find((p) => p.id === id);
  if (!payload) throw new Error(`no payload ${id}`);
  return (
    <ArticleKitProvider locale="de">
      <ArticleLayout
        article={xssArticle(payload.text)}
        newsletter={{ ...xssNewsletter(payload.text), onSubscribe }}
        structuredData
      />
    </ArticleKitProvider>
  );
}
