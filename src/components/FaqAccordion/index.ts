// The package root's FaqAccordion: English by default, German with `locale="de"`. The language
// entries (src/entries) bind the same component to their own language.
import * as de from '../../locales/de';
import * as en from '../../locales/en';
import { bindFaqAccordion } from '../../internal/bindStrings';
export type { FaqAccordionProps } from './FaqAccordion';

/**
 * Questions and answers of an article. Every answer is in the server HTML; without JavaScript
 * each question opens as a native disclosure, find-in-page reveals closed answers, and a link to
 * `#<item id>` opens its item. In the browser it becomes the WAI-ARIA accordion: each question a
 * heading with a button that controls its answer, with arrow-key navigation.
 */
export const FaqAccordion = /* @__PURE__ */ bindFaqAccordion({ locale: 'en', faq: { en: en.faq, de: de.faq } });
