// `article-kit/pl`: every export of the package root, with Polish as the language of the
// components and of `useArticleKit`. They carry only the Polish strings, so a host that imports
// only from here ships no other language; the code is the root's, shared module for module.
import {
  bindArticleBody,
  bindArticleLayout,
  bindFaqAccordion,
  bindNewsletterCta,
  bindPrevNextNav,
} from '../internal/bindStrings';
import { body, faq, nav, newsletter } from '../locales/pl';
import { useStrings, type ArticleKitContextValue, type ArticleKitOverrides } from '../provider/context';
import type { StringTable } from '../provider/strings';

export * from '../index';

export const ArticleBody = /* @__PURE__ */ bindArticleBody({ locale: 'pl', body: { pl: body } });

export const ArticleLayout = /* @__PURE__ */ bindArticleLayout({
  locale: 'pl',
  body: { pl: body },
  faq: { pl: faq },
  newsletter: { pl: newsletter },
  nav: { pl: nav },
});

export const FaqAccordion = /* @__PURE__ */ bindFaqAccordion({ locale: 'pl', faq: { pl: faq } });

export const NewsletterCta = /* @__PURE__ */ bindNewsletterCta({ locale: 'pl', newsletter: { pl: newsletter } });

export const PrevNextNav = /* @__PURE__ */ bindPrevNextNav({ locale: 'pl', nav: { pl: nav } });

/** The package root's `useArticleKit`, with Polish as the default language. */
export function useArticleKit<T extends { [K in keyof T]: string }>(
  overrides: ArticleKitOverrides,
  table: StringTable<T>,
): ArticleKitContextValue<T> {
  return useStrings(overrides, table, 'pl');
}
