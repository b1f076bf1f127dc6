// article-kit/html: an Article from the HTML a CMS renders or exports, such as WordPress's post
// content. The output is article data, never HTML: only what the mapping names is carried over.
import { finishArticle, type AdapterOptions, type AdapterResult } from '../adapters/common';
import { htmlToDraft } from './htmlToDraft';

export type { AdapterResult, AdapterOptions } from '../adapters/common';

/**
 * Turns the HTML of an article body, such as WordPress's rendered post content (`the_content`,
 * with its Gutenberg block markup) or a CMS export, into an `Article` and the problems met on
 * the way. Never throws, whatever it is given.
 *
 * Headings, paragraphs with emphasis, code and links, lists, quotes, images with caption and
 * credit, tables, code blocks, dividers, callouts and YouTube, Vimeo, X and Instagram embeds are
 * kept. The first `<h1>` becomes the title, `<!-- newsletter -->` the place of the signup box,
 * and a section headed "FAQ" or "Häufige Fragen" with its `<h3>` questions the article's FAQ.
 * Scripts, styles, forms, other frames, event handlers and unsafe addresses never reach the
 * article; each kind is named once in `problems`.
 *
 * @example
 * const { article, problems } = articleFromHtml(post.content.rendered);
 * const page = { article: { ...article, title: post.title.rendered, publishedAt: post.date } };
 */
export function articleFromHtml(html: string, options?: AdapterOptions): AdapterResult {
  try {
    const { draft, problems } = htmlToDraft(html);
    return finishArticle(draft, problems, options);
  } catch {
    // Not expected: every step handles what it is given. Still, a broken page is never the
    // reason a whole site build stops.
    return { article: { title: '', blocks: [] }, problems: ['the HTML could not be read; nothing of it is used'] };
  }
}
