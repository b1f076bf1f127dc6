// The package root's NewsletterCta: English by default, German with `locale="de"`. The language
// entries (src/entries) bind the same component to their own language.
import * as de from '../../locales/de';
import * as en from '../../locales/en';
import { bindNewsletterCta } from '../../internal/bindStrings';
export type { NewsletterCtaProps } from './NewsletterCta';
export { useNewsletterSubscription } from './useNewsletterSubscription';
export type {
  NewsletterErrorCode,
  NewsletterEvent,
  NewsletterState,
  NewsletterStatus,
  NewsletterSubmission,
  NewsletterSubscription,
  NewsletterSubscriptionOptions,
  NewsletterInitialState,
  SubscribeHandler,
} from './useNewsletterSubscription';
export {
  SubscribeError,
  checkEmail,
  classifySubscribeError,
  errorCodeForStatus,
  normalizeEmail,
  suggestEmail,
} from './newsletterLogic';
export type { EmailProblem, SubscribeErrorCode, SubscribeResult } from './newsletterLogic';

/**
 * The newsletter signup box of an article. A plain form post to `action` without JavaScript;
 * once hydrated, an in-page signup through `onSubscribe`, or else through `fetch` to `action`,
 * that validates on submit, keeps the typed address in every error, sends one request per
 * submit and announces every state.
 */
export const NewsletterCta = /* @__PURE__ */ bindNewsletterCta({
  locale: 'en',
  newsletter: { en: en.newsletter, de: de.newsletter },
});
