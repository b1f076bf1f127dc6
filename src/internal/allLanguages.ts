// The article view with every language article-kit ships, English by default: for
// `renderArticlePage`, which renders any page's language on a server, where bundle size does not
// matter. Hosts' bundles never import it.
import * as de from '../locales/de';
import * as en from '../locales/en';
import * as es from '../locales/es';
import * as fr from '../locales/fr';
import * as it from '../locales/it';
import * as nl from '../locales/nl';
import * as pl from '../locales/pl';
import type { Locale } from '../provider/locales';
import type { LanguagePack, Part } from '../provider/strings';
import { bindArticleLayout, bindFaqAccordion, bindNewsletterCta } from './bindStrings';

/** One part's tables in every language (property by property, see `locales`). */
const every = <P extends Part>(part: P): { [L in Locale]: LanguagePack[P] } => ({
  en: en[part],
  de: de[part],
  fr: fr[part],
  es: es[part],
  it: it[part],
  nl: nl[part],
  pl: pl[part],
});

export const ArticleLayout = /* @__PURE__ */ bindArticleLayout({
  locale: 'en',
  body: every('body'),
  faq: every('faq'),
  newsletter: every('newsletter'),
  nav: every('nav'),
});

export const FaqAccordion = /* @__PURE__ */ bindFaqAccordion({ locale: 'en', faq: every('faq') });

export const NewsletterCta = /* @__PURE__ */ bindNewsletterCta({ locale: 'en', newsletter: every('newsletter') });
