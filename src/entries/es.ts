// `article-kit/es`: every export of the package root, with Spanish as the language of the
// components and of `useArticleKit`. They carry only the Spanish strings, so a host that imports
// only from here ships no other language; the code is the root's, shared module for module.
import {
  bindArticleBody,
  bindArticleLayout,
  bindFaqAccordion,
  bindNewsletterCta,
  bindPrevNextNav,
} from '../internal/bindStrings';
import { body, faq, nav, newsletter } from '../locales/es';
import { useStrings, type ArticleKitContextValue, type ArticleKitOverrides } from '../provider/context';
import type { StringTable } from '../provider/strings';

export * from '../index';

export const ArticleBody = /* @__PURE__ */ bindArticleBody({ locale: 'es', body: { es: body } });

export const ArticleLayout = /* @__PURE__ */ bindArticleLayout({
  locale: 'es',
  body: { es: body },
  faq: { es: faq },
  newsletter: { es: newsletter },
  nav: { es: nav },
});

export const FaqAccordion = /* @__PURE__ */ bindFaqAccordion({ locale: 'es', faq: { es: faq } });

export const NewsletterCta = /* @__PURE__ */ bindNewsletterCta({ locale: 'es', newsletter: { es: newsletter } });

export const PrevNextNav = /* @__PURE__ */ bindPrevNextNav({ locale: 'es', nav: { es: nav } });

/** The package root's `useArticleKit`, with Spanish as the default language. */
export function useArticleKit<T extends { [K in keyof T]: string }>(
  overrides: ArticleKitOverrides,
  table: StringTable<T>,
): ArticleKitContextValue<T> {
  return useStrings(overrides, table, 'es');
}
