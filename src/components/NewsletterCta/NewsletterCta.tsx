'use client';

import * as React from 'react';
import { safeHref } from '../../internal/url';
import { devWarn } from '../../internal/warn';
import { useStrings, type ArticleKitOverrides } from '../../provider/context';
import type { WithStrings } from '../../provider/strings';
import { Box, Consent } from './NewsletterCta.styles';
import { postToAction } from './submitToAction';
import {
  useNewsletterSubscription,
  type NewsletterEvent,
  type NewsletterInitialState,
  type SubscribeHandler,
} from './useNewsletterSubscription';

/** Props of {@link NewsletterCta}. */
export interface NewsletterCtaProps extends ArticleKitOverrides {
  /** Heading of the box, e.g. the newsletter's name. */
  title: React.ReactNode;
  /** What the newsletter offers, below the heading. */
  description?: React.ReactNode;
  /** A short tagline shown as a badge, e.g. how often it appears. */
  badge?: React.ReactNode;
  /**
   * Privacy text under the form, with a link to the privacy policy if needed. `null` hides it.
   * @default labels.newsletterPrivacyNote
   */
  privacyNote?: React.ReactNode;
  /**
   * Sends the address to your newsletter service. Resolve with `'subscribed'` (or nothing),
   * `'already-subscribed'` or `'pending-confirmation'`; reject with a `SubscribeError`, a failed
   * `Response`, or let `fetch` throw. Pass `signal` on to `fetch`: it aborts on timeout and
   * when the box unmounts. With it, the form submits without reloading the page. It takes
   * priority over sending the form to `action`.
   */
  onSubscribe?: SubscribeHandler;
  /**
   * URL the form posts to, like a Mailchimp or Kit embed. Only http(s) and relative URLs are
   * used. Without JavaScript it is a plain form post. Once hydrated, and without `onSubscribe`,
   * the box sends the same fields with `fetch` (header `Accept: application/json`) and shows the
   * answer in place: 2xx subscribed (a JSON body `{ "status": "pending-confirmation" |
   * "already-subscribed" }` refines it), 409 already subscribed, 400 or 422 an invalid address,
   * 429 rate limited, any other 4xx or 5xx a server error. When a request to another origin gets
   * no answer while the browser is online (typically a service without CORS), the box does not
   * give up: it falls back to the plain form post, which leaves the page.
   */
  action?: string;
  /** HTTP method of the form post, and of the `fetch` to `action`. @default 'post' */
  method?: 'post' | 'get';
  /** Name of the email field in the form post. @default 'email' */
  fieldName?: string;
  /** The request is aborted and the reader told after this many milliseconds. @default 10000 */
  timeoutMs?: number;
  /** Shown after a successful signup instead of the default thank-you. */
  successMessage?: React.ReactNode;
  /**
   * Asks for consent with a checkbox (never pre-ticked) that must be ticked to subscribe:
   * `true` uses the default label, a node is the label itself (it may contain a link).
   * @default false
   */
  consent?: boolean | React.ReactNode;
  /** Name of the consent checkbox in the form post (its value is `yes`). @default 'consent' */
  consentName?: string;
  /**
   * Name of a field hidden from people and assistive technology that only bots fill in;
   * submits with it filled are dropped. Check it on your server too. `false` turns it off.
   * @default 'website'
   */
  honeypotName?: string | false;
  /**
   * Submits sooner than this many milliseconds after the box appeared are taken for bots and
   * dropped, shown as a success; so is a submit with no focus, pointer, key or input event in
   * the box before it. `0` turns the time trap off.
   * @default 1000
   */
  minFillTimeMs?: number;
  /** Level of the heading, to fit the page's outline. @default 2 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /**
   * The state the box first renders in. After a plain form post (no JavaScript), your server can
   * render the page with the answer in place: `{ status: 'subscribed', email }`,
   * `{ status: 'pending-confirmation', email }`, or `{ status: 'error', error: 'format', email }`,
   * which puts the address back in the field. `'submitting'` shows the busy look for design
   * previews; nothing is sent until the reader submits. Nothing takes focus on load.
   * @default { status: 'idle' }
   */
  initialState?: NewsletterInitialState;
  /** Analytics: `view`, `submit`, `success`, `error` (with a code) and `spam`. Never carries the address. */
  onEvent?: (event: NewsletterEvent) => void;
  /**
   * Id of the box's root element; the ids of its parts (heading, field, messages) are derived
   * from it (`<id>-title`, `<id>-email`, …), so server markup rendered inside a larger tree can
   * be hydrated as its own root.
   * @default an id from React's `useId`
   */
  id?: string;
  /** Class name on the root element, for host styles. */
  className?: string;
}

// The error message of each code, as the suffix of its label.
const ERROR_LABELS = {
  empty: 'Empty',
  format: 'Format',
  invalid: 'Format',
  'too-long': 'TooLong',
  network: 'Offline',
  server: 'Server',
  timeout: 'Timeout',
  'rate-limited': 'RateLimited',
  unknown: 'Generic',
} as const;

// The errors that are about the address itself, not about the request.
const ADDRESS_ERRORS: readonly string[] = ['empty', 'format', 'too-long', 'invalid'];

// The confirmation's icon: a tick in a circle, or an envelope while the address awaits confirmation.
const ICON_PATHS = {
  done: 'M12 2.5a9.5 9.5 0 1 0 0 19 9.5 9.5 0 0 0 0-19zM7.5 12.5l3 3 6-6.5',
  pending: 'M3 5.5h18v13H3zM3.5 6l8.5 7 8.5-7',
};

// A layout effect in the browser; React 18 warns about layout effects on the server.
const useCommitEffect = typeof document === 'object' ? React.useLayoutEffect : React.useEffect;

/** The element of a box's part, found in the box's document or shadow root. */
const find = (box: HTMLElement | null, id: string) => (box!.getRootNode() as Document).getElementById(id);

/** Fills every `{key}` of a label with a value taken as plain text. */
const fill = (label: string, key: string, value: string) => label.replaceAll(`{${key}}`, () => value);

/** {@link NewsletterCta} before an entry binds its strings (see `./index.ts`); the docs are there. */
export function NewsletterCta({
  title,
  description,
  badge,
  privacyNote,
  onSubscribe,
  action,
  method = 'post',
  fieldName = 'email',
  timeoutMs,
  successMessage,
  consent = false,
  consentName = 'consent',
  honeypotName = 'website',
  minFillTimeMs,
  headingLevel = 2,
  initialState,
  onEvent,
  id: rootId,
  className,
  locale,
  labels: labelOverrides,
  akStrings,
}: NewsletterCtaProps & WithStrings<'newsletter'>): React.JSX.Element {
  const { labels, lang } = useStrings({ locale, labels: labelOverrides }, akStrings.newsletter, akStrings.locale, true);
  const generatedId = React.useId();
  // The prefix of every part's id.
  const id = rootId ? rootId + '-' : generatedId;
  const boxRef = React.useRef<HTMLElement>(null);
  const postUrl = safeHref(action);
  if (action !== undefined && !postUrl) devWarn(`NewsletterCta: ignored the unsafe \`action\` "${String(action)}".`);
  if (!postUrl) {
    devWarn(
      onSubscribe
        ? 'NewsletterCta has no `action`: without JavaScript the form posts the address to this page.'
        : 'NewsletterCta has neither `onSubscribe` nor an `action`: the address cannot be sent anywhere.',
    );
  }
  if (!title) devWarn('NewsletterCta needs a `title`: it names the signup box for screen readers.');

  const { state, submit, edit } = useNewsletterSubscription({
    // Without a handler of its own, the box sends what the form would post, the address as
    // checked, to the same place.
    onSubscribe:
      onSubscribe ??
      (postUrl
        ? (email, { signal }) => {
            const form = boxRef.current!.querySelector('form')!;
            const fields = new URLSearchParams(new FormData(form) as unknown as string[][]);
            fields.set(fieldName, email);
            return postToAction(form, postUrl, method, fields, signal);
          }
        : undefined),
    initialState,
    timeoutMs,
    minFillTimeMs,
    onEvent,
    viewRef: boxRef,
  });
  const { status, error, suggestion, consentMissing } = state;

  // Focus moves in the same commit that hides the button, so it is never left on nothing.
  useCommitEffect(() => {
    if (state.focus) find(boxRef.current, id + state.focus)!.focus();
  }, [state, id]);

  const Heading = `h${headingLevel >= 2 && headingLevel <= 6 ? headingLevel : 2}` as 'h2';
  const busy = status === 'submitting';
  const done = !busy && status !== 'idle' && status !== 'error';
  // Errors about the address itself mark the field invalid (and send the reader back to it).
  const fieldInvalid = !!error && ADDRESS_ERRORS.includes(error);
  const note = privacyNote === undefined ? labels.newsletterPrivacyNote : privacyNote;
  const alert = (part: string, text: string | false | undefined) => (
    <div id={id + part} role="alert">
      {text && (
        <>
          <span data-part="hidden">{labels.newsletterErrorPrefix}</span> {text}
        </>
      )}
    </div>
  );

  return (
    <Box
      ref={boxRef}
      data-ak="NewsletterCta"
      id={rootId || undefined}
      data-state={status}
      lang={lang}
      aria-labelledby={id + 'title'}
      className={className}
    >
      <Heading id={id + 'title'}>{title}</Heading>
      {description ? <div>{description}</div> : null}
      {badge ? <p>{badge}</p> : null}
      <form
        action={postUrl}
        method={method}
        // Native validation serves the plain post; once hydrated, the box shows its own messages.
        ref={(form) => {
          if (form) form.noValidate = true;
        }}
        onSubmit={(event) => {
          const data = new FormData(event.currentTarget);
          const handled = submit({
            email: String(data.get(fieldName) ?? ''),
            consent: consent ? data.has(consentName) : undefined,
            honeypot: honeypotName ? String(data.get(honeypotName) ?? '') : undefined,
          });
          if (handled) event.preventDefault();
        }}
      >
        {/* Fields, note and result share one grid area: the result covers the hidden fields, so
            the box keeps its size from idle to busy to result, and nothing below it moves. */}
        <div data-part="fields" hidden={done}>
          <label htmlFor={id + 'email'}>{labels.newsletterEmailLabel}</label>
          <input
            id={id + 'email'}
            name={fieldName}
            type="text"
            inputMode="email"
            autoComplete="email"
            autoCapitalize="none"
            spellCheck={false}
            placeholder={labels.newsletterEmailPlaceholder}
            defaultValue={initialState?.email}
            required
            readOnly={busy}
            aria-invalid={fieldInvalid || undefined}
            aria-describedby={fieldInvalid ? id + 'error' : suggestion ? id + 'hint' : undefined}
            onInput={suggestion ? edit : undefined}
          />
          {consent ? (
            <>
              <Consent data-part="consent">
                <input
                  type="checkbox"
                  id={id + 'consent'}
                  name={consentName}
                  value="yes"
                  required
                  aria-invalid={consentMissing || undefined}
                  aria-describedby={consentMissing ? id + 'consent-error' : undefined}
                />
                <span>{consent === true ? labels.newsletterConsentLabel : consent}</span>
              </Consent>
              {alert('consent-error', consentMissing && labels.newsletterErrorConsent)}
            </>
          ) : null}
          {/* While busy, a spinner takes the label's place in the same cell: the button keeps its
              size and its name. */}
          <button type="submit" aria-disabled={busy || undefined}>
            <span>{labels.newsletterSubmit}</span>
          </button>
          {alert('error', error && labels[`newsletterError${ERROR_LABELS[error] ?? 'Generic'}`])}
          {honeypotName ? (
            <input data-part="hidden" aria-hidden="true" name={honeypotName} tabIndex={-1} autoComplete="off" />
          ) : null}
        </div>
        <div role="status" data-part={done ? 'result' : undefined}>
          {busy ? <span data-part="hidden">{labels.newsletterSubmitting}</span> : null}
          {suggestion ? (
            <div data-part="hint">
              <div id={id + 'hint'}>{fill(labels.newsletterTypoHint, 'suggestion', suggestion)}</div>
              <button
                type="button"
                onClick={() => {
                  (find(boxRef.current, id + 'email') as HTMLInputElement).value = suggestion;
                  edit();
                }}
              >
                {fill(labels.newsletterTypoAccept, 'suggestion', suggestion)}
              </button>
            </div>
          ) : null}
          {done ? (
            <>
              <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <path d={ICON_PATHS[status === 'pending-confirmation' ? 'pending' : 'done']} />
              </svg>
              <div id={id + 'message'} tabIndex={-1}>
                {status === 'already-subscribed'
                  ? labels.newsletterAlreadySubscribed
                  : status === 'pending-confirmation'
                    ? fill(labels.newsletterPending, 'email', state.email)
                    : (successMessage ?? labels.newsletterSuccess)}
                {/* The address the confirmation is about; the pending message names it already. */}
                {state.email && status !== 'pending-confirmation' ? (
                  <span data-part="address">{state.email}</span>
                ) : null}
              </div>
              {status === 'pending-confirmation' ? (
                <button type="button" onClick={edit}>
                  {labels.newsletterChangeEmail}
                </button>
              ) : null}
            </>
          ) : null}
        </div>
        {note ? (
          <div data-part="note" hidden={done}>
            {note}
          </div>
        ) : null}
      </form>
    </Box>
  );
}
