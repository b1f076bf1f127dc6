// article-kit/markdown: an Article from a Markdown post with YAML front matter, as static site
// generators and Git-based CMSs keep them. The output is article data, never HTML.
import { finishArticle, type AdapterOptions, type AdapterResult } from '../adapters/common';
import { markdownToDraft } from './markdownToDraft';

export type { AdapterResult, AdapterOptions } from '../adapters/common';

/** What {@link articleFromMarkdown} returns: the article, the problems, and the post's language. */
export interface MarkdownResult extends AdapterResult {
  /**
   * The front matter's `locale` or `lang` as written (`de`, `de-AT`), for the page's
   * `locale`; `renderArticlePage` and the CLI take its language.
   */
  locale?: string;
}

/**
 * Turns a Markdown post into an `Article` and the problems met on the way, one sentence each,
 * naming the line (`line 12: raw HTML is not rendered; it is left out`). Never throws, whatever
 * it is given.
 *
 * - Front matter (YAML between `---` lines): `title`, `lead` or `description`, `date` or
 *   `publishedAt`, `updatedAt`, `author` or `authors` (a name, or `name` and `url`), `section`,
 *   `breadcrumbs`, `prev` and `next` (`title` and `href`), and `locale` or `lang` (returned as
 *   `locale`). Other keys are ignored.
 * - A leading `# ` heading is the title when the front matter has none.
 * - CommonMark and GitHub Flavored Markdown: paragraphs with emphasis, code and links; lists;
 *   quotes (a last line `— Name` is the source); GitHub alerts (`> [!NOTE]`, `> [!WARNING]`) as
 *   callouts; code blocks; tables; dividers. A paragraph that is only an image is a figure whose
 *   title is the caption; one that is only a link to a YouTube, Vimeo, X or Instagram post is an
 *   embed.
 * - `<!-- newsletter -->` places the signup box; other raw HTML is left out.
 * - A `## FAQ` or `## Häufige Fragen` section with `### …?` questions becomes the article's FAQ.
 * - Links to unsafe addresses (`javascript:`, `data:` …) keep their words and lose the link.
 *
 * @example
 * const { article, problems } = articleFromMarkdown(await readFile('post.md', 'utf8'));
 * const { document } = renderArticlePage({ article, locale: 'de' });
 */
export function articleFromMarkdown(source: string, options?: AdapterOptions): MarkdownResult {
  try {
    const { draft, problems, locale } = markdownToDraft(source);
    if (!draft) return { article: { title: '', blocks: [] }, problems };
    return { ...finishArticle(draft, problems, options), ...(locale && { locale }) };
  } catch {
    // Not expected: every step handles what it is given. Still, one broken post is never the
    // reason a whole site build stops.
    return { article: { title: '', blocks: [] }, problems: ['the Markdown could not be read; nothing of it is used'] };
  }
}
