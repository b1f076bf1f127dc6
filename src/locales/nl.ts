// Dutch interface strings: one table per component, so a bundle keeps only the tables of the parts
// it renders. Addresses the reader as "je", as Dutch sites commonly do.
import type { BodyStrings, FaqStrings, NavStrings, NewsletterStrings } from '../provider/strings';

export const body: BodyStrings = {
  dateLocale: 'nl-NL',
  bylineAuthor: 'Door {author}',
  publishedOn: 'Gepubliceerd op',
  readingTime: '{minutes} min. leestijd',
  updatedOn: 'Bijgewerkt op',
  tocTitle: 'Inhoud',
  skipNewsletter: 'Nieuwsbriefaanmelding overslaan',
  embedLoad: 'Inhoud van {provider} laden',
  embedNotice: 'Bij het laden gaan gegevens naar {provider}, zoals je IP-adres, en kunnen cookies worden geplaatst.',
  embedOpen: 'Bekijken op {provider}',
  calloutNote: 'Opmerking',
  calloutWarning: 'Let op',
  breadcrumbLabel: 'Kruimelpad',
};

export const faq: FaqStrings = {
  faqTitle: 'Veelgestelde vragen',
};

export const newsletter: NewsletterStrings = {
  newsletterEmailLabel: 'E-mailadres',
  newsletterEmailPlaceholder: 'naam@voorbeeld.nl',
  newsletterSubmit: 'Inschrijven',
  newsletterSubmitting: 'Bezig met inschrijven…',
  newsletterSuccess: 'Bedankt! Je bent ingeschreven.',
  newsletterAlreadySubscribed: 'Je bent al ingeschreven.',
  newsletterPending: 'We hebben een bevestigingslink naar {email} gestuurd.',
  newsletterChangeEmail: 'Adres wijzigen',
  newsletterErrorEmpty: 'Vul je e-mailadres in',
  newsletterErrorFormat: 'Vul een e-mailadres in de juiste vorm in, bijvoorbeeld naam@voorbeeld.nl',
  newsletterErrorTooLong: 'Het e-mailadres mag maximaal 254 tekens lang zijn',
  newsletterTypoHint: 'Bedoelde je {suggestion}?',
  newsletterTypoAccept: '{suggestion} gebruiken',
  newsletterConsentLabel: 'Stuur mij de nieuwsbrief per e-mail.',
  newsletterErrorConsent: 'Bevestig dat je de nieuwsbrief wilt ontvangen',
  newsletterErrorGeneric: 'Er ging iets mis. Probeer het opnieuw.',
  newsletterErrorServer: 'De dienst reageert niet. Probeer het later opnieuw.',
  newsletterErrorTimeout: 'Dat duurde te lang. Probeer het opnieuw.',
  newsletterErrorOffline: 'Je lijkt offline te zijn. Controleer je verbinding.',
  newsletterErrorRateLimited: 'Te veel pogingen. Probeer het over een minuut opnieuw.',
  newsletterErrorPrefix: 'Fout:',
  newsletterPrivacyNote: 'We respecteren je privacy. Je kunt je altijd weer afmelden.',
};

export const nav: NavStrings = {
  navLabel: 'Meer artikelen',
  navPrevious: 'Vorige',
  navNext: 'Volgende',
};
