// `article-kit/de`: every export of the package root, with German as the language of the
// components and of `useArticleKit`. They carry only the German strings, so a host that imports
// only from here ships no other language; the code is the root's, shared module for module.
import {
  bindArticleBody,
  bindArticleLayout,
  bindFaqAccordion,
  bindNewsletterCta,
  bindPrevNextNav,
} from '../internal/bindStrings';
import { body, faq, nav, newsletter } from '../locales/de';
import { useStrings, type ArticleKitContextValue, type ArticleKitOverrides } from '../provider/context';
import type { StringTable } from '../provider/strings';

export * from '../index';

export const ArticleBody = /* @__PURE__ */ bindArticleBody({ locale: 'de', body: { de: body } });

export const ArticleLayout = /* @__PURE__ */ bindArticleLayout({
  locale: 'de',
  body: { de: body },
  faq: { de: faq },
  newsletter: { de: newsletter },
  nav: { de: nav },
});

export const FaqAccordion = /* @__PURE__ */ bindFaqAccordion({ locale: 'de', faq: { de: faq } });

export const NewsletterCta = /* @__PURE__ */ bindNewsletterCta({ locale: 'de', newsletter: { de: newsletter } });

export const PrevNextNav = /* @__PURE__ */ bindPrevNextNav({ locale: 'de', nav: { de: nav } });

/** The package root's `useArticleKit`, with German as the default language. */
export function useArticleKit<T extends { [K in keyof T]: string }>(
  overrides: ArticleKitOverrides,
  table: StringTable<T>,
): ArticleKitContextValue<T> {
  return useStrings(overrides, table, 'de');
}
