import * as React from 'react';
import { locales, resolveLocale, type Labels, type Locale } from './locales';

/**
 * Props a link component receives. Any router link that renders an `<a>` and forwards these
 * (Next.js `Link`, React Router `Link`) fits.
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

/** What components read from {@link ArticleKitProvider}. */
export interface ArticleKitContextValue {
  locale: Locale;
  labels: Labels;
  linkComponent?: LinkComponent;
}

// React Server Components run on a React build without createContext. There the components
// fall back to their props and the defaults instead of crashing at import time.
const IS_SERVER_COMPONENT = typeof (React as { createContext?: unknown }).createContext !== 'function';

export const ArticleKitContext: React.Context<ArticleKitContextValue | null> | null = IS_SERVER_COMPONENT
  ? null
  : React.createContext<ArticleKitContextValue | null>(null);

const DEFAULT_VALUE: ArticleKitContextValue = { locale: 'en', labels: locales.en };

/** Per-component overrides of the provider's settings. */
export interface ArticleKitOverrides {
  /**
   * Interface language of this component. Overrides the provider; needed where no provider can
   * be read, such as inside a React Server Component tree.
   */
  locale?: Locale;
  /** Partial override of this component's strings. */
  labels?: Partial<Labels>;
}

/**
 * Reads locale, labels and link component: the nearest {@link ArticleKitProvider}, then the
 * component's own `locale` / `labels` props, then English defaults.
 */
export function useArticleKit(overrides: ArticleKitOverrides = {}): ArticleKitContextValue {
  // The condition is fixed for the lifetime of the module, so hook order never changes.
  // eslint-disable-next-line react-hooks/rules-of-hooks
  const fromProvider = ArticleKitContext ? React.useContext(ArticleKitContext) : null;
  const base = fromProvider ?? DEFAULT_VALUE;
  const { locale, labels } = overrides;
  if (locale === undefined && labels === undefined) return base;
  const resolved = locale === undefined ? base.locale : resolveLocale(locale);
  return {
    locale: resolved,
    labels: {
      ...(resolved === base.locale ? base.labels : locales[resolved]),
      ...pickStrings(labels),
    },
    linkComponent: base.linkComponent,
  };
}

/** Keeps only string values: an override of `undefined` or a number never blanks a label. */
export function pickStrings(labels: Partial<Labels> | undefined): Partial<Labels> {
  if (!labels || typeof labels !== 'object') return {};
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(labels)) {
    if (typeof value === 'string' && key in locales.en) out[key] = value;
  }
  return out as Partial<Labels>;
}
