export { NewsletterCta } from './NewsletterCta';
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
