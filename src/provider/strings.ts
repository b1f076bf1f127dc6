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
  },
  de: {
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
    newsletterErrorServer:
      'Der Newsletter-Dienst antwortet gerade nicht. Bitte versuche es in ein paar Minuten erneut.',
    newsletterErrorTimeout: 'Die Anfrage hat zu lange gedauert. Bitte versuche es erneut.',
    newsletterErrorOffline: 'Du scheinst offline zu sein. Prüfe deine Verbindung und versuche es erneut.',
    newsletterErrorRateLimited: 'Zu viele Versuche. Bitte warte eine Minute und versuche es dann erneut.',
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
