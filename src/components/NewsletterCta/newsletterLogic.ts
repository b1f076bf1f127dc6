// Pure newsletter logic: no React, no 'use client', so server code (an API route, a server
// action) can validate and classify with the same rules as the signup box.

/** What the reader's address is wrong with, checked on submit. */
export type EmailProblem = 'empty' | 'format' | 'too-long';

/**
 * How a subscription request failed. `invalid`: the service rejected the address;
 * `rate-limited`: too many attempts (HTTP 429); `server`: the service failed (5xx);
 * `network`: the reader is offline or the request never reached the service; `timeout`: no
 * answer within `timeoutMs`; `unknown`: anything else (shown as a retryable error).
 */
export type SubscribeErrorCode = 'invalid' | 'rate-limited' | 'server' | 'network' | 'timeout' | 'unknown';

/**
 * What `onSubscribe` resolves with. `subscribed`: the address is on the list;
 * `already-subscribed`: it was on the list before; `pending-confirmation`: a double opt-in link
 * was sent. Resolving with nothing counts as `subscribed`.
 */
export type SubscribeResult = 'subscribed' | 'already-subscribed' | 'pending-confirmation';

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

/** Error code for an HTTP status of a failed response. */
export function errorCodeForStatus(status: number): SubscribeErrorCode {
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'server';
  if (status === 400 || status === 422) return 'invalid';
  return 'unknown';
}

/**
 * Maps anything `onSubscribe` rejects with to an error code: a {@link SubscribeError} keeps its
 * code; anything with a numeric `status` (a `Response`, an HTTP client's error) is mapped by
 * status; a `TimeoutError` is a timeout; a `TypeError` (what `fetch` throws when the network
 * fails) or an offline browser is `network`.
 */
export function classifySubscribeError(error: unknown): SubscribeErrorCode {
  if (error instanceof SubscribeError) return error.code;
  const status = (error as { status?: unknown } | null)?.status;
  if (typeof status === 'number') return errorCodeForStatus(status);
  if ((error as { name?: unknown } | null)?.name === 'TimeoutError') return 'timeout';
  if (error instanceof TypeError || (typeof navigator === 'object' && navigator.onLine === false)) return 'network';
  return 'unknown';
}

// Zero-width and other invisible characters that arrive with pasted addresses.
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]/g;

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
  if (!email) return 'empty';
  if (email.length > 254) return 'too-long';
  return EMAIL.test(email) ? undefined : 'format';
}

// Mailbox domains German readers use most, including the real neighbours of likely typos
// (gmx.net, gmx.at), so those are never "corrected".
const DOMAINS = [
  'gmail.com',
  'googlemail.com',
  'gmx.de',
  'gmx.net',
  'gmx.at',
  'gmx.ch',
  'web.de',
  't-online.de',
  'outlook.com',
  'outlook.de',
  'hotmail.com',
  'hotmail.de',
  'yahoo.com',
  'yahoo.de',
  'icloud.com',
  'posteo.de',
  'freenet.de',
];
const TLD_TYPOS: Record<string, string> = { con: 'com', cmo: 'com', ocm: 'com', vom: 'com', dee: 'de', nte: 'net' };

/**
 * A likely intended address when the domain looks like a typo of a common mailbox domain
 * (`gmial.com`, `gmx.dee`) or of a common ending (`.con`); otherwise `undefined`.
 */
export function suggestEmail(email: string): string | undefined {
  const at = email.lastIndexOf('@');
  if (at < 1) return undefined;
  const domain = email.slice(at + 1).toLowerCase();
  if (DOMAINS.includes(domain)) return undefined;
  let best: string | undefined;
  let bestDistance = domain.length > 7 ? 3 : 2;
  for (const known of DOMAINS) {
    const d = distance(domain, known);
    if (d < bestDistance) [best, bestDistance] = [known, d];
  }
  if (!best) {
    const dot = domain.lastIndexOf('.');
    const tld = TLD_TYPOS[domain.slice(dot + 1)];
    if (dot > 0 && tld) best = `${domain.slice(0, dot)}.${tld}`;
  }
  return best && `${email.slice(0, at)}@${best}`;
}

// Edit distance where swapping two neighbouring letters counts as one edit (gmial → gmail).
function distance(a: string, b: string): number {
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = (rows[i] = [i]);
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row[j] = j;
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      row[j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}
