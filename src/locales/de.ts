// German interface strings: one table per component, so a bundle keeps only the tables of the parts
// it renders. The words of the reference page ("Zurück", "Weiter"), addressing the reader as "du".
import type { BodyStrings, FaqStrings, NavStrings, NewsletterStrings } from '../provider/strings';

export const body: BodyStrings = {
  dateLocale: 'de-DE',
  bylineAuthor: 'Von {author}',
  publishedOn: 'Veröffentlicht am',
  readingTime: '{minutes} Min. Lesezeit',
  updatedOn: 'Aktualisiert am',
  tocTitle: 'Inhalt',
  skipNewsletter: 'Newsletter-Anmeldung überspringen',
  embedLoad: 'Inhalt von {provider} laden',
  embedNotice: 'Beim Laden werden Daten an {provider} übertragen, etwa deine IP-Adresse, und Cookies gesetzt.',
  embedOpen: 'Auf {provider} ansehen',
  calloutNote: 'Hinweis',
  calloutWarning: 'Achtung',
  breadcrumbLabel: 'Brotkrümelnavigation',
};

export const faq: FaqStrings = {
  faqTitle: 'FAQ',
};

export const newsletter: NewsletterStrings = {
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
};

export const nav: NavStrings = {
  navLabel: 'Weitere Artikel',
  navPrevious: 'Zurück',
  navNext: 'Weiter',
};
