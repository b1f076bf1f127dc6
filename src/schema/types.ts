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

export type { HeadingBlock } from '../blocks/heading/heading';
export type { ParagraphBlock } from '../blocks/paragraph/paragraph';
export type { ListBlock } from '../blocks/list/list';
export type { QuoteBlock } from '../blocks/quote/quote';
export type { ImageBlock } from '../blocks/image/image';
export type { TableBlock, TableCell, TableAlign } from '../blocks/table/table';
export type { CodeBlock } from '../blocks/code/code';
export type { CalloutBlock } from '../blocks/callout/callout';
export type { DividerBlock } from '../blocks/divider/divider';
export type { EmbedBlock, EmbedProvider } from '../blocks/embed/embed';
export type { NewsletterBlock } from '../blocks/newsletter/newsletter';
import type { HeadingBlock } from '../blocks/heading/heading';
import type { ParagraphBlock } from '../blocks/paragraph/paragraph';
import type { ListBlock } from '../blocks/list/list';
import type { QuoteBlock } from '../blocks/quote/quote';
import type { ImageBlock } from '../blocks/image/image';
import type { TableBlock } from '../blocks/table/table';
import type { CodeBlock } from '../blocks/code/code';
import type { CalloutBlock } from '../blocks/callout/callout';
import type { DividerBlock } from '../blocks/divider/divider';
import type { EmbedBlock } from '../blocks/embed/embed';
import type { NewsletterBlock } from '../blocks/newsletter/newsletter';

/** The built-in block types of an article body. */
export type ArticleBlock =
  | HeadingBlock
  | ParagraphBlock
  | ListBlock
  | QuoteBlock
  | ImageBlock
  | TableBlock
  | CodeBlock
  | CalloutBlock
  | DividerBlock
  | EmbedBlock
  | NewsletterBlock;

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

/** A step of the path from the site's home to the article, as in a breadcrumb trail. */
export interface Breadcrumb {
  href: string;
  title: string;
}

/** Everything `ArticleLayout` needs to render a whole article page. */
export interface Article {
  title: string;
  lead?: string;
  /** ISO 8601 date or date-time. */
  publishedAt?: string;
  /** ISO 8601 date or date-time of the last update; shown when it is a later day than `publishedAt`. */
  updatedAt?: string;
  /** The author. For several, use `authors`. */
  author?: ArticleAuthor;
  /** Several authors, in order; used instead of `author` when given. */
  authors?: ArticleAuthor[];
  /** The section of the site the article belongs to ("KI", "Politik"). */
  section?: string;
  /** The path from the site's home to the article's section, without the article itself. */
  breadcrumbs?: Breadcrumb[];
  blocks: (ArticleBlock | CustomBlock)[];
  faq?: FaqItem[];
  prev?: NavLink;
  next?: NavLink;
}
