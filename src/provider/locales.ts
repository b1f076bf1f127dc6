import * as de from '../locales/de';
import * as en from '../locales/en';
import * as es from '../locales/es';
import * as fr from '../locales/fr';
import * as it from '../locales/it';
import * as nl from '../locales/nl';
import * as pl from '../locales/pl';

/**
 * Interface languages shipped with article-kit: English, German, French, Spanish, Italian, Dutch
 * and Polish. Each has an entry with it as the default (`article-kit/fr`); the root entry carries
 * English and German.
 */
export type Locale = 'en' | 'de' | 'fr' | 'es' | 'it' | 'nl' | 'pl';

/** Every {@link Locale}, in the order the docs list them. */
export const LOCALES: readonly Locale[] = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pl'];

/**
 * Every string article-kit shows or announces. Placeholders in braces (`{minutes}`) are filled
 * in by the component; keep them when overriding.
 */
export interface Labels {
  /** BCP 47 tag used for dates and numbers, e.g. `de-DE`. */
  dateLocale: string;

  /** Byline before the author's name: "By {author}". */
  bylineAuthor: string;
  /** Visually hidden prefix of the publication date. */
  publishedOn: string;
  /** Reading time: "{minutes} min read". */
  readingTime: string;
  /** Before the date of the last update: "Updated on". */
  updatedOn: string;
  /** Name of the table of contents. */
  tocTitle: string;
  /** Skip link before the inline signup box. */
  skipNewsletter: string;
  /** Button that loads an embedded post or video: "Load content from {provider}". */
  embedLoad: string;
  /** What loading an embed means for the reader's data; `{provider}` is the platform. */
  embedNotice: string;
  /** Link to the original post or video: "View on {provider}". */
  embedOpen: string;
  /** Title of a note box that has none of its own. */
  calloutNote: string;
  /** Title of a warning box that has none of its own. */
  calloutWarning: string;
  /** Name of the breadcrumb trail above the title. */
  breadcrumbLabel: string;

  /** Heading of the FAQ section. */
  faqTitle: string;

  /** Label of the email field. */
  newsletterEmailLabel: string;
  /** Placeholder example in the email field. */
  newsletterEmailPlaceholder: string;
  /** Submit button. */
  newsletterSubmit: string;
  /** Status while the request runs. */
  newsletterSubmitting: string;
  /** Success message. */
  newsletterSuccess: string;
  /** The address was already on the list. */
  newsletterAlreadySubscribed: string;
  /** Double opt-in: "We sent a confirmation link to {email}." */
  newsletterPending: string;
  /** Button that lets the reader correct the address after success. */
  newsletterChangeEmail: string;
  /** The field is empty. */
  newsletterErrorEmpty: string;
  /** The address is not in a valid format. */
  newsletterErrorFormat: string;
  /** The address is longer than 254 characters. */
  newsletterErrorTooLong: string;
  /** Typo hint: "Did you mean {suggestion}?" */
  newsletterTypoHint: string;
  /** Button that accepts the typo suggestion: "Use {suggestion}". */
  newsletterTypoAccept: string;
  /** The consent checkbox's label. */
  newsletterConsentLabel: string;
  /** The consent checkbox was not ticked. */
  newsletterErrorConsent: string;
  /** Generic failure that can be retried. */
  newsletterErrorGeneric: string;
  /** The server answered with an error (5xx). */
  newsletterErrorServer: string;
  /** The request took too long. */
  newsletterErrorTimeout: string;
  /** The reader is offline. */
  newsletterErrorOffline: string;
  /** Too many attempts (HTTP 429). */
  newsletterErrorRateLimited: string;
  /** Prefix of the error summary: "Error:". */
  newsletterErrorPrefix: string;
  /** Privacy note under the form. */
  newsletterPrivacyNote: string;

  /** Accessible name of the previous/next navigation landmark. */
  navLabel: string;
  /** Label above the previous article's title. */
  navPrevious: string;
  /** Label above the next article's title. */
  navNext: string;
}

/**
 * Built-in label sets, every language: for hosts that want them all (a language switcher, their
 * own components). `locales.de` uses the words of the German reference page. Importing it ships
 * every language; a component takes its strings from the entry it is imported from.
 */
export const locales: { readonly [L in Locale]: Labels } = /* @__PURE__ */ buildLocales();

function buildLocales(): { readonly [L in Locale]: Labels } {
  // Property by property: passing a language module itself would make the build keep an object
  // of all its exports in every bundle that imports one table from it.
  return {
    en: { ...en.body, ...en.faq, ...en.newsletter, ...en.nav },
    de: { ...de.body, ...de.faq, ...de.newsletter, ...de.nav },
    fr: { ...fr.body, ...fr.faq, ...fr.newsletter, ...fr.nav },
    es: { ...es.body, ...es.faq, ...es.newsletter, ...es.nav },
    it: { ...it.body, ...it.faq, ...it.newsletter, ...it.nav },
    nl: { ...nl.body, ...nl.faq, ...nl.newsletter, ...nl.nav },
    pl: { ...pl.body, ...pl.faq, ...pl.newsletter, ...pl.nav },
  };
}

/** Fills `{name}` placeholders; unknown placeholders are left as they are. */
export function formatLabel(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) =>
    Object.hasOwn(values, key) ? String(values[key]) : match,
  );
}

/** True for the code of a language article-kit ships. */
export function isLocale(value: unknown): value is Locale {
  return (LOCALES as readonly unknown[]).includes(value);
}

/** The supported locale a language tag names (`de-AT` is `de`), or undefined for any other value. */
export function matchLocale(value: unknown): Locale | undefined {
  const code = /^[a-z]{2}(?![a-z])/i.exec(String(value))?.[0].toLowerCase();
  return isLocale(code) ? code : undefined;
}

/** Narrows any input to a supported locale: other values fall back to `fallback` (English). */
export function resolveLocale(value: unknown, fallback: Locale = 'en'): Locale {
  return matchLocale(value) ?? fallback;
}
