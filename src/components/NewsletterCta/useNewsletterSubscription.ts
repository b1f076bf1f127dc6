'use client';

import * as React from 'react';
import { devWarn } from '../../internal/warn';
import {
  checkEmail,
  classifySubscribeError,
  isOffline,
  NEWSLETTER_STATUSES,
  normalizeEmail,
  suggestEmail,
  type EmailProblem,
  type SubscribeErrorCode,
  type SubscribeResult,
} from './newsletterLogic';
import { FORM_POSTED } from './submitToAction';

/** Sends the address to the host's newsletter service. Abort the request when `signal` fires. */
export type SubscribeHandler = (email: string, options: { signal: AbortSignal }) => Promise<SubscribeResult | void>;

/** Every reason the box shows an error: a problem with the input, or a failed request. */
export type NewsletterErrorCode = EmailProblem | 'consent' | SubscribeErrorCode;

/** Analytics events. None of them carries the reader's address. */
export type NewsletterEvent =
  | { type: 'view' }
  | { type: 'submit' }
  | { type: 'success'; result: SubscribeResult }
  | { type: 'error'; code: NewsletterErrorCode }
  | { type: 'spam'; reason: 'honeypot' | 'too-fast' };

/** Where the box stands. */
export type NewsletterStatus = 'idle' | 'submitting' | 'error' | SubscribeResult;

/** State of one signup box. */
export interface NewsletterState {
  status: NewsletterStatus;
  /** The address as last submitted (normalised). */
  email: string;
  /** Shown below the field; an input problem also marks the field invalid. */
  error?: Exclude<NewsletterErrorCode, 'consent'>;
  /** The consent box was not ticked. */
  consentMissing?: boolean;
  /** A likely intended address, offered before the first request for a suspicious domain. */
  suggestion?: string;
  /** What should receive focus after this state renders. */
  focus?: 'email' | 'consent' | 'message';
}

/**
 * The state a box first renders in. After a plain form post (no JavaScript) the host's server can
 * render the answer in place: `{ status: 'subscribed', email }`, or `{ status: 'error', error:
 * 'format', email }` with the address back in the field. `'submitting'` shows the busy look, for
 * design previews; nothing is being sent, and the reader can submit as usual.
 */
export type NewsletterInitialState =
  | { status: 'idle' | 'submitting' | SubscribeResult; email?: string }
  | { status: 'error'; error: NewsletterErrorCode; email?: string };

/** Options of {@link useNewsletterSubscription}. */
export interface NewsletterSubscriptionOptions {
  /** The state to start in, e.g. the answer to a plain form post. @default { status: 'idle' } */
  initialState?: NewsletterInitialState;
  /** Sends the address; without it, a valid submit is left to the form's own post. */
  onSubscribe?: SubscribeHandler;
  /** Whether the form can post natively (it has a safe `action`). */
  canPost?: boolean;
  /** The request is aborted after this long. @default 10000 */
  timeoutMs?: number;
  /**
   * Submits sooner than this after mount are dropped as spam, and so is a submit with no
   * interaction (focus, pointer, key or input) inside `viewRef` before it. `0` turns the time
   * trap off. @default 1000
   */
  minFillTimeMs?: number;
  /** Analytics callback. */
  onEvent?: (event: NewsletterEvent) => void;
  /**
   * The box: `view` is reported once when half of it is on screen, and the time trap watches it
   * for a reader's interaction.
   */
  viewRef?: React.RefObject<Element | null>;
}

/** What the reader submitted. */
export interface NewsletterSubmission {
  email: string;
  /** Whether the consent box is ticked; `undefined` when the box asks for no consent. */
  consent?: boolean;
  /** Value of the honeypot field: only bots fill it. */
  honeypot?: string;
}

const IDLE: NewsletterState = { status: 'idle', email: '' };

/**
 * The first state from a host's `initialState`, which may come from untyped data: an unknown
 * status starts idle (an unknown error code shows the generic message). Nothing takes focus on load.
 */
function startFrom(initial: NewsletterInitialState | undefined): NewsletterState {
  if (typeof initial !== 'object' || initial === null) return IDLE;
  const email = typeof initial.email === 'string' ? initial.email : '';
  if (!(NEWSLETTER_STATUSES as readonly string[]).includes(initial.status)) {
    devWarn(`NewsletterCta: ignored the unknown \`initialState.status\` "${String(initial.status)}".`);
    return { status: 'idle', email };
  }
  if (initial.status !== 'error') return { status: initial.status, email };
  return initial.error === 'consent'
    ? { status: 'error', email, consentMissing: true }
    : { status: 'error', email, error: initial.error };
}

/**
 * State and actions of a newsletter signup: validation, typo hint, spam traps, one request per
 * submit, timeout and abort on unmount. Renders nothing; `NewsletterCta` is its default view.
 */
export function useNewsletterSubscription({
  initialState,
  onSubscribe,
  canPost = false,
  timeoutMs = 10_000,
  minFillTimeMs = 1000,
  onEvent,
  viewRef,
}: NewsletterSubscriptionOptions) {
  const [state, setState] = React.useState(() => startFrom(initialState));
  // What outlives a render: the request in flight, the address already hinted, when the box was
  // mounted (NaN until then), whether a reader interacted with it, whether `view` was reported,
  // the latest `onEvent`.
  const live = React.useRef({
    request: undefined as AbortController | undefined,
    hinted: '',
    startedAt: NaN,
    interacted: false,
    viewed: false,
    onEvent,
  });
  React.useEffect(() => {
    live.current.onEvent = onEvent;
  });
  const report = (next: NewsletterState, event?: NewsletterEvent) => {
    setState(next);
    if (event) live.current.onEvent?.(event);
  };

  React.useEffect(() => {
    const self = live.current;
    return () => {
      // Forget the request first, so its abort is not reported as a timeout.
      const pending = self.request;
      self.request = undefined;
      pending?.abort();
    };
  }, []);

  React.useEffect(() => {
    const self = live.current;
    const box = viewRef?.current;
    const listening = new AbortController();
    // Counting from mount, not from the first interaction: a reader who picks an address the
    // browser offers and clicks at once is never taken for a bot. A scripted submit is: it comes
    // either within the first moment or without any focus, pointer, key or input event before it.
    self.startedAt = Date.now();
    const interact = () => {
      self.interacted = true;
    };
    const view = () => {
      if (!self.viewed) self.onEvent?.({ type: 'view' });
      self.viewed = true;
    };
    if (!box) interact();
    for (const type of ['focusin', 'pointerdown', 'keydown', 'input']) {
      box?.addEventListener(type, interact, { signal: listening.signal });
    }
    const observer =
      box && typeof IntersectionObserver === 'function'
        ? new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && view(), {
            threshold: 0.5,
          })
        : view();
    observer?.observe(box!);
    return () => {
      observer?.disconnect();
      listening.abort();
    };
  }, [viewRef]);

  /** Handles a submit. Returns false when the form should post natively instead. */
  function submit({ email: raw, consent, honeypot }: NewsletterSubmission): boolean {
    const self = live.current;
    const email = normalizeEmail(raw);
    const error = checkEmail(email);
    const consentMissing = consent === false;
    const suggestion = suggestEmail(email);
    if (self.request) {
      // One request per submit: repeats while it is under way send nothing.
    } else if (error || consentMissing) {
      setState({ status: 'error', email, error, consentMissing, focus: error ? 'email' : 'consent' });
      if (error) self.onEvent?.({ type: 'error', code: error });
      if (consentMissing) self.onEvent?.({ type: 'error', code: 'consent' });
    } else if (suggestion && self.hinted !== email) {
      self.hinted = email;
      setState({ status: 'idle', email, suggestion, focus: 'email' });
    } else if (
      honeypot ||
      (minFillTimeMs > 0 && (!self.interacted || !(Date.now() - self.startedAt >= minFillTimeMs)))
    ) {
      // Dropped without a word: a bot that is told why learns to avoid the trap.
      report(
        { status: 'subscribed', email, focus: 'message' },
        { type: 'spam', reason: honeypot ? 'honeypot' : 'too-fast' },
      );
    } else {
      self.onEvent?.({ type: 'submit' });
      if (!onSubscribe && canPost) return false;
      void send(email);
    }
    return true;
  }

  async function send(email: string) {
    const self = live.current;
    const controller = new AbortController();
    // Runs once per request: a late answer after a timeout or unmount changes nothing.
    const settle = (next: NewsletterState, event?: NewsletterEvent) => {
      if (self.request !== controller) return;
      self.request = undefined;
      clearTimeout(timer);
      report(next, event);
    };
    const fail = (code: SubscribeErrorCode) =>
      settle(
        { status: 'error', email, error: code, focus: code === 'invalid' ? 'email' : undefined },
        { type: 'error', code },
      );
    if (!(timeoutMs > 0 && timeoutMs < Infinity)) {
      devWarn('NewsletterCta: `timeoutMs` must be a positive number of milliseconds; using 10000.');
    }
    const timer = setTimeout(
      () => {
        fail('timeout');
        controller.abort(new DOMException('Timed out', 'TimeoutError'));
      },
      timeoutMs > 0 && timeoutMs < Infinity ? timeoutMs : 10_000,
    );
    self.request = controller;
    setState({ status: 'submitting', email });
    try {
      // Offline, or with nowhere to send it, the address is not sent: the failure is settled in
      // this same event, so no "submitting" is shown, and classified as offline or unknown.
      if (!onSubscribe || isOffline()) throw undefined;
      const answer = await onSubscribe(email, { signal: controller.signal });
      const result: SubscribeResult =
        answer === 'already-subscribed' || answer === 'pending-confirmation' ? answer : 'subscribed';
      settle({ status: result, email, focus: 'message' }, { type: 'success', result });
    } catch (error) {
      // Handed to the browser's own form post: the page is leaving, and if it stays (a
      // 204 answer, the back button) the form is ready again.
      if (error === FORM_POSTED) settle({ status: 'idle', email });
      else fail(classifySubscribeError(error));
    }
  }

  return {
    state,
    submit,
    /**
     * Back to the field with the last address: to correct it after a confirmation mail, or
     * after the reader accepted a typo suggestion.
     */
    edit: () => setState({ status: 'idle', email: state.email, focus: 'email' }),
  };
}

/** What {@link useNewsletterSubscription} returns. */
export type NewsletterSubscription = ReturnType<typeof useNewsletterSubscription>;
