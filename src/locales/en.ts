// English interface strings: one table per component, so a bundle keeps only the tables of the parts
// it renders. The defaults of the package root.
import type { BodyStrings, FaqStrings, NavStrings, NewsletterStrings } from '../provider/strings';

export const body: BodyStrings = {
  dateLocale: 'en-US',
  bylineAuthor: 'By {author}',
  publishedOn: 'Published on',
  readingTime: '{minutes} min read',
  updatedOn: 'Updated on',
  tocTitle: 'Contents',
  skipNewsletter: 'Skip newsletter signup',
  embedLoad: 'Load content from {provider}',
  embedNotice: 'This loads content from {provider}, which may store cookies and receive your IP address.',
  embedOpen: 'View on {provider}',
  calloutNote: 'Note',
  calloutWarning: 'Warning',
  breadcrumbLabel: 'Breadcrumb',
};

export const faq: FaqStrings = {
  faqTitle: 'FAQ',
};

export const newsletter: NewsletterStrings = {
  newsletterEmailLabel: 'Email address',
  newsletterEmailPlaceholder: 'name@example.com',
  newsletterSubmit: 'Subscribe',
  newsletterSubmitting: 'Subscribing…',
  newsletterSuccess: 'Thank you! You are subscribed.',
  newsletterAlreadySubscribed: 'You are already subscribed.',
  newsletterPending: 'We sent a confirmation link to {email}.',
  newsletterChangeEmail: 'Change address',
  newsletterErrorEmpty: 'Enter your email address',
  newsletterErrorFormat: 'Enter an email address in the correct format, like name@example.com',
  newsletterErrorTooLong: 'Email address must be 254 characters or fewer',
  newsletterTypoHint: 'Did you mean {suggestion}?',
  newsletterTypoAccept: 'Use {suggestion}',
  newsletterConsentLabel: 'Send me the newsletter by email.',
  newsletterErrorConsent: 'Confirm that you want the newsletter',
  newsletterErrorGeneric: 'Something went wrong. Try again.',
  newsletterErrorServer: 'The service is not answering. Try again later.',
  newsletterErrorTimeout: 'That took too long. Try again.',
  newsletterErrorOffline: 'You seem to be offline. Check your connection.',
  newsletterErrorRateLimited: 'Too many attempts. Try again in a minute.',
  newsletterErrorPrefix: 'Error:',
  newsletterPrivacyNote: 'We respect your privacy. Unsubscribe at any time.',
};

export const nav: NavStrings = {
  navLabel: 'More articles',
  navPrevious: 'Previous',
  navNext: 'Next',
};
