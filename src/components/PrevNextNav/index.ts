// The package root's PrevNextNav: English by default, German with `locale="de"`. The language
// entries (src/entries) bind the same component to their own language.
import * as de from '../../locales/de';
import * as en from '../../locales/en';
import { bindPrevNextNav } from '../../internal/bindStrings';
export type { PrevNextNavProps } from './PrevNextNav';

/**
 * Links to the previous and next article. Each side is one large card link: its label
 * ("Zurück" / "Weiter") above the article's title, announced once as "label: title". Renders
 * nothing when neither link is usable. Safe in React Server Components.
 */
export const PrevNextNav = /* @__PURE__ */ bindPrevNextNav({ locale: 'en', nav: { en: en.nav, de: de.nav } });
