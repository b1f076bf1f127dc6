// `article-kit/fr`: every export of the package root, with French as the language of the
// components and of `useArticleKit`. They carry only the French strings, so a host that imports
// only from here ships no other language; the code is the root's, shared module for module.
import {
  bindArticleBody,
  bindArticleLayout,
  bindFaqAccordion,
  bindNewsletterCta,
  bindPrevNextNav,
} from '../internal/bindStrings';
import { body, faq, nav, newsletter } from '../locales/fr';
import { useStrings, type ArticleKitContextValue, type ArticleKitOverrides } from '../provider/context';
import type { StringTable } from '../provider/strings';

export * from '../index';

export const ArticleBody = /* @__PURE__ */ bindArticleBody({ locale: 'fr', body: { fr: body } });

export const ArticleLayout = /* @__PURE__ */ bindArticleLayout({
  locale: 'fr',
  body: { fr: body },
  faq: { fr: faq },
  newsletter: { fr: newsletter },
  nav: { fr: nav },
});

export const FaqAccordion = /* @__PURE__ */ bindFaqAccordion({ locale: 'fr', faq: { fr: faq } });

export const NewsletterCta = /* @__PURE__ */ bindNewsletterCta({ locale: 'fr', newsletter: { fr: newsletter } });

export const PrevNextNav = /* @__PURE__ */ bindPrevNextNav({ locale: 'fr', nav: { fr: nav } });

/** The package root's `useArticleKit`, with French as the default language. */
export function useArticleKit<T extends { [K in keyof T]: string }>(
  overrides: ArticleKitOverrides,
  table: StringTable<T>,
): ArticleKitContextValue<T> {
  return useStrings(overrides, table, 'fr');
}
