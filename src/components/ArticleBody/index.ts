// The package root's ArticleBody: English by default, German with `locale="de"`. The language
// entries (src/entries) bind the same component to their own language.
import * as de from '../../locales/de';
import * as en from '../../locales/en';
import { bindArticleBody } from '../../internal/bindStrings';
export type { ArticleBodyProps } from './ArticleBody';
export type {
  BlockComponents,
  BlockRenderer,
  BlockRendererProps,
  BlockShape,
  BuiltInBlock,
  BuiltInBlockComponents,
  UndeclaredBlock,
} from './blockComponents';

/**
 * The article itself: title (h1), lead, byline with date and reading time, and the body from
 * typed blocks and/or children. Has no client state, so it renders in React Server Components.
 */
export const ArticleBody = /* @__PURE__ */ bindArticleBody({ locale: 'en', body: { en: en.body, de: de.body } });
