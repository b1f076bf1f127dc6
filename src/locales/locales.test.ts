import { formatLabel, locales, type Labels, type Locale } from '../provider/locales';

// Every key of Labels, written out: the compiler fails here when a key is added or renamed, and
// the tests below fail when a language lacks one.
const LABEL_KEYS: Record<keyof Labels, true> = {
  dateLocale: true,
  bylineAuthor: true,
  publishedOn: true,
  readingTime: true,
  updatedOn: true,
  tocTitle: true,
  skipNewsletter: true,
  embedLoad: true,
  embedNotice: true,
  embedOpen: true,
  calloutNote: true,
  calloutWarning: true,
  breadcrumbLabel: true,
  faqTitle: true,
  newsletterEmailLabel: true,
  newsletterEmailPlaceholder: true,
  newsletterSubmit: true,
  newsletterSubmitting: true,
  newsletterSuccess: true,
  newsletterAlreadySubscribed: true,
  newsletterPending: true,
  newsletterChangeEmail: true,
  newsletterErrorEmpty: true,
  newsletterErrorFormat: true,
  newsletterErrorTooLong: true,
  newsletterTypoHint: true,
  newsletterTypoAccept: true,
  newsletterConsentLabel: true,
  newsletterErrorConsent: true,
  newsletterErrorGeneric: true,
  newsletterErrorServer: true,
  newsletterErrorTimeout: true,
  newsletterErrorOffline: true,
  newsletterErrorRateLimited: true,
  newsletterErrorPrefix: true,
  newsletterPrivacyNote: true,
  navLabel: true,
  navPrevious: true,
  navNext: true,
};
const KEYS = Object.keys(LABEL_KEYS).sort() as (keyof Labels)[];
const CODES = Object.keys(locales) as Locale[];
const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

describe('language packs', () => {
  it('ship seven languages', () => {
    expect(CODES).toEqual(['en', 'de', 'fr', 'es', 'it', 'nl', 'pl']);
  });

  it.each(CODES)('%s has every label, none empty, and no other', (code) => {
    expect(Object.keys(locales[code]).sort()).toEqual(KEYS);
    for (const key of KEYS) expect({ key, empty: !locales[code][key].trim() }).toEqual({ key, empty: false });
  });

  it.each(CODES)('%s keeps the placeholders of English, so every value is filled in', (code) => {
    for (const key of KEYS) {
      expect({ key, placeholders: placeholders(locales[code][key]) }).toEqual({
        key,
        placeholders: placeholders(locales.en[key]),
      });
    }
  });

  it.each(CODES)('%s formats dates in its own language', (code) => {
    expect(locales[code].dateLocale.startsWith(`${code}-`)).toBe(true);
    expect(() => new Intl.DateTimeFormat(locales[code].dateLocale)).not.toThrow();
  });

  it('translates the interface of every new language (no English left in)', () => {
    for (const code of ['fr', 'es', 'it', 'nl', 'pl'] as const) {
      const english = KEYS.filter((key) => key !== 'newsletterErrorPrefix' && locales[code][key] === locales.en[key]);
      expect({ code, english }).toEqual({ code, english: [] });
    }
  });

  it('reads well for any count in Polish: the minutes take an abbreviation that does not inflect', () => {
    for (const minutes of [1, 2, 5, 12, 22]) {
      expect(formatLabel(locales.pl.readingTime, { minutes })).toBe(`${minutes} min czytania`);
    }
  });
});
