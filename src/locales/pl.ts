// Polish interface strings: one table per component, so a bundle keeps only the tables of the parts
// it renders. Addresses the reader as "ty"; messages about the subscription name the address
// or the subscription, never the reader, so no past tense needs a gender. Counts stay out of
// the plural forms: "min" is an abbreviation that does not inflect (1, 2, 5 min czytania), and
// "254 znaki" is the right form for that fixed number.
import type { BodyStrings, FaqStrings, NavStrings, NewsletterStrings } from '../provider/strings';

export const body: BodyStrings = {
  dateLocale: 'pl-PL',
  bylineAuthor: 'Autor: {author}',
  publishedOn: 'Opublikowano',
  readingTime: '{minutes} min czytania',
  updatedOn: 'Zaktualizowano',
  tocTitle: 'Spis treści',
  skipNewsletter: 'Pomiń zapis do newslettera',
  embedLoad: 'Wczytaj treść z {provider}',
  embedNotice: 'Wczytanie przesyła dane do {provider}, np. Twój adres IP, i może zapisać pliki cookie.',
  embedOpen: 'Zobacz w {provider}',
  calloutNote: 'Uwaga',
  calloutWarning: 'Ostrzeżenie',
  breadcrumbLabel: 'Ścieżka nawigacji',
};

export const faq: FaqStrings = {
  faqTitle: 'Najczęstsze pytania',
};

export const newsletter: NewsletterStrings = {
  newsletterEmailLabel: 'Adres e-mail',
  newsletterEmailPlaceholder: 'imie@przyklad.pl',
  newsletterSubmit: 'Zapisz się',
  newsletterSubmitting: 'Zapisywanie…',
  newsletterSuccess: 'Dziękujemy! Subskrypcja jest aktywna.',
  newsletterAlreadySubscribed: 'Ten adres jest już zapisany.',
  newsletterPending: 'Wysłaliśmy link potwierdzający na adres {email}.',
  newsletterChangeEmail: 'Zmień adres',
  newsletterErrorEmpty: 'Wpisz swój adres e-mail',
  newsletterErrorFormat: 'Wpisz adres e-mail w poprawnym formacie, np. imie@przyklad.pl',
  newsletterErrorTooLong: 'Adres e-mail może mieć najwyżej 254 znaki',
  newsletterTypoHint: 'Czy chodziło o {suggestion}?',
  newsletterTypoAccept: 'Użyj {suggestion}',
  newsletterConsentLabel: 'Chcę otrzymywać newsletter e-mailem.',
  newsletterErrorConsent: 'Potwierdź, że chcesz otrzymywać newsletter',
  newsletterErrorGeneric: 'Coś poszło nie tak. Spróbuj ponownie.',
  newsletterErrorServer: 'Usługa nie odpowiada. Spróbuj ponownie później.',
  newsletterErrorTimeout: 'Trwało to zbyt długo. Spróbuj ponownie.',
  newsletterErrorOffline: 'Wygląda na to, że nie masz połączenia. Sprawdź połączenie z internetem.',
  newsletterErrorRateLimited: 'Zbyt wiele prób. Spróbuj ponownie za minutę.',
  newsletterErrorPrefix: 'Błąd:',
  newsletterPrivacyNote: 'Szanujemy Twoją prywatność. Możesz wypisać się w każdej chwili.',
};

export const nav: NavStrings = {
  navLabel: 'Więcej artykułów',
  navPrevious: 'Poprzedni',
  navNext: 'Następny',
};
