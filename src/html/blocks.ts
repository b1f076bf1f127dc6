// The body: one handler per element that means a block, in a table keyed by tag name. Any other
// block-level element (div, section, article, …) stands for its children; text directly inside
// one becomes a paragraph. Nothing here copies an attribute it does not name.
import type { Element, ElementContent, RootContent } from 'hast';
import { embedTarget } from '../internal/embed';
import { safeHref } from '../internal/url';
import type {
  ArticleBlock,
  CalloutBlock,
  CodeBlock,
  EmbedBlock,
  EmbedProvider,
  HeadingBlock,
  ImageBlock,
  InlineNode,
  QuoteBlock,
  TableBlock,
  TableCell,
} from '../schema/types';
import {
  BLOCK_LEVEL,
  indefinite,
  attribute,
  classes,
  compact,
  elements,
  find,
  findAll,
  hasTag,
  isElement,
  pixels,
  quote,
  report,
  without,
  type Walk,
} from './context';
import { hasText, inlineContent, plainText, scheme, textOf } from './inline';

type BlockHandler = (element: Element, walk: Walk) => ArticleBlock[];

/** Blocks from a run of nodes: block elements by their handlers, the text between them as paragraphs. */
export function flow(nodes: readonly RootContent[], walk: Walk): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  let run: RootContent[] = [];
  const endParagraph = () => {
    const content = inlineContent(run, walk);
    if (hasText(content)) blocks.push({ type: 'paragraph', content });
    run = [];
  };
  const visit = (node: RootContent): void => {
    if (node.type === 'comment') {
      // The marker an editor leaves for the signup box; other comments (Gutenberg's
      // `<!-- wp:paragraph -->`) are markup notes, not content.
      if (node.value.trim().toLowerCase() === 'newsletter') {
        endParagraph();
        blocks.push({ type: 'newsletter' });
      }
    } else if (node.type === 'text') {
      run.push(node);
    } else if (node.type === 'element') {
      const handler = Object.hasOwn(BLOCKS, node.tagName) ? BLOCKS[node.tagName] : undefined;
      if (handler || BLOCK_LEVEL.has(node.tagName)) {
        endParagraph();
        // One at a time: spreading a long list into push() can overflow the stack.
        for (const block of (handler ?? unwrap)(node, walk)) blocks.push(block);
      } else if (find(node, (child) => BLOCK_LEVEL.has(child.tagName))) {
        // An inline element around blocks (`<a><div>…</div></a>`) cannot stay inline.
        node.children.forEach(visit);
      } else {
        run.push(node);
      }
    }
  };
  nodes.forEach(visit);
  endParagraph();
  return blocks;
}

/** A wrapper without meaning of its own: its children. */
const unwrap: BlockHandler = (element, walk) => flow(element.children, walk);

/** The address of a frame or post, protocol-relative ones (`//www.youtube.com/…`) read as https. */
const absolute = (address: string) => (address.startsWith('//') ? `https:${address}` : address);

const heading =
  (level: HeadingBlock['level']): BlockHandler =>
  (element, walk) => {
    const text = plainText(element.children, walk);
    if (!text) return [];
    if (element.tagName === 'h1' && walk.title === undefined) {
      walk.title = text;
      return [];
    }
    const id = attribute(element, 'id')?.trim();
    return [compact<HeadingBlock>({ type: 'heading', text, level, id: id || undefined })];
  };

const list: BlockHandler = (element, walk) => {
  const items: InlineNode[][] = [];
  addItems(element, walk, items);
  return items.length ? [{ type: 'list', ordered: element.tagName === 'ol', items }] : [];
};

function addItems(list: Element, walk: Walk, items: InlineNode[][]): void {
  const flatten = (nested: Element) => {
    report(walk, 'a list inside a list is flattened: its items follow the item it belonged to');
    addItems(nested, walk, items);
  };
  for (const item of elements(list)) {
    if (hasTag(item, 'ul', 'ol')) {
      flatten(item);
      continue;
    }
    const isList = (child: ElementContent) => isElement(child) && hasTag(child, 'ul', 'ol');
    const content = inlineContent(
      item.children.filter((child) => !isList(child)),
      walk,
    );
    if (hasText(content)) items.push(content);
    elements(item).filter(isList).forEach(flatten);
  }
}

/** The classes by which embedding scripts find the posts they turn into frames. */
const SOCIAL_POSTS = new Map<string, EmbedProvider>([
  ['twitter-tweet', 'x'],
  ['twitter-video', 'x'],
  ['instagram-media', 'instagram'],
]);

/** A quotation, or a post that an embedding script would have turned into a frame. */
function blockquote(element: Element, walk: Walk, caption?: Element): ArticleBlock[] {
  const provider = classes(element)
    .map((name) => SOCIAL_POSTS.get(name))
    .find(Boolean);
  if (provider) {
    const addresses = [attribute(element, 'dataInstgrmPermalink'), ...links(element)];
    const target = addresses.map((address) => embedTarget(address, provider)).find(Boolean);
    if (target) return [{ type: 'embed', url: target.href, provider: target.provider }];
    report(walk, 'a post embed without the address of the post is shown as a quote');
  }
  return quoteBlock(element, walk, caption);
}

/**
 * A quotation; its source is a `<cite>` or `<footer>` after the quoted words, or the figure's
 * caption. A `<cite>` within the words names a work, not the speaker, and stays in the text.
 */
function quoteBlock(element: Element, walk: Walk, caption?: Element): ArticleBlock[] {
  const words = [...element.children];
  const sources: Element[] = [];
  for (let last = words.pop(); last; last = words.pop()) {
    if (isElement(last) && hasTag(last, 'cite', 'footer')) sources.unshift(last);
    else if (last.type !== 'comment' && (last.type !== 'text' || last.value.trim())) {
      words.push(last);
      break;
    }
  }
  const text = plainText(words, walk);
  const cite = [...sources, ...(caption ? [caption] : [])]
    .map((source) => plainText(source.children, walk))
    .join(' ')
    // The dash before a name ("— Ada Lovelace") is how the source was typeset, not part of it.
    .replace(/^[\s—–-]+/, '');
  return text ? [compact<QuoteBlock>({ type: 'quote', text, cite: cite || undefined })] : [];
}

function links(element: Element): string[] {
  return findAll(element, (child) => hasTag(child, 'a')).flatMap((a) => attribute(a, 'href') ?? []);
}

const figure: BlockHandler = (element, walk) => {
  if (classes(element).includes('wp-block-embed')) return wordpressEmbed(element, walk);
  const caption = elements(element).find((child) => hasTag(child, 'figcaption'));
  const body = element.children.filter((child) => child !== caption);
  const [only, ...more] = body.filter(
    (child) => child.type === 'element' || (child.type === 'text' && child.value.trim()),
  );
  if (isElement(only) && !more.length) {
    if (hasTag(only, 'table')) return table(only, walk, caption);
    if (hasTag(only, 'blockquote')) return blockquote(only, walk, caption);
  }
  // One image and no words besides the caption: an image with its caption. Anything else (a
  // gallery of figures, text around the image) keeps all its parts as blocks of their own.
  const images = findAll(element, (child) => hasTag(child, 'img', 'figure'));
  const [first] = images;
  if (images.length === 1 && first && hasTag(first, 'img') && !textOf(body).trim()) {
    return image(first, walk, caption);
  }
  return unwrap(element, walk);
};

// Lazy-loading plugins put a placeholder in `src` and the image in a data attribute.
const IMAGE_SOURCES = ['dataSrc', 'dataLazySrc', 'src'];
const IMAGE_SRCSETS = ['dataSrcset', 'dataLazySrcset', 'srcSet'];

const isImageAddress = (address: string) => !!safeHref(address) && !/^(mailto|tel):/i.test(address);

function image(img: Element, walk: Walk, caption?: Element): ArticleBlock[] {
  const given = IMAGE_SOURCES.flatMap((name) => attribute(img, name)?.trim() || []);
  const src = given.find(isImageAddress);
  if (!src) {
    report(
      walk,
      given[0]
        ? `an image with a ${scheme(given[0])}: address is left out; only http(s) and relative addresses are loaded`
        : 'an image without an address is left out',
    );
    return [];
  }
  const alt = attribute(img, 'alt');
  if (alt === undefined) report(walk, `the image ${quote(src)} has no alt attribute; it is treated as decorative`);
  return [
    compact<ImageBlock>({
      type: 'image',
      src,
      alt: alt?.trim() ?? '',
      width: pixels(img, 'width'),
      height: pixels(img, 'height'),
      srcSet: srcSet(IMAGE_SRCSETS.map((name) => attribute(img, name)).find(Boolean), walk),
      sizes: (attribute(img, 'dataSizes') ?? attribute(img, 'sizes'))?.trim().replace(/\s+/g, ' ') || undefined,
      ...(caption && captionAndCredit(caption, walk)),
    }),
  ];
}

function srcSet(value: string | undefined, walk: Walk): string | undefined {
  // Often written over several lines; one line reads the same.
  const text = value?.trim().replace(/\s+/g, ' ');
  if (!text) return undefined;
  if (text.split(',').every((candidate) => isImageAddress(candidate.trim().split(/\s+/)[0] ?? ''))) return text;
  report(walk, 'an image srcset with an address that is not http(s) or relative is left out; the image keeps its src');
  return undefined;
}

/** Class names that mark the credit in a caption. */
const CREDIT_CLASS = /credit|copyright|photographer|fotograf|quelle|source/i;
/** A credit at the end of a caption's text: "… Foto: dpa", "… © Nordwerk". */
const CREDIT_TEXT =
  /(?:^|\s)((?:Fotos?|Bild(?:er)?|Photos?|Grafik|Illustration|Quelle|Credits?|Image)\s*[:©]\s*\S.*|©\s*\S.*)$/isu;

/** A figure caption split into the caption proper and the credit at its end. */
function captionAndCredit(figcaption: Element, walk: Walk): Pick<ImageBlock, 'caption' | 'credit'> {
  const content = figcaption.children.filter((child) => child.type !== 'text' || child.value.trim());
  const last = content.at(-1);
  const marked =
    isElement(last) && (hasTag(last, 'small') || classes(last).some((name) => CREDIT_CLASS.test(name)))
      ? last
      : undefined;
  const text = plainText(
    figcaption.children.filter((child) => child !== marked),
    walk,
  );
  const found = marked ? undefined : CREDIT_TEXT.exec(text);
  const credit = marked ? plainText(marked.children, walk) : found?.[1];
  // What separated the credit from the caption (" | ", " / ") goes with it.
  const caption = (found ? text.slice(0, found.index) : text).replace(/[\s|/·–—-]+$/u, '');
  return { caption: caption || undefined, credit: credit || undefined };
}

const TEXT_ALIGN = new Map<string, 'start' | 'center' | 'end'>([
  ['left', 'start'],
  ['start', 'start'],
  ['center', 'center'],
  ['right', 'end'],
  ['end', 'end'],
]);

/** A cell's alignment: its `align` attribute, or the marks the WordPress table block leaves. */
function alignment(cell: Element | undefined): 'start' | 'center' | 'end' | undefined {
  if (!cell) return undefined;
  const fromClass = classes(cell)
    .map((name) => /^has-text-align-(\w+)$/.exec(name)?.[1])
    .find(Boolean);
  const value = attribute(cell, 'align') ?? attribute(cell, 'dataAlign') ?? fromClass;
  return value ? TEXT_ALIGN.get(value.trim().toLowerCase()) : undefined;
}

function table(element: Element, walk: Walk, figcaption?: Element): ArticleBlock[] {
  const parts = elements(element);
  const rowsOf = (part: Element) => (hasTag(part, 'tr') ? [part] : elements(part).filter((row) => hasTag(row, 'tr')));
  // The header is the head's first row or, without a head, the table's first row.
  const [headerRow, ...bodyRows] = [
    ...parts.filter((part) => hasTag(part, 'thead')).flatMap(rowsOf),
    ...parts.filter((part) => hasTag(part, 'tbody', 'tfoot', 'tr')).flatMap(rowsOf),
  ];
  if (!headerRow) return [];
  const cellsOf = (row: Element) => elements(row).filter((cell) => hasTag(cell, 'th', 'td'));
  // A cell of plain words is a string, as a table is usually written by hand; rich ones keep their nodes.
  const cell = (element: Element): TableCell => {
    const content = inlineContent(element.children, walk);
    if (!hasText(content)) return '';
    return content.length === 1 && typeof content[0] === 'string' ? content[0] : content;
  };
  const all = [headerRow, ...bodyRows].map(cellsOf);
  if (all.flat().some((cell) => (pixels(cell, 'colSpan') ?? 1) > 1 || (pixels(cell, 'rowSpan') ?? 1) > 1)) {
    report(walk, 'merged table cells (colspan, rowspan) are shown as single cells');
  }
  // A table of empty cells (its words were scripts, say) shows nothing.
  if (!all.flat().some((cell) => textOf([cell]).trim())) return [];
  const [header = [], ...rows] = all;
  const columns = all.reduce((most, row) => Math.max(most, row.length), 0);
  const align = Array.from({ length: columns }, (_, i) => alignment(header[i]) ?? alignment(rows[0]?.[i]) ?? null);
  const caption = parts.find((part) => hasTag(part, 'caption')) ?? figcaption;
  return [
    compact<TableBlock>({
      type: 'table',
      header: header.map(cell),
      rows: rows.filter((row) => row.length).map((row) => row.map(cell)),
      caption: (caption && plainText(caption.children, walk)) || undefined,
      align: align.some(Boolean) ? align : undefined,
    }),
  ];
}

const pre: BlockHandler = (element) => {
  // As written, line for line. The parser already dropped a newline right after `<pre>`, and
  // one at the very end is not shown by a browser either.
  const text = textOf(element.children, '\n').replace(/\n$/, '');
  if (!text.trim()) return [];
  const language = [element, ...findAll(element, (child) => hasTag(child, 'code'))]
    .flatMap(classes)
    .map((name) => /^lang(?:uage)?-(.+)$/.exec(name)?.[1])
    .find(Boolean);
  return [compact<CodeBlock>({ type: 'code', text, language })];
};

const iframe: BlockHandler = (element, walk) => {
  const src = attribute(element, 'src')?.trim() ?? '';
  const target = embedTarget(absolute(src));
  if (!target) {
    report(walk, `an <iframe> ${origin(src)} is left out; only YouTube, Vimeo, X and Instagram embeds are kept`);
    return [];
  }
  const title = attribute(element, 'title')?.trim();
  return [
    compact<EmbedBlock>({ type: 'embed', url: target.href, provider: target.provider, title: title || undefined }),
  ];
};

/** Where a frame comes from, for a problem sentence. */
function origin(src: string): string {
  if (!src) return 'without an address';
  try {
    const url = new URL(absolute(src));
    if (url.protocol === 'https:' || url.protocol === 'http:') return `from ${url.hostname}`;
  } catch {
    // Not an absolute address: said below as it was written.
  }
  return safeHref(src) ? `from ${quote(src)}` : `with a ${scheme(src)}: address`;
}

/**
 * WordPress's embed block: the address alone in its wrapper (as stored), or the frame or post the
 * site rendered from it.
 */
function wordpressEmbed(element: Element, walk: Walk): ArticleBlock[] {
  const isCaption = (child: Element) => hasTag(child, 'figcaption');
  const caption = elements(element).find(isCaption);
  const wrapper = find(element, (child) => classes(child).includes('wp-block-embed__wrapper')) ?? element;
  const frames = findAll(wrapper, (child) => hasTag(child, 'iframe'));
  const addresses = [
    textOf(without(wrapper.children, isCaption)).trim(),
    ...frames.flatMap((frame) => attribute(frame, 'src') ?? []),
    ...links(wrapper),
  ].filter(Boolean);
  const target = addresses.map((address) => embedTarget(absolute(address))).find(Boolean);
  if (!target) {
    const of = addresses[0] ? `of ${quote(addresses[0])}` : 'without an address';
    report(walk, `an embed ${of} is left out; only YouTube, Vimeo, X and Instagram embeds are kept`);
    return [];
  }
  const title = frames.map((frame) => attribute(frame, 'title')?.trim()).find(Boolean);
  return [
    compact<EmbedBlock>({
      type: 'embed',
      url: target.href,
      provider: target.provider,
      title,
      caption: (caption && plainText(caption.children, walk)) || undefined,
    }),
  ];
}

/** Words in class names that mark a boxed note (`wp-block-jetpack-notice`, `callout`, `is-style-warning`). */
const CALLOUT_WORDS = new Set([
  'admonition',
  'alert',
  'callout',
  'caution',
  'danger',
  'hint',
  'important',
  'infobox',
  'note',
  'notice',
  'tip',
  'warning',
]);
/** Of those, the ones that make it a warning. */
const WARNING_WORDS = new Set(['caution', 'danger', 'error', 'important', 'warning']);
const TITLE_CLASS = /(?:^|[-_])(?:title|heading)(?:$|[-_])/i;

/** A `<div>` or `<aside>`: a callout when its classes say so, else a wrapper. */
const box: BlockHandler = (element, walk) => {
  const words = classes(element).flatMap((name) => name.toLowerCase().split(/[-_]+/));
  if (!words.some((word) => CALLOUT_WORDS.has(word))) return unwrap(element, walk);
  const tone = words.some((word) => WARNING_WORDS.has(word)) ? 'warning' : 'note';
  const titled = find(
    element,
    (child) =>
      hasTag(child, 'h1', 'h2', 'h3', 'h4', 'h5', 'h6') || classes(child).some((name) => TITLE_CLASS.test(name)),
  );
  const title = titled ? plainText(titled.children, walk) : '';
  const content = inlineContent(
    without(element.children, (child) => child === titled),
    walk,
  );
  // A box with only a title says it in its text.
  if (!hasText(content)) return title ? [{ type: 'callout', tone, content: [title] }] : [];
  return [compact<CalloutBlock>({ type: 'callout', tone, title: title || undefined, content })];
};

/** The site's navigation and footer around the article: not part of it. */
const chrome: BlockHandler = (element, walk) => {
  const tag = element.tagName;
  report(walk, `${indefinite(tag)} <${tag}> element is page chrome, not article text; it is left out`);
  return [];
};

/** A page or article header: its `<h1>` is the title, the rest (kicker, byline, date) page chrome. */
const header: BlockHandler = (element, walk) => {
  const h1 = walk.title === undefined ? find(element, (child) => hasTag(child, 'h1')) : undefined;
  // Read as any first h1 is: it becomes the title.
  if (h1) heading(2)(h1, walk);
  const rest: ElementContent[] = without(element.children, (child) => child === h1);
  return textOf(rest).trim() ? chrome(element, walk) : [];
};

const BLOCKS: Record<string, BlockHandler> = {
  h1: heading(2),
  h2: heading(2),
  h3: heading(3),
  h4: heading(4),
  h5: heading(4),
  h6: heading(4),
  // Its text is a paragraph; an image or frame in it becomes a block of its own.
  p: unwrap,
  ul: list,
  ol: list,
  blockquote: (element, walk) => blockquote(element, walk),
  figure,
  img: (element, walk) => image(element, walk),
  picture: (element, walk) => {
    const img = find(element, (child) => hasTag(child, 'img'));
    return img ? image(img, walk) : [];
  },
  table: (element, walk) => table(element, walk),
  pre,
  hr: () => [{ type: 'divider' }],
  iframe,
  div: box,
  aside: box,
  header,
  nav: chrome,
  footer: chrome,
};
