import * as React from 'react';
import { rawNodeText } from '../../internal/text';
import { isExternalHref, safeHref } from '../../internal/url';
import { devWarn } from '../../internal/warn';
import type { LinkComponent } from '../../provider/context';
import type { Locale } from '../../provider/locales';
import { isBlock, rendererFor, textOf } from './articleBodyLogic';

/** What every block of one article shares while it renders. */
export interface BlockContext {
  /** The host's renderers by block type. */
  components: unknown;
  /** Anchor id of each heading, by block index. */
  headingIds: (string | undefined)[];
  /** Index of the one image that loads eagerly (-1: none). */
  eagerImage: number;
  linkComponent: LinkComponent | undefined;
  locale: Locale;
  /**
   * The `text` of each block a host's renderer shows, for the reading time: the text of the
   * built-in blocks is read from what they render, a host renderer's output is not known here.
   */
  hostText: (string | undefined)[];
}

/** Deeper inline nesting than this is not data a person wrote; it is cut off rather than overflow the stack. */
const MAX_INLINE_DEPTH = 32;

/** Whether rendered content holds any words. */
const hasWords = (node: React.ReactNode): boolean => !!rawNodeText(node).trim();

/**
 * One block: the host's renderer for its type when there is one, else the built-in rendering.
 * Data that cannot be shown (no type, unknown type, missing text or source) renders nothing
 * and warns in development, so one bad block never takes the article down.
 */
export function renderBlock(block: unknown, index: number, context: BlockContext): React.ReactNode {
  if (!isBlock(block)) {
    devWarn('ArticleBody: a block without a string `type` is skipped.');
    return null;
  }
  const { type } = block;
  const id = context.headingIds[index];
  const level = block.level === 3 || block.level === 4 ? block.level : 2;
  const Renderer = rendererFor(context.components, type);
  if (Renderer) {
    context.hostText.push(textOf(block.text));
    return (
      <Renderer block={type === 'heading' ? { ...block, id, level } : block} index={index} locale={context.locale} />
    );
  }
  const link = context.linkComponent;
  const text = textOf(block.text);
  const caption = textOf(type === 'quote' ? block.cite : block.caption);
  let node: React.ReactNode;
  switch (type) {
    case 'heading': {
      const Heading = `h${level}` as const;
      node = text && <Heading id={id}>{text}</Heading>;
      break;
    }
    case 'paragraph': {
      // Rich `content` when it holds words; the plain `text` stands in otherwise.
      const rich = Array.isArray(block.content) && renderInline(block.content, link);
      const shown = hasWords(rich) ? rich : text;
      node = shown && <p>{shown}</p>;
      break;
    }
    case 'list': {
      const items = (Array.isArray(block.items) ? block.items : [])
        .map((item) => renderInline(item, link))
        .filter(hasWords);
      const List = block.ordered === true ? 'ol' : 'ul';
      node = items[0] && (
        <List>
          {items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </List>
      );
      break;
    }
    case 'quote':
      node = text && <blockquote>{text}</blockquote>;
      break;
    case 'image': {
      const { alt } = block;
      if (typeof alt !== 'string') devWarn('ArticleBody: an image has no `alt`; it is treated as decorative.');
      const src = safeHref(block.src);
      const eager = index === context.eagerImage;
      // Browsers give the box the shape of width and height (aspect-ratio: auto width / height)
      // before the file arrives, so nothing below it jumps.
      node = src && (
        <img
          src={src}
          alt={typeof alt === 'string' ? alt : ''}
          width={pixels(block.width)}
          height={pixels(block.height)}
          loading={eager ? 'eager' : 'lazy'}
          decoding={eager ? undefined : 'async'}
        />
      );
      break;
    }
    case 'newsletter':
      // A place, not content: whatever the host's `components.newsletter` renders goes there.
      return;
    default:
      devWarn(`ArticleBody: no renderer for block type ${JSON.stringify(type)}; pass one in \`components\`.`);
      return null;
  }
  if (!node) {
    devWarn(`ArticleBody: a ${type} block without text or a safe source is skipped.`);
    return null;
  }
  // A quote or an image, with its source or caption.
  return type === 'quote' || type === 'image' ? (
    <figure>
      {node}
      {caption && <figcaption>{type === 'quote' ? <cite>{caption}</cite> : caption}</figcaption>}
    </figure>
  ) : (
    node
  );
}

/** A positive pixel size, or undefined. */
const pixels = (value: unknown) =>
  typeof value === 'number' && value > 0 && value < Infinity ? Math.round(value) : undefined;

/** Rich inline content (strings, strong, em, code, links) as React nodes; never as HTML. */
function renderInline(nodes: unknown, link: LinkComponent | undefined, depth = 0): React.ReactNode[] {
  return (Array.isArray(nodes) ? nodes : [nodes]).map((node: unknown, key) => {
    if (typeof node === 'string' || typeof node === 'number') return node;
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
