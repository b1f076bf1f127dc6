// French interface strings: one table per component, so a bundle keeps only the tables of the parts
// it renders. Addresses the reader as "vous"; messages about the subscription name the address
// or the subscription, never the reader, so no adjective needs a gender. Before ? and : French
// typography takes a no-break space (`\u00a0`), so the sign never starts a line.
import type { BodyStrings, FaqStrings, NavStrings, NewsletterStrings } from '../provider/strings';

export const body: BodyStrings = {
  dateLocale: 'fr-FR',
  bylineAuthor: 'Par {author}',
  publishedOn: 'Publié le',
  readingTime: '{minutes} min de lecture',
  updatedOn: 'Mis à jour le',
  tocTitle: 'Sommaire',
  skipNewsletter: 'Passer l’inscription à la newsletter',
  embedLoad: 'Charger le contenu de {provider}',
  embedNotice: 'Le chargement transmet des données à {provider}, dont votre adresse IP, et peut déposer des cookies.',
  embedOpen: 'Voir sur {provider}',
  calloutNote: 'Remarque',
  calloutWarning: 'Attention',
  breadcrumbLabel: 'Fil d’Ariane',
};

export const faq: FaqStrings = {
  faqTitle: 'Questions fréquentes',
};

export const newsletter: NewsletterStrings = {
  newsletterEmailLabel: 'Adresse e-mail',
  newsletterEmailPlaceholder: 'nom@exemple.fr',
  newsletterSubmit: 'S’abonner',
  newsletterSubmitting: 'Inscription en cours…',
  newsletterSuccess: 'Merci\u00a0! Votre inscription est confirmée.',
  newsletterAlreadySubscribed: 'Cette adresse est déjà inscrite.',
  newsletterPending: 'Nous avons envoyé un lien de confirmation à {email}.',
  newsletterChangeEmail: 'Modifier l’adresse',
  newsletterErrorEmpty: 'Saisissez votre adresse e-mail',
  newsletterErrorFormat: 'Saisissez une adresse e-mail au bon format, par exemple nom@exemple.fr',
  newsletterErrorTooLong: 'L’adresse e-mail ne doit pas dépasser 254 caractères',
  newsletterTypoHint: 'Vouliez-vous dire {suggestion}\u00a0?',
  newsletterTypoAccept: 'Utiliser {suggestion}',
  newsletterConsentLabel: 'Je souhaite recevoir la newsletter par e-mail.',
  newsletterErrorConsent: 'Confirmez que vous souhaitez recevoir la newsletter',
  newsletterErrorGeneric: 'Une erreur s’est produite. Réessayez.',
  newsletterErrorServer: 'Le service ne répond pas. Réessayez plus tard.',
  newsletterErrorTimeout: 'Cela a pris trop de temps. Réessayez.',
  newsletterErrorOffline: 'Vous semblez être hors ligne. Vérifiez votre connexion.',
  newsletterErrorRateLimited: 'Trop de tentatives. Réessayez dans une minute.',
  newsletterErrorPrefix: 'Erreur\u00a0:',
  newsletterPrivacyNote: 'Nous respectons votre vie privée. Désinscription possible à tout moment.',
};

export const nav: NavStrings = {
  navLabel: 'Autres articles',
  navPrevious: 'Précédent',
  navNext: 'Suivant',
};
