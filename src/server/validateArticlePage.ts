// Public types come from the package root, so the declarations of this entry refer to the root's
// instead of repeating them.
import type { Article, Labels, Locale, NewsArticleExtras, NewsletterInitialState, ThemeOverrides } from '../index';
import { NEWSLETTER_ERROR_CODES, NEWSLETTER_STATUSES } from '../components/NewsletterCta/newsletterLogic';
import { safeHref } from '../internal/url';
import { locales } from '../provider/locales';
import { validateArticle } from '../schema/validateArticle';
import { defaultTheme } from '../theme/tokens';

/**
 * The signup box of a page, as plain data: the props of `NewsletterCta` that JSON can carry.
 * Without JavaScript the box posts to `action`; hydrated, it submits there with `fetch`.
 */
export interface ArticlePageNewsletter {
  /** Heading of the box, e.g. the newsletter's name. */
  title: string;
  /** What the newsletter offers. */
  description?: string;
  /** A short tagline shown as a badge. */
  badge?: string;
  /** Privacy text under the form; `null` hides it. @default labels.newsletterPrivacyNote */
  privacyNote?: string | null;
  /** URL the form posts to (http(s) or relative). */
  action?: string;
  /** HTTP method of the form. @default 'post' */
  method?: 'post' | 'get';
  /** Asks for consent with a checkbox: `true` for the default label, or the label's text. @default false */
  consent?: boolean | string;
  /** Name of the email field in the form post. @default 'email' */
  fieldName?: string;
  /** Name of the consent checkbox in the form post. @default 'consent' */
  consentName?: string;
  /** Name of the bots-only honeypot field; `false` turns it off. @default 'website' */
  honeypotName?: string | false;
  /** The request is aborted after this many milliseconds. @default 10000 */
  timeoutMs?: number;
  /** Submits sooner than this after the box appeared are dropped as spam; `0` turns it off. @default 1000 */
  minFillTimeMs?: number;
  /** Shown after a successful signup instead of the default thank-you. */
  successMessage?: string;
  /** Level of the box's heading. @default 2 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /**
   * The state the box renders in: the answer to a plain form post, rendered in place, e.g.
   * `{ status: 'subscribed', email }` or `{ status: 'error', error: 'format', email }`.
   * @default { status: 'idle' }
   */
  initialState?: NewsletterInitialState;
}

/** Everything {@link renderArticlePage} needs for one page, as plain JSON. */
export interface ArticlePage {
  /** The article: title, lead, meta, blocks, FAQ and previous/next links. */
  article: Article;
  /** The signup box, placed at the article's `{ type: 'newsletter' }` block, else after the body. */
  newsletter?: ArticlePageNewsletter;
  /** Interface language; also the document's `lang`. @default 'en' */
  locale?: Locale;
  /** Partial override of any interface string. */
  labels?: Partial<Labels>;
  /** Design tokens, as `createTheme` takes them. */
  theme?: ThemeOverrides;
  /** `light`, `dark`, or `auto` to follow the reader's setting. @default 'light' */
  colorScheme?: 'light' | 'dark' | 'auto';
  /**
   * JSON-LD for search engines: a `NewsArticle` (and `FAQPage`) graph. An object adds properties
   * to the `NewsArticle`, such as `image`, `publisher` or `url`. @default true
   */
  structuredData?: boolean | NewsArticleExtras;
}

/** What {@link validateArticlePage} found. */
export interface ArticlePageValidation {
  /** The page with only what can be rendered. */
  page: ArticlePage;
  /** One sentence per problem, naming the field by its path (`article.title must be a string`). */
  problems: string[];
}

type Check = (value: unknown, path: string, problems: string[]) => unknown;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const quoted = (values: readonly unknown[]) =>
  values
    .map((v) => JSON.stringify(v))
    .join(', ')
    .replace(/, ([^,]*)$/, ' or $1');

const oneOf =
  (...values: readonly unknown[]): Check =>
  (value, path, problems) => {
    if (values.includes(value)) return value;
    problems.push(`${path} must be ${quoted(values)}`);
  };

const text: Check = (value, path, problems) => {
  if (typeof value === 'string') return value;
  problems.push(`${path} must be a string`);
};

const nonEmptyText: Check = (value, path, problems) => {
  if (typeof value === 'string' && value.trim()) return value;
  problems.push(`${path} must be a non-empty string`);
};

const either =
  (...checks: Check[]): Check =>
  (value, path, problems) => {
    // The first check's message is the one reported: it names the usual type.
    const first: string[] = [];
    for (const [i, check] of checks.entries()) {
      const result = check(value, path, i === 0 ? first : []);
      if (result !== undefined) return result;
    }
    problems.push(...first);
  };

const boolean: Check = (value, path, problems) => {
  if (typeof value === 'boolean') return value;
  problems.push(`${path} must be true or false`);
};

const number =
  (min: number): Check =>
  (value, path, problems) => {
    if (typeof value === 'number' && Number.isFinite(value) && value >= min) return value;
    problems.push(`${path} must be a number of at least ${min}`);
  };

const url: Check = (value, path, problems) => {
  const href = safeHref(value);
  if (href) return href;
  problems.push(`${path} must be an http(s) or relative URL`);
};

const INITIAL_STATE: Record<string, Check> = {
  status: oneOf(...NEWSLETTER_STATUSES),
  error: oneOf(...NEWSLETTER_ERROR_CODES),
  email: text,
};

const initialState: Check = (value, path, problems) => {
  const checked = record(value, path, INITIAL_STATE, ['status'], problems);
  if (!checked) return;
  if (checked.out.status === 'error' && (value as Record<string, unknown>).error === undefined) {
    problems.push(`${path}.error is missing`);
    return;
  }
  // A state that is not fully understood is left out: the box starts idle.
  return checked.clean ? checked.out : undefined;
};

const NEWSLETTER: Record<keyof ArticlePageNewsletter, Check> = {
  title: nonEmptyText,
  description: text,
  badge: text,
  privacyNote: either(text, oneOf(null)),
  action: url,
  method: oneOf('post', 'get'),
  consent: either(boolean, nonEmptyText),
  fieldName: nonEmptyText,
  consentName: nonEmptyText,
  honeypotName: either(nonEmptyText, oneOf(false)),
  timeoutMs: number(1),
  minFillTimeMs: number(0),
  successMessage: text,
  headingLevel: oneOf(2, 3, 4, 5, 6),
  initialState,
};

/**
 * Checks the fields of an object against a table: required ones must be there, unknown ones are
 * reported (a misspelt field would otherwise be dropped without a word), and only what passes is
 * kept.
 */
function fields(
  value: Record<string, unknown>,
  path: string,
  table: Record<string, Check>,
  required: readonly string[],
  problems: string[],
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of required) if (value[key] === undefined) problems.push(`${path}.${key} is missing`);
  for (const [key, field] of Object.entries(value)) {
    if (field === undefined) continue;
    const check = Object.hasOwn(table, key) ? table[key] : undefined;
    if (!check) {
      problems.push(`${path}.${key} is not a known field`);
      continue;
    }
    const kept = check(field, `${path}.${key}`, problems);
    if (kept !== undefined) out[key] = kept;
  }
  return out;
}

/**
 * {@link fields} for a value that must be an object; `clean` says whether it passed without a
 * problem. Undefined when it is not an object at all.
 */
function record(
  value: unknown,
  path: string,
  table: Record<string, Check>,
  required: readonly string[],
  problems: string[],
): { out: Record<string, unknown>; clean: boolean } | undefined {
  if (!isObject(value)) {
    problems.push(`${path} must be an object`);
    return;
  }
  const before = problems.length;
  const out = fields(value, path, table, required, problems);
  return { out, clean: problems.length === before };
}

const newsletter: Check = (value, path, problems) => {
  const checked = record(value, path, NEWSLETTER, ['title'], problems);
  // Without its title the box has no name for screen readers: it is left out.
  return checked && (checked.out.title !== undefined || checked.clean) ? checked.out : undefined;
};

const LABEL_KEYS = new Set(Object.keys(locales.en));

const labels: Check = (value, path, problems) => {
  if (!isObject(value)) {
    problems.push(`${path} must be an object of strings`);
    return;
  }
  const out: Record<string, string> = {};
  for (const [key, label] of Object.entries(value)) {
    if (!LABEL_KEYS.has(key)) problems.push(`${path}.${key} is not a known label`);
    else if (typeof label !== 'string') problems.push(`${path}.${key} must be a string`);
    else out[key] = label;
  }
  return out;
};

const theme: Check = (value, path, problems) => {
  if (!isObject(value)) {
    problems.push(`${path} must be an object`);
    return;
  }
  const tokens = defaultTheme as unknown as Record<string, unknown>;
  for (const [group, entries] of Object.entries(value)) {
    const known = tokens[group];
    if (known === undefined) problems.push(`${path}.${group} is not a theme group`);
    else if (typeof known === 'string') {
      if (typeof entries !== 'string') problems.push(`${path}.${group} must be a string`);
    } else if (!isObject(entries)) problems.push(`${path}.${group} must be an object`);
    else {
      for (const [name, token] of Object.entries(entries)) {
        const at = `${path}.${group}.${name}`;
        if (!Object.hasOwn(known as object, name)) problems.push(`${at} is not a token of the theme`);
        else if (group === 'colors' && isObject(token)) {
          for (const [scheme, color] of Object.entries(token)) {
            if (scheme !== 'light' && scheme !== 'dark') problems.push(`${at}.${scheme} is not "light" or "dark"`);
            else if (typeof color !== 'string') problems.push(`${at}.${scheme} must be a string`);
          }
        } else if (typeof token !== 'string') {
          problems.push(`${at} must be a string${group === 'colors' ? ' or { light, dark }' : ''}`);
        }
      }
    }
  }
  // createTheme ignores whatever is not a token, so the value is passed on as it is.
  return value;
};

const structuredData: Check = (value, path, problems) => {
  if (typeof value === 'boolean' || isObject(value)) return value;
  problems.push(`${path} must be true, false or an object of NewsArticle properties`);
};

const PAGE: Record<Exclude<keyof ArticlePage, 'article'>, Check> = {
  newsletter,
  locale: oneOf(...(Object.keys(locales) as Locale[])),
  labels,
  theme,
  colorScheme: oneOf('light', 'dark', 'auto'),
  structuredData,
};

/**
 * Checks an {@link ArticlePage} from JSON (a CMS export, a file, an API) and returns what can be
 * rendered with one readable sentence per problem, each naming its field:
 * `article.blocks[3].text must be a string`, `newsletter.action must be an http(s) or relative URL`,
 * `colorScheme must be "light", "dark" or "auto"`. Never throws. Unknown fields are reported, so a
 * typo does not go unnoticed, and left out.
 */
export function validateArticlePage(input: unknown): ArticlePageValidation {
  const problems: string[] = [];
  if (!isObject(input)) {
    problems.push('the page must be an object with an `article`');
    return { page: { article: { title: '', blocks: [] } }, problems };
  }
  const { article: rawArticle, ...rest } = input;
  let article: Article = { title: '', blocks: [] };
  if (rawArticle === undefined) problems.push('article is missing');
  else {
    // No block renderers come with plain data: a block of an unknown type is a problem.
    const checked = validateArticle(rawArticle, { customTypes: [] });
    article = checked.article;
    problems.push(...checked.problems);
  }
  const page = { article, ...fields(rest, '', PAGE, [], problems) } as ArticlePage;
  // Top-level paths have no parent: "locale must be …", not ".locale must be …".
  return { page, problems: problems.map((p) => p.replace(/^\./, '')) };
}
