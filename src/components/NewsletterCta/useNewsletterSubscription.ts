'use client';

import * as React from 'react';
import { devWarn } from '../../internal/warn';
import {
  checkEmail,
  classifySubscribeError,
  normalizeEmail,
  suggestEmail,
  type EmailProblem,
  type SubscribeErrorCode,
  type SubscribeResult,
} from './newsletterLogic';

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

/** Options of {@link useNewsletterSubscription}. */
export interface NewsletterSubscriptionOptions {
  /** Sends the address; without it, a valid submit is left to the form's own post. */
  onSubscribe?: SubscribeHandler;
  /** Whether the form can post natively (it has a safe `action`). */
  canPost?: boolean;
  /** The request is aborted after this long. @default 10000 */
  timeoutMs?: number;
  /** Submits sooner than this after mount are dropped as spam. @default 2000 */
  minFillTimeMs?: number;
  /** Analytics callback. */
  onEvent?: (event: NewsletterEvent) => void;
  /** The box: `view` is reported once when half of it is on screen. */
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
const INPUT_PROBLEMS: ReadonlySet<string> = new Set(['empty', 'format', 'too-long', 'invalid']);

/** True when the error is about the address itself, so the field is marked invalid. */
export const isInputProblem = (code: NewsletterState['error']): boolean => !!code && INPUT_PROBLEMS.has(code);

/**
 * State and actions of a newsletter signup: validation, typo hint, spam traps, one request per
 * submit, timeout and abort on unmount. Renders nothing; `NewsletterCta` is its default view.
 */
export function useNewsletterSubscription({
  onSubscribe,
  canPost = false,
  timeoutMs = 10_000,
  minFillTimeMs = 2000,
  onEvent,
  viewRef,
}: NewsletterSubscriptionOptions) {
  const [state, setState] = React.useState(IDLE);
  const request = React.useRef<AbortController>(undefined);
  const hinted = React.useRef('');
  const mountedAt = React.useRef(0);
  const viewed = React.useRef(false);
  const emitRef = React.useRef(onEvent);
  React.useEffect(() => {
    emitRef.current = onEvent;
  });
  const emit = (event: NewsletterEvent) => emitRef.current?.(event);

  React.useEffect(() => {
    mountedAt.current = Date.now();
    return () => {
      // Forget the request first, so its abort is not reported as a timeout.
      const pending = request.current;
      request.current = undefined;
      pending?.abort();
    };
  }, []);

  React.useEffect(() => {
    const box = viewRef?.current;
    const view = () => {
      if (viewed.current) return;
      viewed.current = true;
      emitRef.current?.({ type: 'view' });
    };
    if (!box || typeof IntersectionObserver !== 'function') return view();
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) view();
      },
      { threshold: 0.5 },
    );
    observer.observe(box);
    return () => observer.disconnect();
  }, [viewRef]);

  /** Handles a submit. Returns false when the form should post natively instead. */
  function submit({ email: raw, consent, honeypot }: NewsletterSubmission): boolean {
    if (request.current) return true;
    const email = normalizeEmail(raw);
    const problem = checkEmail(email);
    const consentMissing = consent === false;
    if (problem || consentMissing) {
      setState({ status: 'error', email, error: problem, consentMissing, focus: problem ? 'email' : 'consent' });
      if (problem) emit({ type: 'error', code: problem });
      if (consentMissing) emit({ type: 'error', code: 'consent' });
      return true;
    }
    const suggestion = suggestEmail(email);
    if (suggestion && hinted.current !== email) {
      hinted.current = email;
      setState({ status: 'idle', email, suggestion, focus: 'email' });
      return true;
    }
    const tooFast = Date.now() - mountedAt.current < minFillTimeMs;
    if (honeypot || tooFast) {
      // Dropped without a word: a bot that is told why learns to avoid the trap.
      setState({ status: 'subscribed', email, focus: 'message' });
      emit({ type: 'spam', reason: honeypot ? 'honeypot' : 'too-fast' });
      return true;
    }
    emit({ type: 'submit' });
    if (!onSubscribe) {
      if (canPost) return false;
      fail(email, 'unknown');
      return true;
    }
    if (typeof navigator === 'object' && navigator.onLine === false) {
      fail(email, 'network');
      return true;
    }
    void send(email, onSubscribe);
    return true;
  }

  function fail(email: string, code: SubscribeErrorCode) {
    setState({ status: 'error', email, error: code, focus: code === 'invalid' ? 'email' : undefined });
    emit({ type: 'error', code });
  }

  async function send(email: string, handler: SubscribeHandler) {
    let wait = timeoutMs;
    if (!(wait > 0 && wait < Infinity)) {
      devWarn('NewsletterCta: `timeoutMs` must be a positive number of milliseconds; using 10000.');
      wait = 10_000;
    }
    const controller = new AbortController();
    request.current = controller;
    const timer = setTimeout(() => {
      settle(() => fail(email, 'timeout'));
      controller.abort(new DOMException('The newsletter request timed out.', 'TimeoutError'));
    }, wait);
    // Runs once per request: a late answer after a timeout or unmount changes nothing.
    const settle = (finish: () => void) => {
      if (request.current !== controller) return;
      request.current = undefined;
      clearTimeout(timer);
      finish();
    };
    setState({ status: 'submitting', email });
    try {
      const answer = await handler(email, { signal: controller.signal });
      const result: SubscribeResult =
        answer === 'already-subscribed' || answer === 'pending-confirmation' ? answer : 'subscribed';
      settle(() => {
        setState({ status: result, email, focus: 'message' });
        emit({ type: 'success', result });
      });
    } catch (error) {
      settle(() => fail(email, classifySubscribeError(error)));
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
