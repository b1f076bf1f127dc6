// `article-kit/it`: every export of the package root, with Italian as the language of the
// components and of `useArticleKit`. They carry only the Italian strings, so a host that imports
// only from here ships no other language; the code is the root's, shared module for module.
import {
  bindArticleBody,
  bindArticleLayout,
  bindFaqAccordion,
  bindNewsletterCta,
  bindPrevNextNav,
} from '../internal/bindStrings';
import { body, faq, nav, newsletter } from '../locales/it';
import { useStrings, type ArticleKitContextValue, type ArticleKitOverrides } from '../provider/context';
import type { StringTable } from '../provider/strings';

export * from '../index';

export const ArticleBody = /* @__PURE__ */ bindArticleBody({ locale: 'it', body: { it: body } });

export const ArticleLayout = /* @__PURE__ */ bindArticleLayout({
  locale: 'it',
  body: { it: body },
  faq: { it: faq },
  newsletter: { it: newsletter },
  nav: { it: nav },
});

export const FaqAccordion = /* @__PURE__ */ bindFaqAccordion({ locale: 'it', faq: { it: faq } });

export const NewsletterCta = /* @__PURE__ */ bindNewsletterCta({ locale: 'it', newsletter: { it: newsletter } });

export const PrevNextNav = /* @__PURE__ */ bindPrevNextNav({ locale: 'it', nav: { it: nav } });

/** The package root's `useArticleKit`, with Italian as the default language. */
export function useArticleKit<T extends { [K in keyof T]: string }>(
  overrides: ArticleKitOverrides,
  table: StringTable<T>,
): ArticleKitContextValue<T> {
  return useStrings(overrides, table, 'it');
}
