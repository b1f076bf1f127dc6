// Pure newsletter logic: no React, no 'use client', so server code (an API route, a server
// action) can validate and classify with the same rules as the signup box.

/** What the reader's address is wrong with, checked on submit. */
export type EmailProblem = 'empty' | 'format' | 'too-long';

/**
 * How a subscription request failed. `invalid`: the service rejected the address;
 * `rate-limited`: too many attempts (HTTP 429); `server`: the service failed (5xx) or refused
 * the request for a reason the reader cannot fix (another 4xx); `network`: the reader is offline
 * or the request never reached the service; `timeout`: no answer within `timeoutMs`; `unknown`:
 * anything else (shown as a retryable error).
 */
export type SubscribeErrorCode = 'invalid' | 'rate-limited' | 'server' | 'network' | 'timeout' | 'unknown';

/**
 * What `onSubscribe` resolves with. `subscribed`: the address is on the list;
 * `already-subscribed`: it was on the list before; `pending-confirmation`: a double opt-in link
 * was sent. Resolving with nothing counts as `subscribed`.
 */
export type SubscribeResult = 'subscribed' | 'already-subscribed' | 'pending-confirmation';

/**
 * Every status a signup box can be in, and every error code it can show (`consent`: the consent
 * box was not ticked), for checking a state that comes from untyped data.
 */
export const NEWSLETTER_STATUSES = [
  'idle',
  'submitting',
  'error',
  'subscribed',
  'already-subscribed',
  'pending-confirmation',
] as const;
export const NEWSLETTER_ERROR_CODES = [
  'empty',
  'format',
  'too-long',
  'consent',
  'invalid',
  'rate-limited',
  'server',
  'network',
  'timeout',
  'unknown',
] as const satisfies readonly (EmailProblem | SubscribeErrorCode | 'consent')[];

/**
 * Reject `onSubscribe` with this to say precisely what went wrong; the box shows the matching
 * message. Other rejections are classified by {@link classifySubscribeError}.
 * @example if (res.status === 429) throw new SubscribeError('rate-limited');
 */
export class SubscribeError extends Error {
  /** What went wrong; decides the message the reader sees. */
  readonly code: SubscribeErrorCode;

  constructor(code: SubscribeErrorCode, message: string = code, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SubscribeError';
    this.code = code;
  }
}

/**
 * Error code for the HTTP status of a failed answer: 429 `rate-limited`, 400 and 422 `invalid`,
 * any other 4xx or 5xx `server` (the service or its setup failed, nothing the reader can fix),
 * anything else `unknown`.
 */
export function errorCodeForStatus(status: number): SubscribeErrorCode {
  return status === 429
    ? 'rate-limited'
    : status === 400 || status === 422
      ? 'invalid'
      : status >= 400 && status < 600
        ? 'server'
        : 'unknown';
}

/** True when the browser knows it has no network. */
export const isOffline = (): boolean => globalThis.navigator?.onLine === false;

/**
 * Maps anything `onSubscribe` rejects with to an error code: a {@link SubscribeError} keeps its
 * code; anything with a numeric `status` (a `Response`, an HTTP client's error) is mapped by
 * status; a `TimeoutError` is a timeout; a `TypeError` (what `fetch` throws when the network
 * fails) or an offline browser is `network`.
 */
export function classifySubscribeError(error: unknown): SubscribeErrorCode {
  const { status, name } = Object(error) as { status?: unknown; name?: unknown };
  return error instanceof SubscribeError
    ? error.code
    : typeof status === 'number'
      ? errorCodeForStatus(status)
      : name === 'TimeoutError'
        ? 'timeout'
        : error instanceof TypeError || isOffline()
          ? 'network'
          : 'unknown';
}

// Zero-width spaces and joiners, soft hyphens, byte order marks, direction marks: invisible
// format characters that arrive with pasted addresses.
const INVISIBLE = /\p{Cf}/gu;

/** The address as it is sent: invisible characters removed, outer spaces trimmed, NFC form. */
export function normalizeEmail(raw: string): string {
  return String(raw).replace(INVISIBLE, '').trim().normalize('NFC');
}

// Local part: no spaces or specials, no leading, trailing or double dots. Domain: labels of
// letters (any script, so IDN addresses pass), digits and inner hyphens; a TLD of letters or
// its punycode form.
const EMAIL =
  /^(?!\.)(?!.*\.\.)[^\s@"(),:;<>[\\\]]{1,64}(?<!\.)@(?:(?!-)[\p{L}\p{M}\p{N}-]{1,63}(?<!-)\.)+(?:[\p{L}\p{M}]{2,63}|xn--[a-z\d-]{1,59})$/iu;

/** Checks a normalised address; `undefined` when it can be sent. */
export function checkEmail(email: string): EmailProblem | undefined {
  return !email ? 'empty' : email.length > 254 ? 'too-long' : EMAIL.test(email) ? undefined : 'format';
}

// The mailbox domains German readers use most. Only a single slip is corrected, so real
// neighbours such as gmx.net or gmx.at are never "fixed".
const DOMAINS = ['gmail.com', 'gmx.de', 'web.de', 't-online.de', 'outlook.com'];
const TLD_TYPOS: Record<string, string> = { con: 'com', cmo: 'com', ocm: 'com', vom: 'com', dee: 'de', nte: 'net' };

/**
 * A likely intended address when the domain looks like a typo of a common mailbox domain
 * (`gmial.com`, `gmx.dee`) or of a common ending (`.con`); otherwise `undefined`.
 */
export function suggestEmail(email: string): string | undefined {
  const at = email.lastIndexOf('@');
  const domain = email.slice(at + 1).toLowerCase();
  const fix =
    DOMAINS.find((known) => oneSlipApart(domain, known)) ??
    domain.replace(/(?<=\.)[a-z]+$/, (tld) => TLD_TYPOS[tld] ?? tld);
  return at > 0 && fix !== domain ? email.slice(0, at + 1) + fix : undefined;
}

// Equal, or one typo apart: a letter changed, added or dropped, or two neighbours swapped
// (gmial → gmail). Longer slips are more often a different, real domain.
function oneSlipApart(a: string, b: string): boolean {
  let i = 0;
  while (a[i] && a[i] === b[i]) i++;
  const restEqual = (skipA: number, skipB: number) => a.slice(i + skipA) === b.slice(i + skipB);
  return (
    restEqual(1, 1) || restEqual(1, 0) || restEqual(0, 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && restEqual(2, 2))
  );
}
