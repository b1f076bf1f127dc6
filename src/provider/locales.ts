import { bodyStrings, faqStrings, navStrings, newsletterStrings } from './strings';

/** Interface languages shipped with article-kit. */
export type Locale = 'en' | 'de';

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

/** Built-in label sets. `locales.de` uses the words of the German reference page. */
export const locales: { readonly en: Labels; readonly de: Labels } = /* @__PURE__ */ buildLocales();

function buildLocales(): { readonly en: Labels; readonly de: Labels } {
  const tables = [bodyStrings, faqStrings, newsletterStrings, navStrings];
  return {
    en: Object.assign({}, ...tables.map((t) => t.en)) as Labels,
    de: Object.assign({}, ...tables.map((t) => t.de)) as Labels,
  };
}

/** Fills `{name}` placeholders; unknown placeholders are left as they are. */
export function formatLabel(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) =>
    Object.hasOwn(values, key) ? String(values[key]) : match,
  );
}

/** Narrows any input to a supported locale: unknown values fall back to English. */
export function resolveLocale(value: unknown): Locale {
  return /^de(?![a-z])/i.test(String(value)) ? 'de' : 'en';
}
