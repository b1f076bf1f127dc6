import { renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';
import { ArticleLayout } from '../internal/allLanguages';
import { IslandContext } from '../internal/island';
import { safeHref } from '../internal/url';
import { ArticleKitProvider } from '../provider/ArticleKitProvider';
import { themeVars } from '../theme/themeStyle';
import { validateArticlePage, type ArticlePage } from './validateArticlePage';

/** Options of {@link renderArticlePage}. */
export interface RenderArticlePageOptions {
  /**
   * Marks the interactive parts (FAQ, signup box) for `article-kit/browser` and adds its
   * `<script type="module">`, so they upgrade in place once the page loads; without JavaScript
   * the page works as without this option. `scriptSrc` is where the host serves the bundle
   * (`article-kit/browser`, the file `dist/browser/article-kit.js`).
   * @default false; `scriptSrc` defaults to 'article-kit.js'
   */
  hydrate?: boolean | { scriptSrc?: string };
  /**
   * Render what is valid instead of throwing: invalid parts are left out and listed in
   * `problems`.
   * @default false
   */
  lenient?: boolean;
}

/** What {@link renderArticlePage} returns. */
export interface RenderedArticlePage {
  /**
   * The article view as a fragment to embed in a host page or paste into a CMS: its own
   * `<style>`, the markup, the JSON-LD and, with `hydrate`, the script.
   */
  html: string;
  /** The stylesheet alone, for hosts that serve CSS as a file. */
  css: string;
  /** A complete HTML5 page: `lang`, charset, viewport, title, description, styles in the head. */
  document: string;
  /** What was left out, one sentence per field; empty unless `lenient` and the page had problems. */
  problems: string[];
}

/** Thrown by {@link renderArticlePage} for a page that is not valid; `problems` names each field. */
export class ArticlePageError extends Error {
  /** One sentence per problem, e.g. `article.title must be a string`. */
  readonly problems: string[];

  constructor(problems: string[]) {
    super(problems.join('\n'));
    this.name = 'ArticlePageError';
    this.problems = problems;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Text or attribute value, escaped for HTML. */
const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

// styled-components' bookkeeping in its server stylesheet: `data-styled.g1[id="…"]{content:"…"}`
// lines tell its client which rules exist. A stylesheet served on its own needs none of them.
const SC_MARKERS = /^data-styled\.g\d+\[id="[^"]*"\]\{content:"[^"]*"\}\/\*!sc\*\/\n?/gm;
const SC_MARKER = /^data-styled\.g\d+\[id="([^"]*)"\]/;

// The parts' styles are static, so each part's CSS is the same on every page. One stylesheet
// lives as long as the process: styled-components compiles a part's CSS into it once, instead of
// once per page (most of a render's time), and each page's <style> is put together from the
// blocks of the parts its markup uses, in the sheet's order. The same page gives the same bytes.
const styles = new ServerStyleSheet();
let blocks: { id: string; css: string }[] = [];
let openTag = '';

function styleTagFor(markup: string): string {
  const used = new Set([...markup.matchAll(/ class="(ak-[A-Za-z]+) /g)].map((m) => m[1]!));
  if ([...used].some((id) => !blocks.some((block) => block.id === id))) {
    // A part rendered for the first time: read the sheet again.
    const tag = styles.getStyleTags().trim();
    openTag = tag.slice(0, tag.indexOf('>') + 1);
    blocks = [];
    let css = '';
    for (const line of tag.slice(openTag.length, -'</style>'.length).split(/(?<=\/\*!sc\*\/)\n/)) {
      css += line + '\n';
      const id = SC_MARKER.exec(line)?.[1];
      if (id) {
        blocks.push({ id, css });
        css = '';
      }
    }
  }
  return `${openTag}${blocks
    .filter((block) => used.has(block.id))
    .map((block) => block.css)
    .join('')}</style>`;
}

/**
 * Renders an {@link ArticlePage} (plain JSON) to static HTML with the real components: a fragment,
 * the stylesheet and a complete document. Synchronous and deterministic: the same page gives the
 * same bytes, so hosts can cache and diff the output. Works with JavaScript off (FAQ answers
 * open, the signup form posts to its `action`); with `hydrate`, `article-kit/browser` upgrades
 * the interactive parts in place.
 *
 * @throws {ArticlePageError} when the page is invalid (unless `lenient`), naming every bad field.
 * @example
 * const { document } = renderArticlePage({ article, locale: 'de', newsletter: { title: 'KI-Briefing', action: '/subscribe' } });
 */
export function renderArticlePage(page: ArticlePage, options: RenderArticlePageOptions = {}): RenderedArticlePage {
  const { page: valid, problems } = validateArticlePage(page);
  if (problems.length && !options.lenient) throw new ArticlePageError(problems);

  const hydrate = options.hydrate;
  let script = '';
  if (hydrate) {
    const wanted =
      typeof hydrate === 'object' && hydrate.scriptSrc !== undefined ? hydrate.scriptSrc : 'article-kit.js';
    const src = safeHref(wanted);
    if (!src) throw new TypeError(`renderArticlePage: hydrate.scriptSrc must be an http(s) or relative URL`);
    script = `<script type="module" src="${escapeHtml(src)}"></script>`;
  }

  const { article, newsletter, locale = 'en', labels, theme, colorScheme = 'light', structuredData = true } = valid;
  const view = (
    <ArticleKitProvider locale={locale} theme={theme as never} colorScheme={colorScheme}>
      <ArticleLayout
        article={article}
        newsletter={newsletter}
        locale={locale}
        labels={labels}
        structuredData={structuredData}
      />
    </ArticleKitProvider>
  );
  const markup = renderToString(
    styles.collectStyles(
      IslandContext ? <IslandContext.Provider value={!!hydrate}>{view}</IslandContext.Provider> : view,
    ),
  );
  const styleTag = styleTagFor(markup);
  const css = styleTag
    .replace(/^<style[^>]*>|<\/style>$/g, '')
    .replace(SC_MARKERS, '')
    .replaceAll('/*!sc*/', '');

  // The page around the article takes the theme's background and colour scheme, so a dark
  // article does not sit on a white page. Theme values are host data: a `<` could end the style
  // element, so it is written as a CSS escape.
  const tokens = themeVars(theme, { colorScheme });
  const pageCss =
    `:root{color-scheme:${tokens['--ak-color-scheme']};background:${tokens['--ak-color-background']};color:${tokens['--ak-color-text']}}` +
    `body{margin:0}main{box-sizing:border-box;padding:clamp(16px,4vw,48px) 16px}`;
  const description = article.lead ? `<meta name="description" content="${escapeHtml(article.lead)}">\n` : '';
  const document =
    `<!doctype html>\n<html lang="${locale}">\n<head>\n<meta charset="utf-8">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<title>${escapeHtml(article.title)}</title>\n${description}` +
    `<style>${pageCss.replace(/</g, '\\3c ')}</style>\n${styleTag}\n</head>\n` +
    `<body>\n<main>${markup}</main>\n${script ? script + '\n' : ''}</body>\n</html>\n`;

  return { html: `${styleTag}\n${markup}${script ? '\n' + script : ''}\n`, css, document, problems };
}
