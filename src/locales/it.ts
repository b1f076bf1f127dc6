// Italian interface strings: one table per component, so a bundle keeps only the tables of the parts
// it renders. Addresses the reader as "tu"; messages about the subscription name the address
// or the subscription, never the reader, so no adjective needs a gender.
import type { BodyStrings, FaqStrings, NavStrings, NewsletterStrings } from '../provider/strings';

export const body: BodyStrings = {
  dateLocale: 'it-IT',
  bylineAuthor: 'Di {author}',
  publishedOn: 'Pubblicato il',
  readingTime: '{minutes} min di lettura',
  updatedOn: 'Aggiornato il',
  tocTitle: 'Indice',
  skipNewsletter: 'Salta l’iscrizione alla newsletter',
  embedLoad: 'Carica contenuto da {provider}',
  embedNotice: 'Il caricamento invia dati a {provider}, come il tuo indirizzo IP, e può salvare cookie.',
  embedOpen: 'Guarda su {provider}',
  calloutNote: 'Nota',
  calloutWarning: 'Attenzione',
  breadcrumbLabel: 'Percorso di navigazione',
};

export const faq: FaqStrings = {
  faqTitle: 'Domande frequenti',
};

export const newsletter: NewsletterStrings = {
  newsletterEmailLabel: 'Indirizzo email',
  newsletterEmailPlaceholder: 'nome@esempio.it',
  newsletterSubmit: 'Iscriviti',
  newsletterSubmitting: 'Iscrizione in corso…',
  newsletterSuccess: 'Grazie! L’iscrizione è attiva.',
  newsletterAlreadySubscribed: 'Questo indirizzo è già iscritto.',
  newsletterPending: 'Abbiamo inviato un link di conferma a {email}.',
  newsletterChangeEmail: 'Cambia indirizzo',
  newsletterErrorEmpty: 'Inserisci il tuo indirizzo email',
  newsletterErrorFormat: 'Inserisci un indirizzo email nel formato corretto, ad esempio nome@esempio.it',
  newsletterErrorTooLong: 'L’indirizzo email non può superare i 254 caratteri',
  newsletterTypoHint: 'Intendevi {suggestion}?',
  newsletterTypoAccept: 'Usa {suggestion}',
  newsletterConsentLabel: 'Voglio ricevere la newsletter via email.',
  newsletterErrorConsent: 'Conferma che vuoi ricevere la newsletter',
  newsletterErrorGeneric: 'Qualcosa è andato storto. Riprova.',
  newsletterErrorServer: 'Il servizio non risponde. Riprova più tardi.',
  newsletterErrorTimeout: 'Ci è voluto troppo tempo. Riprova.',
  newsletterErrorOffline: 'Sembra che tu sia offline. Controlla la connessione.',
  newsletterErrorRateLimited: 'Troppi tentativi. Riprova tra un minuto.',
  newsletterErrorPrefix: 'Errore:',
  newsletterPrivacyNote: 'Rispettiamo la tua privacy. Puoi annullare l’iscrizione in qualsiasi momento.',
};

export const nav: NavStrings = {
  navLabel: 'Altri articoli',
  navPrevious: 'Precedente',
  navNext: 'Successivo',
};
