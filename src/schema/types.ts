import type * as React from 'react';

/** Inline content of a rich paragraph: plain text, emphasis, code and links. */
export type InlineNode = string | InlineMark | InlineCode | InlineLink;

/** Strong (`<strong>`) or emphasised (`<em>`) text. */
export interface InlineMark {
  type: 'strong' | 'em';
  children: InlineNode[];
}

/** Inline code (`<code>`). */
export interface InlineCode {
  type: 'code';
  text: string;
}

/**
 * A link. Only http(s), mailto, tel and relative URLs are rendered as links; anything else is
 * shown as plain text.
 */
export interface InlineLink {
  type: 'link';
  href: string;
  children: InlineNode[];
  /** Advisory title shown on hover. */
  title?: string;
}

/** Section heading. `id` defaults to a slug of the text, unique within the article. */
export interface HeadingBlock {
  type: 'heading';
  text: string;
  /** @default 2 */
  level?: 2 | 3 | 4;
  id?: string;
}

/** A paragraph of plain text, or of rich inline content in `content`. */
export type ParagraphBlock =
  { type: 'paragraph'; text: string } | { type: 'paragraph'; content: InlineNode[]; text?: string };

/** A bulleted or numbered list. */
export interface ListBlock {
  type: 'list';
  /** @default false */
  ordered?: boolean;
  items: string[];
}

/** A block quotation with optional source. */
export interface QuoteBlock {
  type: 'quote';
  text: string;
  cite?: string;
}

/** An image. Give `width` and `height` so the page reserves its space while it loads. */
export interface ImageBlock {
  type: 'image';
  src: string;
  alt: string;
  caption?: string;
  width?: number;
  height?: number;
}

/** Where `ArticleLayout` places its `NewsletterCta`. */
export interface NewsletterBlock {
  type: 'newsletter';
}

/** The built-in block types of an article body. */
export type ArticleBlock = HeadingBlock | ParagraphBlock | ListBlock | QuoteBlock | ImageBlock | NewsletterBlock;

/** A block of a type the host renders itself through the `components` map. */
export interface CustomBlock {
  type: string;
  [field: string]: unknown;
}

/** One question and its answer. */
export interface FaqItem {
  /** Stable id, used for `#id` links and `value`. Defaults to a slug of the question. */
  id?: string;
  question: string;
  answer: React.ReactNode;
}

/** A link to another article. */
export interface NavLink {
  href: string;
  title: string;
}

/** Author of an article. */
export interface ArticleAuthor {
  name: string;
  url?: string;
}

/** Everything `ArticleLayout` needs to render a whole article page. */
export interface Article {
  title: string;
  lead?: string;
  /** ISO 8601 date or date-time. */
  publishedAt?: string;
  author?: ArticleAuthor;
  blocks: (ArticleBlock | CustomBlock)[];
  faq?: FaqItem[];
  prev?: NavLink;
  next?: NavLink;
}
