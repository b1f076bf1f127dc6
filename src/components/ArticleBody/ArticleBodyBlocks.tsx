import * as React from 'react';
import { nodeText } from '../../internal/text';
import { isExternalHref, safeHref } from '../../internal/url';
import { devWarn } from '../../internal/warn';
import type { LinkComponent } from '../../provider/context';
import { MAX_INLINE_DEPTH, headingLevel, inlineText, isBlock, rendererFor, textOf } from './articleBodyLogic';

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
  const heading = block.type === 'heading';
  const Renderer = rendererFor(context.components, block.type);
  if (Renderer) {
    const resolved = heading ? { ...block, id: context.headingIds[index], level: headingLevel(block.level) } : block;
    return <Renderer block={resolved} index={index} />;
  }
  const { linkComponent } = context;
  switch (block.type) {
    case 'heading': {
      const text = textOf(block.text);
      if (!text) return skip('a heading without text');
      const Heading = `h${headingLevel(block.level)}` as const;
      return <Heading id={context.headingIds[index]}>{text}</Heading>;
    }
    case 'paragraph': {
      // Rich content wins; its plain `text` stands in when the content holds no words.
      if (Array.isArray(block.content) && inlineText(block.content).trim()) {
        return <p>{renderInline(block.content, linkComponent)}</p>;
      }
      const text = textOf(block.text);
      return text ? <p>{text}</p> : null;
    }
    case 'list': {
      const items = Array.isArray(block.items) ? block.items.filter((item) => inlineText(item).trim()) : [];
      if (!items.length) return skip('a list without items');
      const List = block.ordered === true ? 'ol' : 'ul';
      return (
        <List>
          {items.map((item, i) => (
            <li key={i}>{renderInline(item, linkComponent)}</li>
          ))}
        </List>
      );
    }
    case 'quote': {
      const text = textOf(block.text);
      if (!text) return skip('a quote without text');
      const cite = textOf(block.cite);
      return (
        <figure data-block="quote">
          <blockquote>
            <p>{text}</p>
          </blockquote>
          {cite && (
            <figcaption>
              <cite>{cite}</cite>
            </figcaption>
          )}
        </figure>
      );
    }
    case 'image':
      return renderImage(block, index === context.eagerImage);
    case 'newsletter':
      // A place, not content: whatever the host's `components.newsletter` renders goes here.
      return null;
    default:
      devWarn(`ArticleBody: no renderer for block type ${JSON.stringify(block.type)}; pass one in \`components\`.`);
      return null;
  }
}

function skip(what: string): null {
  devWarn(`ArticleBody: ${what} is skipped.`);
  return null;
}

/** A positive pixel size, or undefined. */
function pixels(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.round(value) : undefined;
}

function renderImage(block: Record<string, unknown>, eager: boolean): React.ReactNode {
  const src = safeHref(block.src);
  if (!src) return skip('an image without an http(s) or relative `src`');
  if (typeof block.alt !== 'string') devWarn('ArticleBody: an image has no `alt`; it is treated as decorative.');
  const width = pixels(block.width);
  const height = pixels(block.height);
  const caption = textOf(block.caption);
  return (
    <figure data-block="image">
      <img
        src={src}
        alt={typeof block.alt === 'string' ? block.alt : ''}
        width={width}
        height={height}
        // The box keeps its shape before the file arrives, so nothing below it jumps.
        style={width && height ? { aspectRatio: `${width} / ${height}` } : undefined}
        loading={eager ? 'eager' : 'lazy'}
        decoding={eager ? undefined : 'async'}
      />
      {caption && <figcaption>{caption}</figcaption>}
    </figure>
  );
}

/** Rich inline content (strings, strong, em, code, links) as React nodes; never as HTML. */
export function renderInline(nodes: unknown, linkComponent: LinkComponent | undefined, depth = 0): React.ReactNode {
  if (!Array.isArray(nodes)) return inlineNode(nodes, 0, linkComponent, depth);
  return nodes.map((node, i) => inlineNode(node, i, linkComponent, depth));
}

function inlineNode(
  node: unknown,
  key: number,
  linkComponent: LinkComponent | undefined,
  depth: number,
): React.ReactNode {
  if (typeof node === 'string' || typeof node === 'number') return node;
  if (typeof node !== 'object' || node === null || depth > MAX_INLINE_DEPTH) return null;
  const { type, text, children, href, title } = node as Record<string, unknown>;
  const inner = () => renderInline(children, linkComponent, depth + 1);
  // An empty mark would be an empty element that a screen reader stops at for nothing.
  if ((type === 'strong' || type === 'em') && !inlineText(children).trim()) return null;
  switch (type) {
    case 'strong':
      return <strong key={key}>{inner()}</strong>;
    case 'em':
      return <em key={key}>{inner()}</em>;
    case 'code':
      return typeof text === 'string' ? <code key={key}>{text}</code> : null;
    case 'link':
      return (
        <SafeLink key={key} href={href} title={textOf(title)} linkComponent={linkComponent}>
          {inner()}
        </SafeLink>
      );
    default:
      // An unknown mark still shows its words.
      return <React.Fragment key={key}>{inner()}</React.Fragment>;
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
    return <>{children}</>;
  }
  // A link needs a name; without words of its own, its address is the name.
  if (!nodeText(children)) children = url;
  if (isExternalHref(url)) {
    const external = [rel, 'noopener noreferrer'].filter(Boolean).join(' ');
    return (
      <a href={url} rel={external} title={title}>
        {children}
      </a>
    );
  }
  if (Link && !/^([a-z][a-z0-9+.-]*:|#)/i.test(url)) {
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
