import { SubscribeError } from './newsletterLogic';
import { FORM_POSTED, postToAction, subscribeResultForResponse } from './submitToAction';

/** The SubscribeError code that a status throws, or the result it resolves to. */
function outcome(status: number, body?: string) {
  try {
    return subscribeResultForResponse(status, body);
  } catch (error) {
    expect(error).toBeInstanceOf(SubscribeError);
    return `error: ${(error as SubscribeError).code}`;
  }
}

describe('subscribeResultForResponse', () => {
  it.each([200, 201, 202, 204, 299])('%s without a body: subscribed', (status) => {
    expect(outcome(status)).toBe('subscribed');
    expect(outcome(status, '')).toBe('subscribed');
  });

  it.each([
    ['{"status":"pending-confirmation"}', 'pending-confirmation'],
    ['{ "status": "already-subscribed", "id": 7 }', 'already-subscribed'],
    ['{"status":"subscribed"}', 'subscribed'],
    ['{"status":"ok"}', 'subscribed'],
    ['{"state":"pending-confirmation"}', 'subscribed'],
    ['"pending-confirmation"', 'subscribed'],
    ['null', 'subscribed'],
    ['[]', 'subscribed'],
    ['<!doctype html><h1>Danke für deine Anmeldung!</h1>', 'subscribed'],
    ['{"status":"pending-confirmation"', 'subscribed'],
  ])('2xx with the body %s: %s', (body, result) => {
    expect(outcome(200, body)).toBe(result);
  });

  it('409: already subscribed, whatever the body', () => {
    expect(outcome(409)).toBe('already-subscribed');
    expect(outcome(409, '{"status":"pending-confirmation"}')).toBe('already-subscribed');
  });

  it.each([
    [400, 'invalid'],
    [422, 'invalid'],
    [429, 'rate-limited'],
    [401, 'server'],
    [403, 'server'],
    [404, 'server'],
    [410, 'server'],
    [500, 'server'],
    [502, 'server'],
    [503, 'server'],
    [504, 'server'],
    [0, 'unknown'],
    [101, 'unknown'],
    [304, 'unknown'],
  ])('%s throws a SubscribeError "%s"', (status, code) => {
    expect(outcome(status, '{"status":"pending-confirmation"}')).toBe(`error: ${code}`);
  });
});

describe('postToAction', () => {
  let form: HTMLFormElement;
  const fields = () =>
    new URLSearchParams([
      ['email', 'jana@beispiel.de'],
      ['consent', 'yes'],
      ['website', ''],
    ]);

  beforeEach(() => {
    form = document.createElement('form');
    document.body.append(form);
  });

  afterEach(() => {
    form.remove();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  /** Stubs fetch with one answer (or failure) and returns the mock. */
  function answer(response: Response | TypeError | DOMException) {
    const fetch = vi.fn<typeof globalThis.fetch>(async () => {
      if (!(response instanceof Response)) throw response;
      return response;
    });
    vi.stubGlobal('fetch', fetch);
    return fetch;
  }

  /** The URL and options of the one request sent. */
  function request(fetch: ReturnType<typeof answer>) {
    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0]!;
    return { url: String(url), init: init! };
  }

  it('posts the fields urlencoded to the action, asking for JSON, and reads the answer', async () => {
    const fetch = answer(Response.json({ status: 'pending-confirmation' }));
    const signal = new AbortController().signal;
    await expect(postToAction(form, '/newsletter/anmelden?quelle=artikel', 'post', fields(), signal)).resolves.toBe(
      'pending-confirmation',
    );
    const { url, init } = request(fetch);
    expect(url).toBe(new URL('/newsletter/anmelden?quelle=artikel', document.baseURI).href);
    expect(init).toMatchObject({ method: 'post', credentials: 'same-origin', redirect: 'follow', signal });
    expect(new Headers(init.headers).get('Accept')).toBe('application/json');
    expect(init.body).toBeInstanceOf(URLSearchParams);
    expect(String(init.body)).toBe('email=jana%40beispiel.de&consent=yes&website=');
    // Sent as a form post is: fetch gives a URLSearchParams body this content type.
    expect(new Request(url, init).headers.get('content-type')).toMatch(/^application\/x-www-form-urlencoded/);
  });

  it('sends the fields in the query string with get, in place of the action’s own', async () => {
    const fetch = answer(new Response(null, { status: 204 }));
    await expect(
      postToAction(form, 'https://news.example/subscribe?alt=1#form', 'get', fields(), new AbortController().signal),
    ).resolves.toBe('subscribed');
    const { url, init } = request(fetch);
    expect(url).toBe('https://news.example/subscribe?email=jana%40beispiel.de&consent=yes&website=#form');
    expect(init.method).toBe('get');
    expect(init.body).toBeUndefined();
  });

  it.each([
    [new Response('<h1>Danke!</h1>', { status: 200 }), 'subscribed'],
    [Response.json({ status: 'already-subscribed' }, { status: 201 }), 'already-subscribed'],
    [Response.json({ error: 'exists' }, { status: 409 }), 'already-subscribed'],
  ])('resolves a 2xx or 409 answer (%#)', async (response, result) => {
    answer(response);
    await expect(postToAction(form, '/n', 'post', fields(), new AbortController().signal)).resolves.toBe(result);
  });

  it.each([
    [400, 'invalid'],
    [422, 'invalid'],
    [429, 'rate-limited'],
    [404, 'server'],
    [500, 'server'],
    [503, 'server'],
  ])('rejects a %s answer with the SubscribeError "%s"', async (status, code) => {
    answer(new Response('{"status":"pending-confirmation"}', { status }));
    await expect(postToAction(form, '/n', 'post', fields(), new AbortController().signal)).rejects.toMatchObject({
      name: 'SubscribeError',
      code,
    });
  });

  it('hands a cross-origin signup that got no answer to the browser’s own form post', async () => {
    const submit = vi.spyOn(HTMLFormElement.prototype, 'submit').mockImplementation(() => {});
    answer(new TypeError('Failed to fetch'));
    await expect(
      postToAction(form, 'https://news.example/subscribe', 'post', fields(), new AbortController().signal),
    ).rejects.toBe(FORM_POSTED);
    expect(submit).toHaveBeenCalledTimes(1);
    expect(submit.mock.contexts[0]).toBe(form);
  });

  it('rejects as fetch did, without a form post, on its own origin, offline, or on abort', async () => {
    const submit = vi.spyOn(HTMLFormElement.prototype, 'submit').mockImplementation(() => {});
    const failure = new TypeError('Failed to fetch');
    answer(failure);
    await expect(postToAction(form, '/n', 'post', fields(), new AbortController().signal)).rejects.toBe(failure);
    await expect(
      postToAction(form, `${location.origin}/n`, 'post', fields(), new AbortController().signal),
    ).rejects.toBe(failure);

    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    await expect(
      postToAction(form, 'https://news.example/subscribe', 'post', fields(), new AbortController().signal),
    ).rejects.toBe(failure);
    onLine.mockRestore();

    const timeout = new DOMException('Timed out', 'TimeoutError');
    answer(timeout);
    await expect(
      postToAction(form, 'https://news.example/subscribe', 'post', fields(), new AbortController().signal),
    ).rejects.toBe(timeout);
    expect(submit).not.toHaveBeenCalled();
  });
});
