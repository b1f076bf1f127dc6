// HTML to an article draft: parse with a real HTML parser, take out what an article never
// carries, then map what is left block by block. The draft still holds the FAQ section among its
// blocks; `articleFromHtml` finishes it.
import { fromHtml } from 'hast-util-from-html';
import type { Root } from 'hast';
import type { Article } from '../schema/types';
import { flow } from './blocks';
import { newWalk } from './context';
import { sanitize } from './sanitize';

/** The mapped article before the FAQ is taken out and the result validated. */
export interface HtmlDraft {
  /** The article as mapped, the FAQ section still among its blocks. */
  draft: Article;
  /** What was left out or changed on the way, one sentence per kind. */
  problems: string[];
}

/** Maps HTML to an article draft. Never throws. */
export function htmlToDraft(html: unknown): HtmlDraft {
  if (typeof html !== 'string') {
    return { draft: { title: '', blocks: [] }, problems: [`the HTML must be a string, not ${typeOf(html)}`] };
  }
  let tree: Root;
  try {
    // As a fragment: a post body, not a document. A whole page still parses; what only belongs
    // in its head (<title>, <meta>, <link>) is then taken out like any other such element.
    tree = fromHtml(html, { fragment: true });
  } catch {
    // The parser gives up only on trees nested thousands of levels deep.
    return { draft: { title: '', blocks: [] }, problems: ['the HTML could not be parsed; nothing of it is used'] };
  }
  const walk = newWalk();
  sanitize(tree, walk);
  const blocks = flow(tree.children, walk);
  return { draft: { title: walk.title ?? '', blocks }, problems: walk.problems };
}

function typeOf(value: unknown): string {
  return value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
}
