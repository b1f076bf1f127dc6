import * as React from 'react';
import { devWarn, isDev } from '../internal/warn';
import { isLocale, type Labels, type Locale } from './locales';
import type { StringTable } from './strings';

/**
 * Props a link component receives. Any router link that renders an `<a>` and forwards these
 * (Next.js `Link`, React Router `Link` wrapped to take `href`) fits.
 */
export interface LinkComponentProps {
  href: string;
  children?: React.ReactNode;
  className?: string;
  rel?: string;
  'aria-label'?: string;
  'aria-describedby'?: string;
  'data-ak'?: string;
}

/** A component that renders links, e.g. a router's `Link`. */
export type LinkComponent = React.ElementType<LinkComponentProps>;

/** What {@link ArticleKitProvider} hands to the components inside it. */
export interface ArticleKitSettings {
  /** The provider's `locale`; undefined when it sets none, so each component keeps its entry's language. */
  locale?: Locale;
  /** The host's string overrides (only string values). */
  labels: Partial<Labels>;
  linkComponent?: LinkComponent;
}

/** What a component gets from {@link useArticleKit}: its own strings, resolved. */
export interface ArticleKitContextValue<T extends { [K in keyof T]: string } = Labels> {
  locale: Locale;
  /** The table's strings for the locale, with the host's overrides applied. */
  labels: T;
  linkComponent?: LinkComponent;
  /**
   * The locale when the host chose one (the component's `locale` prop or a provider), for the
   * `lang` of the component's root; `undefined` when it is only the default.
   */
  lang?: Locale;
}

// React Server Components run on a React build without createContext. There the components
// fall back to their props and the defaults instead of crashing at import time.
const IS_SERVER_COMPONENT = typeof (React as { createContext?: unknown }).createContext !== 'function';

export const ArticleKitContext: React.Context<ArticleKitSettings | null> | null = IS_SERVER_COMPONENT
  ? null
  : React.createContext<ArticleKitSettings | null>(null);

/** Per-component overrides of the provider's settings. */
export interface ArticleKitOverrides {
  /**
   * Interface language of this component. Overrides the provider; needed where no provider can
   * be read, such as inside a React Server Component tree. The entry the component is imported
   * from carries the languages it can show: `article-kit` English and German, `article-kit/fr`
   * French; another one shows the entry's language (with a warning in development).
   * @default the provider's locale, else the entry's language (`'en'` from `article-kit`)
   */
  locale?: Locale;
  /** Partial override of this component's strings. */
  labels?: Partial<Labels>;
}

/**
 * Resolves a component's strings: its own `labels` prop, then the provider's `labels`, then
 * the table's text for the locale (component prop, provider, or the entry's language: English
 * from `article-kit`, German from `article-kit/de`). A locale the table has no text for shows
 * the entry's language.
 *
 * @param overrides the component's `locale` and `labels` props
 * @param table strings by locale: `locales`, or a host's own `{ en, de }` table
 * @example const { labels, lang } = useArticleKit({ locale }, locales);
 */
export function useArticleKit<T extends { [K in keyof T]: string }>(
  overrides: ArticleKitOverrides,
  table: StringTable<T>,
): ArticleKitContextValue<T> {
  return useStrings(overrides, table, 'en');
}

/**
 * {@link useArticleKit} with another default language: for an entry's `useArticleKit`, and for
 * the components, which pass the tables their entry bound and ask for a development warning
 * when the requested language is not among them.
 * @internal
 */
export function useStrings<T extends { [K in keyof T]: string }>(
  overrides: ArticleKitOverrides,
  tables: { readonly [L in Locale]?: T },
  fallback: Locale,
  warnMissing = false,
): ArticleKitContextValue<T> {
  // The condition is fixed for the lifetime of the module, so hook order never changes.
  // eslint-disable-next-line react-hooks/rules-of-hooks
  const settings = ArticleKitContext ? React.useContext(ArticleKitContext) : null;
  const requested = overrides.locale ?? settings?.locale;
  // The language of a tag: `de-AT` is `de`.
  const wanted =
    requested === undefined ? fallback : (/^[a-z]{2}(?![a-z])/i.exec(String(requested))?.[0].toLowerCase() as Locale);
  const locale = wanted && tables[wanted] ? wanted : tables[fallback] ? fallback : 'en';
  if (isDev && warnMissing && locale !== wanted) {
    devWarn(
      `locale ${JSON.stringify(requested)} is not in the entry these components come from, so they show "${locale}". ` +
        (isLocale(wanted)
          ? `Import them from 'article-kit/${wanted}', or pass the strings as \`labels\`.`
          : `It is not a language article-kit ships: pass the strings as \`labels\`.`),
    );
  }
  const base = tables[locale]!;
  const labels = { ...base };
  // Only the table's own keys, and only strings: an override of `undefined` or a number never
  // blanks a label. The component's own `labels` win over the provider's.
  for (const source of [settings?.labels, overrides.labels] as (Record<string, unknown> | undefined)[]) {
    for (const key in base) if (typeof source?.[key] === 'string') labels[key] = source[key] as T[typeof key];
  }
  return {
    locale,
    labels,
    linkComponent: settings?.linkComponent,
    lang: requested !== undefined || settings ? locale : undefined,
  };
}

/** Keeps only string values: an override of `undefined` or a number never blanks a label. */
export function pickStrings(labels: Partial<Labels> | undefined): Record<string, string> {
  if (!labels || typeof labels !== 'object') return {};
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(labels)) {
    if (typeof value === 'string') out[key] = value;
  }
  return out;
}
