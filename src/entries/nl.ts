// `article-kit/nl`: every export of the package root, with Dutch as the language of the
// components and of `useArticleKit`. They carry only the Dutch strings, so a host that imports
// only from here ships no other language; the code is the root's, shared module for module.
import {
  bindArticleBody,
  bindArticleLayout,
  bindFaqAccordion,
  bindNewsletterCta,
  bindPrevNextNav,
} from '../internal/bindStrings';
import { body, faq, nav, newsletter } from '../locales/nl';
import { useStrings, type ArticleKitContextValue, type ArticleKitOverrides } from '../provider/context';
import type { StringTable } from '../provider/strings';

export * from '../index';

export const ArticleBody = /* @__PURE__ */ bindArticleBody({ locale: 'nl', body: { nl: body } });

export const ArticleLayout = /* @__PURE__ */ bindArticleLayout({
  locale: 'nl',
  body: { nl: body },
  faq: { nl: faq },
  newsletter: { nl: newsletter },
  nav: { nl: nav },
});

export const FaqAccordion = /* @__PURE__ */ bindFaqAccordion({ locale: 'nl', faq: { nl: faq } });

export const NewsletterCta = /* @__PURE__ */ bindNewsletterCta({ locale: 'nl', newsletter: { nl: newsletter } });

export const PrevNextNav = /* @__PURE__ */ bindPrevNextNav({ locale: 'nl', nav: { nl: nav } });

/** The package root's `useArticleKit`, with Dutch as the default language. */
export function useArticleKit<T extends { [K in keyof T]: string }>(
  overrides: ArticleKitOverrides,
  table: StringTable<T>,
): ArticleKitContextValue<T> {
  return useStrings(overrides, table, 'nl');
}
