import type { Labels } from './locales';

/** Strings of one component (or of a host's custom block renderer), in every shipped language. */
export interface StringTable<T extends { [K in keyof T]: string }> {
  readonly en: T;
  readonly de: T;
}

// One table per component, so a host that imports one component ships only its strings.

export const bodyStrings: StringTable<Pick<Labels, 'dateLocale' | 'bylineAuthor' | 'publishedOn' | 'readingTime'>> = {
  en: {
    dateLocale: 'en-US',
    bylineAuthor: 'By {author}',
    publishedOn: 'Published on',
    readingTime: '{minutes} min read',
  },
  de: {
    dateLocale: 'de-DE',
    bylineAuthor: 'Von {author}',
    publishedOn: 'Veröffentlicht am',
    readingTime: '{minutes} Min. Lesezeit',
  },
};

export const faqStrings: StringTable<Pick<Labels, 'faqTitle'>> = {
  en: {
    faqTitle: 'FAQ',
  },
  de: {
    faqTitle: 'FAQ',
  },
};

export const newsletterStrings: StringTable<Pick<Labels, Extract<keyof Labels, `newsletter${string}`>>> = {
  en: {
    newsletterEmailLabel: 'Email address',
    newsletterEmailPlaceholder: 'name@example.com',
    newsletterSubmit: 'Subscribe',
    newsletterSubmitting: 'Subscribing…',
    newsletterSuccess: 'Thank you! You are subscribed.',
    newsletterAlreadySubscribed: 'You are already subscribed.',
    newsletterPending: 'We sent a confirmation link to {email}.',
    newsletterChangeEmail: 'Change address',
    newsletterErrorEmpty: 'Enter your email address',
    newsletterErrorFormat: 'Enter an email address in the correct format, like name@example.com',
    newsletterErrorTooLong: 'Email address must be 254 characters or fewer',
    newsletterTypoHint: 'Did you mean {suggestion}?',
    newsletterTypoAccept: 'Use {suggestion}',
    newsletterConsentLabel: 'Send me the newsletter by email.',
    newsletterErrorConsent: 'Confirm that you want the newsletter',
    newsletterErrorGeneric: 'Something went wrong. Try again.',
    newsletterErrorServer: 'The service is not answering. Try again later.',
    newsletterErrorTimeout: 'That took too long. Try again.',
    newsletterErrorOffline: 'You seem to be offline. Check your connection.',
    newsletterErrorRateLimited: 'Too many attempts. Try again in a minute.',
    newsletterErrorPrefix: 'Error:',
    newsletterPrivacyNote: 'We respect your privacy. Unsubscribe at any time.',
  },
  de: {
    newsletterEmailLabel: 'E-Mail-Adresse',
    newsletterEmailPlaceholder: 'name@beispiel.de',
    newsletterSubmit: 'Abonnieren',
    newsletterSubmitting: 'Wird angemeldet …',
    newsletterSuccess: 'Danke! Du bist jetzt angemeldet.',
    newsletterAlreadySubscribed: 'Du bist bereits angemeldet.',
    newsletterPending: 'Wir haben einen Bestätigungslink an {email} geschickt.',
    newsletterChangeEmail: 'Adresse ändern',
    newsletterErrorEmpty: 'Gib deine E-Mail-Adresse ein',
    newsletterErrorFormat: 'Gib eine E-Mail-Adresse im richtigen Format ein, z. B. name@beispiel.de',
    newsletterErrorTooLong: 'Die E-Mail-Adresse darf höchstens 254 Zeichen haben',
    newsletterTypoHint: 'Meintest du {suggestion}?',
    newsletterTypoAccept: '{suggestion} übernehmen',
    newsletterConsentLabel: 'Ich möchte den Newsletter per E-Mail erhalten.',
    newsletterErrorConsent: 'Bestätige, dass du den Newsletter möchtest',
    newsletterErrorGeneric: 'Etwas ist schiefgelaufen. Versuche es erneut.',
    newsletterErrorServer: 'Der Dienst antwortet gerade nicht. Versuche es später erneut.',
    newsletterErrorTimeout: 'Das hat zu lange gedauert. Versuche es erneut.',
    newsletterErrorOffline: 'Du scheinst offline zu sein. Prüfe deine Verbindung.',
    newsletterErrorRateLimited: 'Zu viele Versuche. Versuche es in einer Minute erneut.',
    newsletterErrorPrefix: 'Fehler:',
    newsletterPrivacyNote: 'Wir respektieren deine Privatsphäre. Abmeldung jederzeit möglich.',
  },
};

export const navStrings: StringTable<Pick<Labels, 'navLabel' | 'navPrevious' | 'navNext'>> = {
  en: {
    navLabel: 'More articles',
    navPrevious: 'Previous',
    navNext: 'Next',
  },
  de: {
    navLabel: 'Weitere Artikel',
    navPrevious: 'Zurück',
    navNext: 'Weiter',
  },
};
