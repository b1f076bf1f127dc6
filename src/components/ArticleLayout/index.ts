// The package root's ArticleLayout: English by default, German with `locale="de"`. The language
// entries (src/entries) bind the same component to their own language.
import * as de from '../../locales/de';
import * as en from '../../locales/en';
import { bindArticleLayout } from '../../internal/bindStrings';
export type { ArticleLayoutProps } from './ArticleLayout';
export { articleGraph } from './articleLayoutLogic';
export type { ArticleGraph, NewsArticleExtras } from './articleLayoutLogic';

/**
 * The whole article view from one `Article`: the body (title, lead, meta, blocks) with the
 * newsletter box in its flow, the FAQ, the links to the previous and next article, and the
 * structured data. Not a client component: it renders in a Next.js server page and hands
 * serialisable props to the interactive parts (FAQ, newsletter), which hydrate on their own.
 */
export const ArticleLayout = /* @__PURE__ */ bindArticleLayout({
  locale: 'en',
  body: { en: en.body, de: de.body },
  faq: { en: en.faq, de: de.faq },
  newsletter: { en: en.newsletter, de: de.newsletter },
  nav: { en: en.nav, de: de.nav },
});
