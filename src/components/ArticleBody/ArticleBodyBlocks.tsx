import * as React from 'react';
import { rawNodeText } from '../../internal/text';
import { isExternalHref, safeHref } from '../../internal/url';
import { devWarn } from '../../internal/warn';
import type { LinkComponent } from '../../provider/context';
import {
  MAX_INLINE_DEPTH,
  hasWords,
  headingLevel,
  isBlock,
  listItems,
  rendererFor,
  richContent,
  textOf,
} from './articleBodyLogic';

/** What every block of one article shares while it renders. */
export interface BlockContext {
  /** The host's renderers by block type. */
  components: unknown;
  /** Anchor id of each heading, by block index. */
  headingIds: (string | undefined)[];
  /** Index of the one image that loads eagerly (-1: none). */
  eagerImage: number;
  linkComponent: LinkComponent | undefined;
}

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
  const level = headingLevel(block.level);
  const Renderer = rendererFor(context.components, type);
  if (Renderer) return <Renderer block={type === 'heading' ? { ...block, id, level } : block} index={index} />;
  const link = context.linkComponent;
  const text = textOf(block.text);
  switch (type) {
    case 'heading': {
      const Heading = `h${level}` as const;
      if (text) return <Heading id={id}>{text}</Heading>;
      devWarn('ArticleBody: a heading without text is skipped.');
      return null;
    }
    case 'paragraph': {
      const rich = richContent(block);
      return rich ? <p>{renderInline(rich, link)}</p> : text && <p>{text}</p>;
    }
    case 'list': {
      const items = listItems(block);
      const List = block.ordered === true ? 'ol' : 'ul';
      if (items.length) {
        return (
          <List>
            {items.map((item, i) => (
              <li key={i}>{renderInline(item, link)}</li>
            ))}
          </List>
        );
      }
      devWarn('ArticleBody: a list without items is skipped.');
      return null;
    }
    case 'quote':
      if (text) {
        const cite = textOf(block.cite);
        return figure(
          'quote',
          <blockquote>
            <p>{text}</p>
          </blockquote>,
          cite && <cite>{cite}</cite>,
        );
      }
      devWarn('ArticleBody: a quote without text is skipped.');
      return null;
    case 'image':
      return renderImage(block, index === context.eagerImage);
    default:
      // A `newsletter` block is a place, not content: whatever the host's
      // `components.newsletter` renders goes there.
      if (type !== 'newsletter') {
        devWarn(`ArticleBody: no renderer for block type ${JSON.stringify(type)}; pass one in \`components\`.`);
      }
      return null;
  }
}

/** A quote or an image, with its caption when there is one. */
function figure(kind: 'quote' | 'image', content: React.ReactNode, caption: React.ReactNode): React.ReactNode {
  return (
    <figure data-block={kind}>
      {content}
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  );
}

/** A positive pixel size, or undefined. */
function pixels(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.round(value) : undefined;
}

function renderImage(block: Record<string, unknown>, eager: boolean): React.ReactNode {
  const src = safeHref(block.src);
  if (!src) {
    devWarn('ArticleBody: an image without an http(s) or relative `src` is skipped.');
    return null;
  }
  const { alt } = block;
  if (typeof alt !== 'string') devWarn('ArticleBody: an image has no `alt`; it is treated as decorative.');
  const width = pixels(block.width);
  const height = pixels(block.height);
  return figure(
    'image',
    <img
      src={src}
      alt={typeof alt === 'string' ? alt : ''}
      width={width}
      height={height}
      // The box keeps its shape before the file arrives, so nothing below it jumps.
      style={width && height ? { aspectRatio: `${width} / ${height}` } : undefined}
      loading={eager ? 'eager' : 'lazy'}
      decoding={eager ? undefined : 'async'}
    />,
    textOf(block.caption),
  );
}

/** Rich inline content (strings, strong, em, code, links) as React nodes; never as HTML. */
export function renderInline(nodes: unknown, linkComponent: LinkComponent | undefined, depth = 0): React.ReactNode {
  return (Array.isArray(nodes) ? nodes : [nodes]).map((node, i) => (
    <React.Fragment key={i}>{inlineNode(node, linkComponent, depth)}</React.Fragment>
  ));
}

function inlineNode(node: unknown, linkComponent: LinkComponent | undefined, depth: number): React.ReactNode {
  if (typeof node === 'string' || typeof node === 'number') return node;
  if (typeof node !== 'object' || node === null || depth > MAX_INLINE_DEPTH) return null;
  const { type, text, children, href, title } = node as Record<string, unknown>;
  const inner = renderInline(children, linkComponent, depth + 1);
  switch (type) {
    case 'strong':
    case 'em': {
      const Mark = type;
      // An empty mark would be an empty element that a screen reader stops at for nothing.
      return hasWords(children) && <Mark>{inner}</Mark>;
    }
    case 'code':
      return typeof text === 'string' && <code>{text}</code>;
    case 'link':
      return (
        <SafeLink href={href} title={textOf(title)} linkComponent={linkComponent}>
          {inner}
        </SafeLink>
      );
    default:
      // An unknown mark still shows its words.
      return inner;
  }
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
 * else shows its text without a link. External links get `rel="noopener noreferrer"`; links
 * within the site go through the host's link component when there is one.
 */
export function SafeLink({ href, title, rel, linkComponent: Link, children }: SafeLinkProps): React.ReactNode {
  const url = safeHref(href);
  if (!url) {
    devWarn('ArticleBody: a link whose URL is not http(s), mailto, tel or relative is shown as text.');
    return children;
  }
  // A link needs a name; without words of its own, its address is the name.
  if (!rawNodeText(children).trim()) children = url;
  if (isExternalHref(url)) {
    return (
      <a href={url} rel={rel ? `${rel} noopener noreferrer` : 'noopener noreferrer'} title={title}>
        {children}
      </a>
    );
  }
  // Only paths go through the router: a fragment, mailto: or tel: (the only schemes left once
  // safeHref has judged the URL) is no page of the site.
  if (Link && !/^([a-z]+:|#)/i.test(url)) {
    return (
      <Link href={url} rel={rel}>
        {children}
      </Link>
    );
  }
  return (
    <a href={url} rel={rel} title={title}>
      {children}
    </a>
  );
}
