// `article-kit/en`: every export of the package root, with English as the language of the
// components and of `useArticleKit`. They carry only the English strings, so a host that imports
// only from here ships no other language; the code is the root's, shared module for module.
import {
  bindArticleBody,
  bindArticleLayout,
  bindFaqAccordion,
  bindNewsletterCta,
  bindPrevNextNav,
} from '../internal/bindStrings';
import { body, faq, nav, newsletter } from '../locales/en';
import { useStrings, type ArticleKitContextValue, type ArticleKitOverrides } from '../provider/context';
import type { StringTable } from '../provider/strings';

export * from '../index';

export const ArticleBody = /* @__PURE__ */ bindArticleBody({ locale: 'en', body: { en: body } });

export const ArticleLayout = /* @__PURE__ */ bindArticleLayout({
  locale: 'en',
  body: { en: body },
  faq: { en: faq },
  newsletter: { en: newsletter },
  nav: { en: nav },
});

export const FaqAccordion = /* @__PURE__ */ bindFaqAccordion({ locale: 'en', faq: { en: faq } });

export const NewsletterCta = /* @__PURE__ */ bindNewsletterCta({ locale: 'en', newsletter: { en: newsletter } });

export const PrevNextNav = /* @__PURE__ */ bindPrevNextNav({ locale: 'en', nav: { en: nav } });

/** The package root's `useArticleKit`, with English as the default language. */
export function useArticleKit<T extends { [K in keyof T]: string }>(
  overrides: ArticleKitOverrides,
  table: StringTable<T>,
): ArticleKitContextValue<T> {
  return useStrings(overrides, table, 'en');
}
