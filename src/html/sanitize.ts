// The first pass over the parsed tree, before anything is mapped: elements an article never carries
// are taken out with everything in them, and event handler attributes are reported. The mapping
// after it copies only the attributes it knows, so no handler or style reaches the article
// either way; this pass is what tells the author about them, once per kind.
import type { Root, RootContent } from 'hast';
import { indefinite, report, type Walk } from './context';

/**
 * Elements removed with their content. They run code, load or embed other documents, take input,
 * or hold text a browser never shows as such (`<title>`, `<noembed>`). Iframes are not here: an
 * iframe from YouTube or Vimeo becomes an embed, and the mapping decides that.
 */
const REMOVED: ReadonlySet<string> = new Set([
  'applet',
  'area',
  'audio',
  'base',
  'button',
  'canvas',
  'datalist',
  'embed',
  'form',
  'frame',
  'frameset',
  'input',
  'link',
  'map',
  'math',
  'meta',
  'noembed',
  'noframes',
  'object',
  'plaintext',
  'portal',
  'script',
  'select',
  'slot',
  'style',
  'svg',
  'textarea',
  'title',
  'video',
  'xmp',
]);

/**
 * Removed without a word: `<noscript>` repeats what a script would have shown (lazy-loading
 * plugins put the plain `<img>` there, next to the one they keep), and the others only make sense
 * inside an element that is removed or read without them (`<picture>` keeps its `<img>`).
 */
const REMOVED_SILENTLY: ReadonlySet<string> = new Set([
  'noscript',
  'option',
  'optgroup',
  'param',
  'source',
  'template',
  'track',
]);

/**
 * How deep elements may nest. Real content stays far below this (page builders reach some
 * thirty levels); deeper trees are hostile, and the recursive mapping must not run out of stack.
 */
export const MAX_NESTING = 200;

/** Removes what an article never carries from the tree, in place, and reports it. */
export function sanitize(root: Root, walk: Walk): void {
  // A loop over an explicit stack, not recursion: the tree may be as deep as the parser allowed.
  const stack: [parent: { children: RootContent[] }, depth: number][] = [[root, 0]];
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    const [parent, depth] = entry;
    parent.children = parent.children.filter((node) => {
      if (node.type !== 'element') return true;
      for (const name of Object.keys(node.properties)) {
        if (/^on[a-z]/i.test(name)) {
          report(walk, `an ${name.toLowerCase()} attribute is not rendered; it is left out`);
        }
      }
      const tag = node.tagName;
      if (REMOVED_SILENTLY.has(tag)) return false;
      if (REMOVED.has(tag)) {
        report(walk, `${indefinite(tag)} <${tag}> element is not rendered; it is left out`);
        return false;
      }
      if (depth >= MAX_NESTING) {
        report(walk, `the HTML is nested more than ${MAX_NESTING} levels deep; what lies deeper is left out`);
        return false;
      }
      stack.push([node, depth + 1]);
      return true;
    });
  }
}
