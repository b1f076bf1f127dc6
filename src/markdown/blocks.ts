// Block-level Markdown to article blocks: one handler per mdast node type. A node the article
// has no block for becomes a problem naming its line, never an exception.
import type {
  Blockquote,
  Heading,
  List,
  Paragraph,
  PhrasingContent,
  RootContent,
  RootContentMap,
  Table,
  TableRow,
} from 'mdast';
import { inlineText } from '../adapters/common';
import { embedTarget } from '../internal/embed';
import type { ArticleBlock, CalloutBlock, InlineNode, TableBlock } from '../schema/types';
import { MAX_DEPTH, hasText, plainText, report, simplify, tidy, trimEnds, type Walk } from './context';
import { inline } from './inline';

type Handler<T extends RootContent> = (node: T, walk: Walk) => ArticleBlock[];
type Handlers = { [K in keyof RootContentMap]?: Handler<RootContentMap[K]> };

/** Blocks for the top-level nodes of a document, in order. */
export function blocks(nodes: readonly RootContent[], walk: Walk): ArticleBlock[] {
  return nodes.flatMap((node) => {
    const handler = HANDLERS[node.type] as Handler<RootContent> | undefined;
    if (handler) return handler(node, walk);
    report(walk, node, `${node.type} is not supported here; it is left out`);
    return [];
  });
}

const HANDLERS: Handlers = {
  heading: (node, walk) => {
    const text = headingText(node, walk);
    if (!text) return [];
    // The page's only level-1 heading is the title; levels 5 and 6 read as 4, the deepest the
    // article has.
    if (node.depth === 1) report(walk, node, 'a second level-1 heading becomes a level-2 heading');
    const level = node.depth === 1 ? 2 : (Math.min(node.depth, 4) as 2 | 3 | 4);
    return [{ type: 'heading', text, level }];
  },
  paragraph,
  list: (node, walk) => {
    const items = listItems(node, walk, 0);
    if (items.nested) report(walk, node, 'nested lists are flattened into the items of the outer list');
    return items.items.length ? [{ type: 'list', ordered: node.ordered === true, items: items.items }] : [];
  },
  blockquote: (node, walk) => callout(node, walk) ?? quote(node, walk),
  code: (node) => [{ type: 'code', text: node.value, ...(node.lang ? { language: node.lang } : {}) }],
  table,
  thematicBreak: () => [{ type: 'divider' }],
  html: (node, walk) => {
    // The one comment the article understands: where the newsletter signup goes.
    if (/^<!--\s*newsletter\s*-->$/i.test(node.value.trim())) return [{ type: 'newsletter' }];
    report(walk, node, 'raw HTML is not rendered; it is left out');
    return [];
  },
  // Definitions are read before the walk, for the references that use them; the front matter too.
  definition: () => [],
  yaml: () => [],
  footnoteDefinition: (node, walk) => {
    report(walk, node, `footnotes are not supported; the footnote [^${node.label ?? node.identifier}] is left out`);
    return [];
  },
};

/** Whitespace between the images of an image-only paragraph does not count as text. */
const isSpace = (node: PhrasingContent) => node.type === 'text' && node.value.trim() === '';

function paragraph(node: Paragraph, walk: Walk): ArticleBlock[] {
  const children = node.children.filter((child) => !isSpace(child));
  const images = children.flatMap((child) => {
    if (child.type === 'image') return [{ url: child.url, alt: child.alt, title: child.title }];
    const definition = child.type === 'imageReference' ? walk.definitions.get(child.identifier) : undefined;
    return definition && child.type === 'imageReference'
      ? [{ url: definition.url, alt: child.alt, title: definition.title }]
      : [];
  });
  // A paragraph of images only: each a figure, its title (`![alt](src "title")`) the caption.
  if (images.length && images.length === children.length) {
    return images.map((image) => ({
      type: 'image',
      src: image.url,
      alt: image.alt ?? '',
      ...(image.title ? { caption: image.title } : {}),
    }));
  }
  const embed = children.length === 1 ? embedFor(children[0]!, walk) : undefined;
  if (embed) return [embed];
  const content = trimEnds(inline(node.children, walk));
  return hasText(content) ? [{ type: 'paragraph', content }] : [];
}

/** A paragraph that is only a link to a video or post on a platform the article can embed. */
function embedFor(node: PhrasingContent, walk: Walk): ArticleBlock | undefined {
  const url =
    node.type === 'link'
      ? node.url
      : node.type === 'linkReference'
        ? walk.definitions.get(node.identifier)?.url
        : undefined;
  const target = embedTarget(url);
  if (!target || url === undefined) return undefined;
  // A bare address as its own text says nothing more than the address.
  const title = plainText(node);
  const named = title && !/^(?:https?:\/\/|www\.)\S*$/i.test(title);
  return { type: 'embed', url: url.trim(), provider: target.provider, ...(named ? { title } : {}) };
}

/** The words of a heading; what a heading cannot hold (HTML, images) is reported as in a paragraph. */
export function headingText(node: Heading, walk: Walk): string {
  return inlineText(inline(node.children, walk)).trim();
}

/**
 * Rich text of blocks that sit inside a list item, a callout or a quote, the blocks one after the
 * other. Anything but text (code, a table, a list) keeps only its words.
 */
function flowText(nodes: readonly RootContent[], walk: Walk, where: string, separator = '\n'): InlineNode[] {
  const parts = nodes.map((node): InlineNode[] => {
    if (node.type === 'paragraph' || node.type === 'heading') return inline(node.children, walk);
    if (node.type === 'definition') return [];
    if (node.type === 'html') {
      report(walk, node, 'raw HTML is not rendered; it is left out');
      return [];
    }
    report(walk, node, `${nodeName(node)} inside ${where} is shown as plain text`);
    return [plainText(node)];
  });
  return trimEnds(tidy(parts.filter(hasText).flatMap((part, index) => (index ? [separator, ...part] : part))));
}

const NAMES: Partial<Record<RootContent['type'], string>> = {
  code: 'a code block',
  table: 'a table',
  blockquote: 'a quote',
  list: 'a list',
  thematicBreak: 'a divider',
};
const nodeName = (node: RootContent) => NAMES[node.type] ?? `a ${node.type}`;

/**
 * A list's items. A nested list's items follow the item they belong to in the same list: the
 * article's lists have one level. Past the depth limit, a nested list is one item of plain text.
 */
function listItems(list: List, walk: Walk, depth: number): { items: (string | InlineNode[])[]; nested: boolean } {
  const items: (string | InlineNode[])[] = [];
  let nested = false;
  for (const item of list.children) {
    const own = item.children.filter((child) => child.type !== 'list');
    const text = flowText(own, walk, 'a list item');
    if (hasText(text)) items.push(simplify(text));
    for (const child of item.children) {
      if (child.type !== 'list') continue;
      nested = true;
      if (depth + 1 >= MAX_DEPTH) {
        report(walk, child, `a list nested more than ${MAX_DEPTH} levels deep becomes one item`);
        const words = plainText(child).replace(/\s+/g, ' ');
        if (words) items.push(words);
      } else {
        items.push(...listItems(child, walk, depth + 1).items);
      }
    }
  }
  return { items, nested };
}

// The GitHub alert marker, `> [!NOTE]`, on the first line of a quote.
const ALERT = /^\[!(note|tip|important|warning|caution)\][ \t]*(?:\n|$)/i;

/**
 * A GitHub alert (`> [!NOTE]`, `> [!WARNING]` …) as a callout: a bold first line is its title,
 * the rest its text.
 */
function callout(node: Blockquote, walk: Walk): ArticleBlock[] | undefined {
  const [first, ...rest] = node.children;
  const marker = first?.type === 'paragraph' && first.children[0]?.type === 'text' ? first.children[0] : undefined;
  const match = marker && ALERT.exec(marker.value);
  if (!first || first.type !== 'paragraph' || !marker || !match) return undefined;
  const tone: CalloutBlock['tone'] = /warning|caution/i.test(match[1]!) ? 'warning' : 'note';
  let lines: PhrasingContent[] = [
    { ...marker, value: marker.value.slice(match[0].length) },
    ...first.children.slice(1),
  ];
  lines = lines.filter((child) => !(child.type === 'text' && child.value === ''));
  // A title is a bold span that fills the first line: `**Korrektur**` and then a line break.
  const [head, after] = lines;
  const isTitle =
    head?.type === 'strong' &&
    (after === undefined || after.type === 'break' || (after.type === 'text' && /^[ \t]*\n/.test(after.value)));
  const title = isTitle ? plainText(head) : undefined;
  const body = isTitle ? lines.slice(1) : lines;
  const content = flowText([{ ...first, children: body }, ...rest], walk, 'a callout');
  if (!hasText(content)) return title ? [{ type: 'callout', tone, content: [title] }] : [];
  return [{ type: 'callout', tone, ...(title ? { title } : {}), content }];
}

// The source of a quote on its last line: "— Name", "– Name" or "-- Name".
const CITE = /(?:^|\n)[ \t]*(?:—|–|--)[ \t]+([^\n]+)$/;

/** A quote: its paragraphs' words, and a last line starting with a dash as its source. */
function quote(node: Blockquote, walk: Walk): ArticleBlock[] {
  const content = flowText(node.children, walk, 'a quote', '\n\n');
  // A quote is text only: its emphasis goes quietly, a link is worth a word.
  if (hasLink(content)) report(walk, node, 'links inside a quote are shown as their text');
  let text = inlineText(content);
  const match = CITE.exec(text);
  const cite = match && match.index > 0 ? match[1]!.trim() : undefined;
  if (cite) text = text.slice(0, match!.index).trim();
  return text ? [{ type: 'quote', text, ...(cite ? { cite } : {}) }] : [];
}

function hasLink(nodes: readonly InlineNode[]): boolean {
  return nodes.some(
    (node) => typeof node === 'object' && (node.type === 'link' || (node.type !== 'code' && hasLink(node.children))),
  );
}

const ALIGN = { left: 'start', right: 'end', center: 'center' } as const;

function table(node: Table, walk: Walk): ArticleBlock[] {
  const [head, ...body] = node.children;
  if (!head) return [];
  // As GFM reads a table: the header row sets the columns; shorter rows are padded with empty
  // cells, longer ones cut.
  const cells = (row: TableRow) =>
    head.children.map((_, index) => {
      const cell = row.children[index];
      return cell ? simplify(inline(cell.children, walk)) : '';
    });
  const block: TableBlock = {
    type: 'table',
    header: cells(head),
    rows: body.map(cells),
    align: head.children.map((_, index) => {
      const align = node.align?.[index];
      return align ? ALIGN[align] : null;
    }),
  };
  return [block];
}
