// What every block renderer shares: the context of the article it renders in, rich inline
// content and links from article data.
import * as React from 'react';
import { rawNodeText } from '../internal/text';
import { isExternalHref, safeHref } from '../internal/url';
import { devWarn } from '../internal/warn';
import type { LinkComponent } from '../provider/context';
import type { Locale } from '../provider/locales';
import type { BodyStrings } from '../provider/strings';
import { vars } from '../theme';

import { textOf, type DataBlock } from '../components/ArticleBody/articleBodyLogic';

export { textOf, type DataBlock };

/** What every block of one article shares while it renders. */
export interface BlockContext {
  /** The host's renderers by block type. */
  components: unknown;
  /** Anchor id of each heading, by block index. */
  headingIds: (string | undefined)[];
  /** Index of the one image that loads eagerly (-1: none). */
  eagerImage: number;
  /** Whether headings link to themselves. */
  headingLinks: boolean;
  linkComponent: LinkComponent | undefined;
  locale: Locale;
  labels: BodyStrings;
  /**
   * The `text` of each block a host's renderer shows, for the reading time: the text of the
   * built-in blocks is read from what they render, a host renderer's output is not known here.
   */
  hostText: (string | undefined)[];
}

/**
 * The built-in rendering of one block type: what it shows, or nothing (null, undefined, '')
 * when the block has nothing to show, which `ArticleBody` then reports in development.
 */
export type BlockRender = (block: DataBlock, context: BlockContext, index: number) => React.ReactNode;

/** A positive pixel size, or undefined. */
export const pixels = (value: unknown): number | undefined =>
  typeof value === 'number' && value > 0 && value < Infinity ? Math.round(value) : undefined;

/** Whether rendered content holds any words. */
export const hasWords = (node: React.ReactNode): boolean => !!rawNodeText(node).trim();

/** Deeper inline nesting than this is not data a person wrote; it is cut off rather than overflow the stack. */
const MAX_INLINE_DEPTH = 32;

/** Rich inline content (strings, strong, em, code, links) as React nodes; never as HTML. */
export function renderInline(nodes: unknown, link: LinkComponent | undefined, depth = 0): React.ReactNode[] {
  return (Array.isArray(nodes) ? nodes : [nodes]).map((node: unknown, key) => {
    // Strings only, as the validator keeps: a number is no inline node.
    if (typeof node === 'string') return node;
    if (typeof node !== 'object' || !node || depth > MAX_INLINE_DEPTH) return null;
    const { type, text, children, href, title } = node as Record<string, unknown>;
    const inner = renderInline(children, link, depth + 1);
    switch (type) {
      case 'strong':
      case 'em': {
        const Mark = type;
        // An empty mark would be an empty element that a screen reader stops at for nothing.
        return hasWords(inner) && <Mark key={key}>{inner}</Mark>;
      }
      case 'code':
        return textOf(text) && <code key={key}>{text as string}</code>;
      case 'link':
        return (
          <SafeLink key={key} href={href} title={textOf(title)} linkComponent={link}>
            {inner}
          </SafeLink>
        );
      default:
        // An unknown mark still shows its words.
        return inner;
    }
  });
}

interface SafeLinkProps {
  href: unknown;
  title?: string;
  rel?: string;
  linkComponent: LinkComponent | undefined;
  children: React.ReactNode;
}

/**
 * A link from article data. Only http(s), mailto, tel and relative URLs become links; anything
 * else (or no URL) shows its text without a link. External links get `rel="noopener noreferrer"`;
 * links within the site go through the host's link component when there is one.
 */
export function SafeLink({ href, title, rel, linkComponent, children }: SafeLinkProps): React.ReactNode {
  const url = safeHref(href);
  if (!url) {
    if (href) devWarn('ArticleBody: a link whose URL is not http(s), mailto, tel or relative is shown as text.');
    return children;
  }
  const external = isExternalHref(url);
  // Only paths go through the router: a fragment, mailto: or tel: (the only schemes left once
  // safeHref has judged the URL) is no page of the site.
  const Link: React.ElementType = (!external && !/^(\w+:|#)/.test(url) && linkComponent) || 'a';
  return (
    <Link href={url} rel={external ? `${rel ? `${rel} ` : ''}noopener noreferrer` : rel} title={title}>
      {/* A link needs a name; without words of its own, its address is the name. */}
      {hasWords(children) ? children : url}
    </Link>
  );
}

/** Links in running text: underlined, so they are not told apart by colour alone. */
export const linkCss = `a{color:${vars.colors.accent};text-decoration:underline;&:focus-visible{outline:${vars.focusRing.width} solid ${vars.colors.focus};outline-offset:${vars.focusRing.offset}}}`;

/** A focus ring for a part that scrolls and takes focus for that. */
export const focusCss = `&:focus-visible{outline:${vars.focusRing.width} solid ${vars.colors.focus};outline-offset:${vars.focusRing.offset}}`;
