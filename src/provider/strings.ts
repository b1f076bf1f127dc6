import type { Labels, Locale } from './locales';

/** Strings of one component (or of a host's custom block renderer), by language. */
export interface StringTable<T extends { [K in keyof T]: string }> {
  readonly en: T;
  readonly de: T;
  readonly fr?: T;
  readonly es?: T;
  readonly it?: T;
  readonly nl?: T;
  readonly pl?: T;
}

// One table per component, so a host that imports one component ships only its strings. Each
// language module in src/locales exports one of each, under these names.

/** Strings of `ArticleBody`. */
export type BodyStrings = Pick<
  Labels,
  | 'dateLocale'
  | 'bylineAuthor'
  | 'publishedOn'
  | 'updatedOn'
  | 'readingTime'
  | 'tocTitle'
  | 'skipNewsletter'
  | 'embedLoad'
  | 'embedNotice'
  | 'embedOpen'
  | 'calloutNote'
  | 'calloutWarning'
  | 'breadcrumbLabel'
>;
/** Strings of `FaqAccordion`. */
export type FaqStrings = Pick<Labels, 'faqTitle'>;
/** Strings of `NewsletterCta`. */
export type NewsletterStrings = Pick<Labels, Extract<keyof Labels, `newsletter${string}`>>;
/** Strings of `PrevNextNav`. */
export type NavStrings = Pick<Labels, 'navLabel' | 'navPrevious' | 'navNext'>;

/** A language module (`src/locales/<code>.ts`): one table per component. */
export interface LanguagePack {
  body: BodyStrings;
  faq: FaqStrings;
  newsletter: NewsletterStrings;
  nav: NavStrings;
}

/** A component's part of a {@link LanguagePack}. */
export type Part = keyof LanguagePack;

/**
 * The strings an entry (`article-kit`, `article-kit/de`, …) gives a component: its default
 * language and, for each part the component renders, that part's table in every language the
 * entry carries. Plain data, so a server component can hand it to a client component.
 */
export type BoundStrings<P extends Part> = { readonly locale: Locale } & {
  readonly [K in P]: { readonly [L in Locale]?: LanguagePack[K] };
};

/** The internal prop through which an entry hands a component its strings. */
export interface WithStrings<P extends Part> {
  akStrings: BoundStrings<P>;
}
