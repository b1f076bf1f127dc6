'use client';

import * as React from 'react';
import { safeHref } from '../../internal/url';
import { devWarn } from '../../internal/warn';
import { useArticleKit, type ArticleKitOverrides } from '../../provider/context';
import { formatLabel } from '../../provider/locales';
import { newsletterStrings } from '../../provider/strings';
import * as S from './NewsletterCta.styles';
import {
  isInputProblem,
  useNewsletterSubscription,
  type NewsletterEvent,
  type NewsletterState,
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
   * when the box unmounts. With it, the form submits without reloading the page.
   */
  onSubscribe?: SubscribeHandler;
  /**
   * URL the form posts to when JavaScript is off (or when there is no `onSubscribe`), like a
   * Mailchimp or Kit embed. Only http(s) and relative URLs are used.
   */
  action?: string;
  /** HTTP method of the plain form post. @default 'post' */
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
   * dropped, shown as a success. `0` turns the time trap off.
   * @default 2000
   */
  minFillTimeMs?: number;
  /** Level of the heading, to fit the page's outline. @default 2 */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Analytics: `view`, `submit`, `success`, `error` (with a code) and `spam`. Never carries the address. */
  onEvent?: (event: NewsletterEvent) => void;
  /** Class name on the root element, for host styles. */
  className?: string;
}

const ERROR_LABELS = {
  empty: 'newsletterErrorEmpty',
  format: 'newsletterErrorFormat',
  invalid: 'newsletterErrorFormat',
  'too-long': 'newsletterErrorTooLong',
  network: 'newsletterErrorOffline',
  server: 'newsletterErrorServer',
  timeout: 'newsletterErrorTimeout',
  'rate-limited': 'newsletterErrorRateLimited',
  unknown: 'newsletterErrorGeneric',
} as const;

const subscribeNothing = () => () => {};
// A layout effect in the browser; React 18 warns about layout effects on the server.
const useCommitEffect = typeof document === 'object' ? React.useLayoutEffect : React.useEffect;

/**
 * The newsletter signup box of an article. A plain form post without JavaScript; with
 * `onSubscribe`, an in-page signup that validates on submit, keeps the typed address in every
 * error, sends one request per submit and announces every state.
 */
export function NewsletterCta({
  title,
  description,
  badge,
  privacyNote,
  onSubscribe,
  action,
  method,
  fieldName = 'email',
  timeoutMs,
  successMessage,
  consent = false,
  consentName = 'consent',
  honeypotName = 'website',
  minFillTimeMs,
  headingLevel = 2,
  onEvent,
  className,
  locale,
  labels: labelOverrides,
}: NewsletterCtaProps): React.JSX.Element {
  const { labels } = useArticleKit({ locale, labels: labelOverrides }, newsletterStrings);
  const id = React.useId();
  const boxRef = React.useRef<HTMLElement>(null);
  const fieldRef = React.useRef<HTMLInputElement>(null);
  const consentRef = React.useRef<HTMLInputElement>(null);
  const messageRef = React.useRef<HTMLDivElement>(null);
  // Native validation serves the plain post; once hydrated, the box shows its own messages.
  const hydrated = React.useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
  const postUrl = safeHref(action);
  if (action !== undefined && !postUrl) devWarn(`NewsletterCta: ignored the unsafe \`action\` "${String(action)}".`);
  if (!onSubscribe && !postUrl) {
    devWarn('NewsletterCta has neither `onSubscribe` nor an `action`: the address cannot be sent anywhere.');
  }
  if (!title) devWarn('NewsletterCta needs a `title`: it names the signup box for screen readers.');

  const { state, submit, edit } = useNewsletterSubscription({
    onSubscribe,
    canPost: !!postUrl,
    timeoutMs,
    minFillTimeMs,
    onEvent,
    viewRef: boxRef,
  });
  const { status, error, suggestion } = state;

  // Focus moves in the same commit that hides the button, so it is never left on nothing.
  useCommitEffect(() => {
    const target = { email: fieldRef, consent: consentRef, message: messageRef }[state.focus!];
    target?.current?.focus();
  }, [state]);

  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    const data = new FormData(event.currentTarget);
    const handled = submit({
      email: String(data.get(fieldName) ?? ''),
      consent: consent ? data.has(consentName) : undefined,
      honeypot: honeypotName ? String(data.get(honeypotName) ?? '') : undefined,
    });
    if (handled) event.preventDefault();
  };

  const acceptSuggestion = () => {
    if (fieldRef.current && suggestion) fieldRef.current.value = suggestion;
    edit();
  };

  const busy = status === 'submitting';
  const done = status !== 'idle' && status !== 'error' && !busy;
  const fieldInvalid = isInputProblem(error);
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const consentErrorId = `${id}-consent-error`;
  const errorMessage = (text: string) => (
    <p>
      <S.VisuallyHidden>{labels.newsletterErrorPrefix}</S.VisuallyHidden> {text}
    </p>
  );
  const consentBlock = consent ? (
    <S.Consent>
      <S.ConsentOption>
        <input
          ref={consentRef}
          type="checkbox"
          id={`${id}-consent`}
          name={consentName}
          value="yes"
          required
          aria-invalid={state.consentMissing || undefined}
          aria-describedby={state.consentMissing ? consentErrorId : undefined}
        />
        <label htmlFor={`${id}-consent`}>{consent === true ? labels.newsletterConsentLabel : consent}</label>
      </S.ConsentOption>
      <S.ErrorText id={consentErrorId} role="alert">
        {state.consentMissing && errorMessage(labels.newsletterErrorConsent)}
      </S.ErrorText>
    </S.Consent>
  ) : null;
  const note = privacyNote === undefined ? labels.newsletterPrivacyNote : privacyNote;

  return (
    <S.Box
      ref={boxRef}
      data-ak="NewsletterCta"
      data-state={status}
      aria-labelledby={`${id}-title`}
      className={className}
    >
      <S.Title as={`h${headingLevel >= 2 && headingLevel <= 6 ? headingLevel : 2}` as 'h2'} id={`${id}-title`}>
        {title}
      </S.Title>
      {description ? <S.Description>{description}</S.Description> : null}
      {badge ? <S.Badge>{badge}</S.Badge> : null}
      <S.Form action={postUrl} method={method === 'get' ? 'get' : 'post'} noValidate={hydrated} onSubmit={onSubmit}>
        <S.Fields hidden={done}>
          <label htmlFor={`${id}-email`}>{labels.newsletterEmailLabel}</label>
          <S.Row>
            <S.Field
              ref={fieldRef}
              id={`${id}-email`}
              name={fieldName}
              type="text"
              inputMode="email"
              autoComplete="email"
              autoCapitalize="none"
              spellCheck={false}
              placeholder={labels.newsletterEmailPlaceholder}
              required
              readOnly={busy}
              aria-invalid={fieldInvalid || undefined}
              aria-describedby={[fieldInvalid && errorId, suggestion && hintId].filter(Boolean).join(' ') || undefined}
              onInput={suggestion ? edit : undefined}
            />
            {consentBlock}
            <S.Submit type="submit" aria-disabled={busy || undefined}>
              {labels.newsletterSubmit}
            </S.Submit>
          </S.Row>
          <S.ErrorText id={errorId} role="alert">
            {error && errorMessage(labels[ERROR_LABELS[error]])}
          </S.ErrorText>
          {honeypotName ? (
            <S.Trap aria-hidden="true">
              <input type="text" name={honeypotName} tabIndex={-1} autoComplete="off" defaultValue="" />
            </S.Trap>
          ) : null}
        </S.Fields>
        <S.Status role="status">
          {busy ? <p>{labels.newsletterSubmitting}</p> : null}
          {suggestion ? (
            <>
              <p id={hintId}>{formatLabel(labels.newsletterTypoHint, { suggestion })}</p>
              <S.TextButton type="button" onClick={acceptSuggestion}>
                {formatLabel(labels.newsletterTypoAccept, { suggestion })}
              </S.TextButton>
            </>
          ) : null}
          {done ? (
            <div ref={messageRef} tabIndex={-1}>
              {successText(state, labels, successMessage)}
            </div>
          ) : null}
        </S.Status>
        {status === 'pending-confirmation' ? (
          <S.TextButton type="button" onClick={edit}>
            {labels.newsletterChangeEmail}
          </S.TextButton>
        ) : null}
      </S.Form>
      {note ? <S.Note>{note}</S.Note> : null}
    </S.Box>
  );
}

function successText(
  { status, email }: NewsletterState,
  labels: (typeof newsletterStrings)['en'],
  successMessage: React.ReactNode,
): React.ReactNode {
  if (status === 'already-subscribed') return labels.newsletterAlreadySubscribed;
  if (status === 'pending-confirmation') return formatLabel(labels.newsletterPending, { email });
  return successMessage ?? labels.newsletterSuccess;
}
