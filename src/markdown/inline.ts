// Inline Markdown (the text of paragraphs, list items, table cells) to the article's inline
// nodes: one handler per mdast node type. What the article cannot show is left out or kept as
// text, with a problem naming its line.
import type { PhrasingContent, PhrasingContentMap } from 'mdast';
import type { InlineNode } from '../schema/types';
import { MAX_DEPTH, plainText, report, tidy, type Walk } from './context';

type Handler<T extends PhrasingContent> = (node: T, walk: Walk, depth: number) => InlineNode[];
type Handlers = { [K in keyof PhrasingContentMap]: Handler<PhrasingContentMap[K]> };

/** A strong or emphasised span; past the depth limit its words stay, the marks go. */
const mark =
  (type: 'strong' | 'em'): Handler<PhrasingContentMap['strong' | 'emphasis']> =>
  (node, walk, depth) => {
    if (depth >= MAX_DEPTH) {
      report(walk, node, `emphasis nested more than ${MAX_DEPTH} levels deep is shown as plain text`);
      return [plainText(node)];
    }
    const children = inline(node.children, walk, depth + 1);
    return children.length ? [{ type, children }] : [];
  };

/** A link; its address is checked later, by `validateArticle`, which unwraps unsafe ones to text. */
function link(url: string, title: string | null | undefined, children: InlineNode[], fallback: string): InlineNode[] {
  // `[](https://…)` has no words to click on: the address stands in for them.
  const words = children.length ? children : [fallback || url];
  return [{ type: 'link', href: url, children: words, ...(title ? { title } : {}) }];
}

const image = (node: PhrasingContentMap['image' | 'imageReference'], walk: Walk): InlineNode[] => {
  report(walk, node, 'an image inside running text is shown as its alt text; give it a paragraph of its own');
  return node.alt ? [node.alt] : [];
};

const HANDLERS: Handlers = {
  text: (node) => [node.value],
  strong: mark('strong'),
  emphasis: mark('em'),
  delete: (node, walk, depth) => {
    report(walk, node, 'struck-through text is shown as normal text');
    return inline(node.children, walk, depth);
  },
  inlineCode: (node) => [{ type: 'code', text: node.value }],
  // A hard line break; the renderer shows it as the space between the two lines.
  break: () => ['\n'],
  link: (node, walk, depth) => link(node.url, node.title, inline(node.children, walk, depth + 1), ''),
  linkReference: (node, walk, depth) => {
    const children = inline(node.children, walk, depth + 1);
    const definition = walk.definitions.get(node.identifier);
    // The parser only makes a reference of `[text][label]` when the label is defined.
    return definition ? link(definition.url, definition.title, children, node.label ?? '') : children;
  },
  image: (node, walk) => image(node, walk),
  imageReference: (node, walk) => image(node, walk),
  html: (node, walk) => {
    report(walk, node, 'raw HTML is not rendered; it is left out');
    return [];
  },
  footnoteReference: (node, walk) => {
    report(walk, node, `footnotes are not supported; the reference [^${node.label ?? node.identifier}] is left out`);
    return [];
  },
};

/** Inline mdast nodes as the article's inline nodes. */
export function inline(nodes: readonly PhrasingContent[], walk: Walk, depth = 0): InlineNode[] {
  return tidy(
    nodes.flatMap((node) => {
      const handler = HANDLERS[node.type] as Handler<PhrasingContent> | undefined;
      if (handler) return handler(node, walk, depth);
      report(walk, node, `${node.type} is not supported; it is left out`);
      return [];
    }),
  );
}
