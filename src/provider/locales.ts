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

const en: Labels = {
  dateLocale: 'en-US',
  bylineAuthor: 'By {author}',
  publishedOn: 'Published on',
  readingTime: '{minutes} min read',
  faqTitle: 'FAQ',
  newsletterEmailLabel: 'Email address',
  newsletterEmailPlaceholder: 'name@example.com',
  newsletterSubmit: 'Subscribe',
  newsletterSubmitting: 'Subscribing…',
  newsletterSuccess: 'Thank you! You are now subscribed.',
  newsletterAlreadySubscribed: 'This address is already subscribed. Nothing more to do.',
  newsletterPending: 'Almost done: we sent a confirmation link to {email}.',
  newsletterChangeEmail: 'Use a different address',
  newsletterErrorEmpty: 'Enter your email address',
  newsletterErrorFormat: 'Enter an email address in the correct format, like name@example.com',
  newsletterErrorTooLong: 'Email address must be 254 characters or fewer',
  newsletterTypoHint: 'Did you mean {suggestion}?',
  newsletterTypoAccept: 'Use {suggestion}',
  newsletterConsentLabel: 'I agree to receive the newsletter by email.',
  newsletterErrorConsent: 'Confirm that you want to receive the newsletter',
  newsletterErrorGeneric: 'Something went wrong. Your address is still here: please try again.',
  newsletterErrorServer: 'Our newsletter service is not answering right now. Please try again in a few minutes.',
  newsletterErrorTimeout: 'The request took too long. Please try again.',
  newsletterErrorOffline: 'You seem to be offline. Check your connection and try again.',
  newsletterErrorRateLimited: 'Too many attempts. Please wait a minute before trying again.',
  newsletterErrorPrefix: 'Error:',
  newsletterPrivacyNote: 'We respect your privacy. Unsubscribe at any time.',
  navLabel: 'More articles',
  navPrevious: 'Previous',
  navNext: 'Next',
};

const de: Labels = {
  dateLocale: 'de-DE',
  bylineAuthor: 'Von {author}',
  publishedOn: 'Veröffentlicht am',
  readingTime: '{minutes} Min. Lesezeit',
  faqTitle: 'FAQ',
  newsletterEmailLabel: 'E-Mail-Adresse',
  newsletterEmailPlaceholder: 'name@beispiel.de',
  newsletterSubmit: 'Abonnieren',
  newsletterSubmitting: 'Wird angemeldet …',
  newsletterSuccess: 'Danke! Du bist jetzt angemeldet.',
  newsletterAlreadySubscribed: 'Diese Adresse ist bereits angemeldet. Du musst nichts weiter tun.',
  newsletterPending: 'Fast geschafft: Wir haben einen Bestätigungslink an {email} geschickt.',
  newsletterChangeEmail: 'Andere Adresse verwenden',
  newsletterErrorEmpty: 'Gib deine E-Mail-Adresse ein',
  newsletterErrorFormat: 'Gib eine E-Mail-Adresse im richtigen Format ein, zum Beispiel name@example.com',
  newsletterErrorTooLong: 'Die E-Mail-Adresse darf höchstens 254 Zeichen lang sein',
  newsletterTypoHint: 'Meintest du {suggestion}?',
  newsletterTypoAccept: '{suggestion} übernehmen',
  newsletterConsentLabel: 'Ich möchte den Newsletter per E-Mail erhalten.',
  newsletterErrorConsent: 'Bestätige, dass du den Newsletter erhalten möchtest',
  newsletterErrorGeneric: 'Etwas ist schiefgelaufen. Deine Adresse ist noch da: Bitte versuche es erneut.',
  newsletterErrorServer: 'Der Newsletter-Dienst antwortet gerade nicht. Bitte versuche es in ein paar Minuten erneut.',
  newsletterErrorTimeout: 'Die Anfrage hat zu lange gedauert. Bitte versuche es erneut.',
  newsletterErrorOffline: 'Du scheinst offline zu sein. Prüfe deine Verbindung und versuche es erneut.',
  newsletterErrorRateLimited: 'Zu viele Versuche. Bitte warte eine Minute und versuche es dann erneut.',
  newsletterErrorPrefix: 'Fehler:',
  newsletterPrivacyNote: 'Wir respektieren deine Privatsphäre. Abmeldung jederzeit möglich.',
  navLabel: 'Weitere Artikel',
  navPrevious: 'Zurück',
  navNext: 'Weiter',
};

/** Built-in label sets. `locales.de` uses the words of the German reference page. */
export const locales: { readonly en: Labels; readonly de: Labels } = { en, de };

/** Fills `{name}` placeholders; unknown placeholders are left as they are. */
export function formatLabel(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, key: string) =>
    Object.prototype.hasOwnProperty.call(values, key) ? String(values[key]) : match,
  );
}

/** Narrows any input to a supported locale: unknown values fall back to English. */
export function resolveLocale(value: unknown): Locale {
  if (typeof value !== 'string') return 'en';
  const base = value.toLowerCase().split(/[-_]/)[0];
  return base === 'de' ? 'de' : 'en';
}
