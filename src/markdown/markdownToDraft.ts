// Markdown to an article draft: parse with micromark (CommonMark, GFM and YAML front matter) into
// mdast, then map the tree block by block. The draft still holds the FAQ section among its blocks;
// `articleFromMarkdown` finishes it.
import type { Definition, Nodes, Root, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import type { Article } from '../schema/types';
import { blocks, headingText } from './blocks';
import { type Walk } from './context';
import { frontMatter } from './frontMatter';

/**
 * The longest source read, in characters: some twenty times a long article. The parser's time
 * grows faster than the length (at the end of every list and quote it copies all that it has
 * read so far), so a file far beyond any article is refused rather than left to hold up a
 * whole site build.
 */
export const MAX_SOURCE_LENGTH = 1_000_000;

/**
 * The longest run of list and quote markers (with their indentation) that may open a line. The
 * parser's time grows with the square of the nesting on a line (`- - - - …` or `> > > …`, a few
 * seconds for two thousand levels) and it runs out of stack a few thousand levels deep, so
 * such a source is refused before it is parsed. Articles nest a few levels, well within this.
 */
export const MAX_NESTING = 128;

// Indentation and container markers at the start of a line: `>`, or a bullet or number followed
// by a space. Only their length is measured; the parser decides what they are.
const CONTAINERS = /^(?:[ \t]*(?:>|(?:[*+-]|\d{1,9}[.)])(?=[ \t]|$)))+/gm;

/** The number of the first line that opens more than MAX_NESTING characters of containers. */
function tooDeep(source: string): number | undefined {
  for (const match of source.matchAll(CONTAINERS)) {
    if (match[0].length > MAX_NESTING) return source.slice(0, match.index).split('\n').length;
  }
  return undefined;
}

/** The mapped article before the FAQ is taken out and the result validated. */
export interface MarkdownDraft {
  /** Undefined when nothing of the source could be used. */
  draft?: Article;
  problems: string[];
  /** The front matter's `locale` (or `lang`), as written. */
  locale?: string;
}

const PARSE_OPTIONS = {
  extensions: [gfm(), frontmatter(['yaml'])],
  mdastExtensions: [gfmFromMarkdown(), frontmatterFromMarkdown(['yaml'])],
};

/** Maps Markdown to an article draft. Never throws. */
export function markdownToDraft(source: unknown): MarkdownDraft {
  if (typeof source !== 'string') return { problems: [`the Markdown source must be a string, not ${typeOf(source)}`] };
  if (source.length > MAX_SOURCE_LENGTH) {
    return {
      problems: [
        `the Markdown source has ${source.length} characters, more than the ${MAX_SOURCE_LENGTH} read; nothing of it is used`,
      ],
    };
  }
  const nested = tooDeep(source);
  if (nested !== undefined) {
    return {
      problems: [
        `line ${nested}: lists or quotes are nested more than ${MAX_NESTING} characters deep; nothing of the Markdown is used`,
      ],
    };
  }
  let tree: Root;
  try {
    tree = fromMarkdown(source, PARSE_OPTIONS);
  } catch (error) {
    // Not expected after the checks above; a safety net, as the parser recurses per level of
    // nesting.
    return { problems: [`the Markdown could not be parsed (${(error as Error).message}); nothing of it is used`] };
  }

  const walk: Walk = { problems: [], said: new Set(), definitions: definitions(tree) };
  let body: RootContent[] = tree.children;
  const meta = body[0]?.type === 'yaml' ? frontMatter(body[0], walk) : {};
  // A leading `# Title` is the title when the front matter has none, and is dropped when it only
  // repeats the front matter's.
  const first = body.findIndex((node) => node.type !== 'yaml' && node.type !== 'definition');
  const heading = body[first];
  if (heading?.type === 'heading' && heading.depth === 1) {
    const text = headingText(heading, walk);
    if (!meta.title || text === meta.title) {
      meta.title ||= text;
      body = body.filter((_, index) => index !== first);
    }
  }
  if (!meta.title) {
    walk.problems.push('the article has no title: give it a `title:` in the front matter or begin with a `# ` heading');
  }
  const { locale, ...fields } = meta;
  const draft: Article = { ...fields, title: meta.title ?? '', blocks: blocks(body, walk) };
  return { draft, problems: walk.problems, ...(locale && { locale }) };
}

/** The link definitions anywhere in the document (also inside quotes and lists), by label. */
function definitions(tree: Root): Map<string, Definition> {
  const found = new Map<string, Definition>();
  const stack: Nodes[] = [tree];
  while (stack.length) {
    const node = stack.pop()!;
    // The first definition of a label wins, as in CommonMark; the stack reads the document
    // backwards, so a later one is overwritten.
    if (node.type === 'definition') found.set(node.identifier, node);
    else if ('children' in node) for (const child of node.children) stack.push(child);
  }
  return found;
}

function typeOf(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
