// The box without `onSubscribe`: the form's own fields sent to its `action` with fetch, and the
// answer read by the contract a newsletter endpoint follows. No React.
import { SubscribeError, errorCodeForStatus, isOffline, type SubscribeResult } from './newsletterLogic';

/**
 * Thrown by {@link postToAction} once it has handed the signup to the browser's own form post:
 * the page is leaving, the box neither succeeded nor failed.
 */
export const FORM_POSTED = 'form-posted';

/**
 * What the answer of a newsletter endpoint means: a 2xx is `subscribed`, refined by a JSON body
 * `{ "status": "pending-confirmation" | "already-subscribed" }` (any other body, JSON or not,
 * leaves it `subscribed`); 409 is `already-subscribed`. Any other status throws a
 * {@link SubscribeError} with the code of {@link errorCodeForStatus}.
 */
export function subscribeResultForResponse(status: number, body = ''): SubscribeResult {
  if (status === 409) return 'already-subscribed';
  if (!(status >= 200 && status < 300)) throw new SubscribeError(errorCodeForStatus(status));
  let refined: unknown;
  try {
    refined = (JSON.parse(body) as { status?: unknown } | null)?.status;
  } catch {
    // Not JSON, e.g. the thank-you page of a plain form handler: subscribed.
  }
  return refined === 'already-subscribed' || refined === 'pending-confirmation' ? refined : 'subscribed';
}

/**
 * Sends `fields` to `action` as the form post would (post: an
 * `application/x-www-form-urlencoded` body; get: the query string), asking for JSON, and reads
 * the answer with {@link subscribeResultForResponse}. Rejects as `fetch` does when no answer
 * comes. A cross-origin `action` that fails without an answer while the browser is online is
 * most likely a service without CORS: the browser's own post of `form` still reaches it, so the
 * form is submitted natively and {@link FORM_POSTED} thrown.
 */
export async function postToAction(
  form: HTMLFormElement,
  action: string,
  method: 'post' | 'get',
  fields: URLSearchParams,
  signal: AbortSignal,
): Promise<SubscribeResult> {
  const url = new URL(action, form.baseURI);
  const get = method === 'get';
  if (get) url.search = String(fields);
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      body: get ? undefined : fields,
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
      redirect: 'follow',
      signal,
    });
  } catch (error) {
    if (error instanceof TypeError && url.origin !== location.origin && !isOffline()) {
      // Not `form.submit()`: a field named "submit" would shadow it.
      HTMLFormElement.prototype.submit.call(form);
      throw FORM_POSTED;
    }
    throw error;
  }
  return subscribeResultForResponse(response.status, response.ok ? await response.text() : '');
}
