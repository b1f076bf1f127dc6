import * as React from 'react';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';
import { ArticleKitProvider } from '../../provider';
import { axeViolations } from '../../../test/axe';
import { NewsletterCta, SubscribeError, type NewsletterCtaProps, type SubscribeHandler } from '.';

const reference = {
  title: 'KI WEEKLY',
  description:
    'Wöchentliches KI-Wissen kompakt und verständlich — jeden Sonntag in deinem Postfach. Schließe dich 2500+ Abonnenten an!',
  badge: 'Jeden Sonntag neu!',
};

const MESSAGES = {
  empty: 'Fehler: Gib deine E-Mail-Adresse ein',
  format: 'Fehler: Gib eine E-Mail-Adresse im richtigen Format ein, z. B. name@beispiel.de',
  tooLong: 'Fehler: Die E-Mail-Adresse darf höchstens 254 Zeichen haben',
  consent: 'Fehler: Bestätige, dass du den Newsletter möchtest',
  offline: 'Fehler: Du scheinst offline zu sein. Prüfe deine Verbindung.',
  server: 'Fehler: Der Dienst antwortet gerade nicht. Versuche es später erneut.',
  timeout: 'Fehler: Das hat zu lange gedauert. Versuche es erneut.',
  rateLimited: 'Fehler: Zu viele Versuche. Versuche es in einer Minute erneut.',
  generic: 'Fehler: Etwas ist schiefgelaufen. Versuche es erneut.',
  success: 'Danke! Du bist jetzt angemeldet.',
  submitting: 'Wird angemeldet …',
};

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (reason: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** Renders the German reference box with the time trap off, unless a test turns it on. */
function setup(props: Partial<NewsletterCtaProps> = {}, handler: SubscribeHandler = async () => 'subscribed') {
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  const onSubscribe = vi.fn(handler);
  const utils = render(
    <NewsletterCta locale="de" minFillTimeMs={0} onSubscribe={onSubscribe} {...reference} {...props} />,
  );
  const field = screen.getByRole('textbox', { name: 'E-Mail-Adresse' });
  const button = screen.getByRole('button', { name: 'Abonnieren' });
  const alert = () => screen.getAllByRole('alert')[0]!;
  const status = () => screen.getByRole('status');
  return { user, onSubscribe, field, button, alert, status, ...utils };
}

beforeEach(() => {
  vi.useFakeTimers({ shouldAdvanceTime: true });
});

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('NewsletterCta: the box', () => {
  it('shows the reference box: heading, text, badge, field, button and privacy note', () => {
    setup();
    const box = screen.getByRole('region', { name: 'KI WEEKLY' });
    expect(box).toHaveAttribute('data-ak', 'NewsletterCta');
    expect(within(box).getByRole('heading', { level: 2, name: 'KI WEEKLY' })).toBeVisible();
    expect(within(box).getByText(reference.description)).toBeVisible();
    expect(within(box).getByText('Jeden Sonntag neu!')).toBeVisible();
    expect(within(box).getByRole('textbox', { name: 'E-Mail-Adresse' })).toHaveAttribute(
      'placeholder',
      'name@beispiel.de',
    );
    expect(within(box).getByText('Wir respektieren deine Privatsphäre. Abmeldung jederzeit möglich.')).toBeVisible();
  });

  it('has a polite status and an assertive alert region, both present and empty from the first render', () => {
    const { status, alert } = setup();
    expect(status()).toBeEmptyDOMElement();
    expect(alert()).toBeEmptyDOMElement();
  });

  it('speaks English without a provider and German inside a German provider', () => {
    const { unmount } = render(<NewsletterCta title="AI Weekly" onSubscribe={async () => {}} />);
    expect(screen.getByRole('textbox', { name: 'Email address' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Subscribe' })).toBeInTheDocument();
    unmount();
    render(
      <ArticleKitProvider locale="de">
        <NewsletterCta title="KI WEEKLY" onSubscribe={async () => {}} />
      </ArticleKitProvider>,
    );
    expect(screen.getByRole('button', { name: 'Abonnieren' })).toBeInTheDocument();
  });

  it('takes a host privacy note with a link, hides it with null, and sets the heading level', () => {
    const { rerender } = render(
      <NewsletterCta
        {...reference}
        action="/newsletter/anmelden"
        headingLevel={3}
        privacyNote={
          <>
            Mehr in der <a href="/datenschutz">Datenschutzerklärung</a>.
          </>
        }
      />,
    );
    expect(screen.getByRole('heading', { level: 3, name: 'KI WEEKLY' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Datenschutzerklärung' })).toHaveAttribute('href', '/datenschutz');
    rerender(<NewsletterCta {...reference} action="/newsletter/anmelden" privacyNote={null} />);
    expect(screen.queryByText(/Privacy|Datenschutz/)).not.toBeInTheDocument();
  });

  it('renders text it is given as text, never as HTML', () => {
    render(<NewsletterCta title={'<img src=x onerror="alert(1)">KI'} badge="<b>neu</b>" action="/n" />);
    expect(screen.getByRole('heading', { name: '<img src=x onerror="alert(1)">KI' })).toBeInTheDocument();
    expect(screen.getByText('<b>neu</b>')).toBeInTheDocument();
    expect(document.querySelector('img, b')).toBeNull();
  });
});

describe('NewsletterCta: explicit id', () => {
  it('derives every part id from it, distinct for two boxes and the same in every render', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const page = (
      <>
        <NewsletterCta locale="de" minFillTimeMs={0} {...reference} id="ak-newsletter" action="/n" consent />
        <NewsletterCta locale="de" minFillTimeMs={0} title="KI KOMPAKT" id="seitenleiste" action="/n" />
      </>
    );
    const { rerender } = render(page);
    const [main, side] = screen.getAllByRole('region');
    expect(main).toHaveAttribute('id', 'ak-newsletter');
    expect(main).toHaveAccessibleName('KI WEEKLY');
    expect(side).toHaveAttribute('id', 'seitenleiste');
    expect(side).toHaveAccessibleName('KI KOMPAKT');
    const ids = () => [...document.querySelectorAll('[id]')].map((element) => element.id);
    expect(ids()).toEqual([
      'ak-newsletter',
      'ak-newsletter-title',
      'ak-newsletter-email',
      'ak-newsletter-consent',
      'ak-newsletter-consent-error',
      'ak-newsletter-error',
      'seitenleiste',
      'seitenleiste-title',
      'seitenleiste-email',
      'seitenleiste-error',
    ]);
    rerender(page);
    expect(ids()).toContain('seitenleiste-email');

    // Label, field, message and focus still belong together, each in its own box.
    const mainField = within(main!).getByRole('textbox', { name: 'E-Mail-Adresse' });
    const sideField = within(side!).getByRole('textbox', { name: 'E-Mail-Adresse' });
    await user.click(within(side!).getByRole('button', { name: 'Abonnieren' }));
    expect(sideField).toHaveFocus();
    expect(sideField).toHaveAccessibleDescription(MESSAGES.empty);
    expect(sideField).toHaveAttribute('aria-describedby', 'seitenleiste-error');
    expect(mainField).not.toHaveAttribute('aria-invalid');
    await user.type(mainField, 'jana@beispiel.de{Enter}');
    expect(within(main!).getByRole('checkbox')).toHaveAccessibleDescription(MESSAGES.consent);
    expect(within(main!).getByRole('checkbox')).toHaveFocus();
  });

  it('hydrates server markup rendered inside a larger tree as its own root, without a warning', async () => {
    const box = <NewsletterCta locale="de" {...reference} id="ak-newsletter" action="/newsletter/anmelden" consent />;
    // On the server the box sits among other parts that take ids from useId, as in an article
    // page, so ids from useId would differ between that tree and the box's own root.
    function Aside() {
      return <p id={React.useId()}>Mehr zum Thema</p>;
    }
    const page = document.createElement('div');
    page.innerHTML = renderToString(
      <main>
        <Aside />
        <Aside />
        <div>{box}</div>
      </main>,
    );
    const container = page.querySelector('main > div')!;
    expect(container.querySelector('label')).toHaveAttribute('for', 'ak-newsletter-email');
    document.body.append(page);
    const errors = vi.spyOn(console, 'error');
    const recoverable = vi.fn();
    const root = await act(async () => hydrateRoot(container, box, { onRecoverableError: recoverable }));
    expect(errors).not.toHaveBeenCalled();
    expect(recoverable).not.toHaveBeenCalled();
    expect(screen.getByRole('textbox', { name: 'E-Mail-Adresse' })).toHaveAttribute('id', 'ak-newsletter-email');
    expect(container.querySelector('form')).toHaveAttribute('novalidate');
    act(() => root.unmount());
    page.remove();
  });
});

describe('NewsletterCta: without JavaScript', () => {
  it('server-renders a real form post that the browser validates, with its styles', () => {
    const sheet = new ServerStyleSheet();
    const html = renderToString(
      sheet.collectStyles(
        <NewsletterCta locale="de" {...reference} action="/newsletter/anmelden" fieldName="EMAIL" consent />,
      ),
    );
    const css = sheet.getStyleTags();
    sheet.seal();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const form = doc.querySelector('form')!;
    expect(form.getAttribute('action')).toBe('/newsletter/anmelden');
    expect(form.getAttribute('method')).toBe('post');
    expect(form.hasAttribute('novalidate')).toBe(false);
    const field = doc.querySelector<HTMLInputElement>('input[name="EMAIL"]')!;
    expect(field.required).toBe(true);
    expect(field.getAttribute('autocomplete')).toBe('email');
    expect(doc.querySelector<HTMLInputElement>('input[name="consent"]')).toMatchObject({
      type: 'checkbox',
      checked: false,
      required: true,
    });
    expect(doc.querySelector('button[type="submit"]')?.textContent).toBe('Abonnieren');
    expect(doc.querySelector('[role="status"]')).not.toBeNull();
    expect(doc.querySelector('input[name="website"]')?.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(css).toMatch(/flex-wrap:\s*wrap/);
    expect(css).toMatch(/@media print/);
  });

  it('takes over validation once hydrated', async () => {
    const element = <NewsletterCta locale="de" {...reference} action="/newsletter/anmelden" />;
    const container = document.createElement('div');
    container.innerHTML = renderToString(element);
    document.body.append(container);
    const errors = vi.spyOn(console, 'error');
    const root = await act(async () => hydrateRoot(container, element));
    expect(container.querySelector('form')).toHaveAttribute('novalidate');
    expect(errors).not.toHaveBeenCalled();
    act(() => root.unmount());
    container.remove();
  });

  it('warns in development when the address cannot go anywhere, and says so on submit', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<NewsletterCta locale="de" minFillTimeMs={0} {...reference} />);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('neither `onSubscribe` nor an `action`'));
    await user.type(screen.getByRole('textbox'), 'jana@beispiel.de{Enter}');
    expect(screen.getByRole('alert')).toHaveTextContent(MESSAGES.generic);
    expect(screen.getByRole('textbox')).toHaveValue('jana@beispiel.de');
  });

  it('warns in development when only onSubscribe is given: without JavaScript the form would post to the page', () => {
    // Past the 10 s in which an earlier test's render said the same.
    vi.setSystemTime(Date.now() + 60_000);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(<NewsletterCta locale="de" {...reference} onSubscribe={async () => {}} />);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('has no `action`'));
    expect(container.querySelector('form')).not.toHaveAttribute('action');
    warn.mockRestore();
  });

  it('drops an unsafe action with a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<NewsletterCta {...reference} action="javascript:alert(1)" onSubscribe={async () => {}} />);
    expect(document.querySelector('form')).not.toHaveAttribute('action');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('unsafe'));
  });
});

describe('NewsletterCta: sending to action without onSubscribe', () => {
  type Answer = Response | TypeError | Promise<Response>;

  /**
   * The reference box posting to `action`, with fetch stubbed to give `answer`; returns the
   * requests it sent.
   */
  function setupAction(props: Partial<NewsletterCtaProps> = {}, answer: () => Answer = () => new Response()) {
    const requests: { url: string; init: RequestInit }[] = [];
    const fetch = vi.fn(async (url: string | URL | Request, init: RequestInit = {}) => {
      requests.push({ url: String(url), init });
      const response = await answer();
      if (response instanceof TypeError) throw response;
      return response;
    });
    vi.stubGlobal('fetch', fetch);
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const utils = render(
      <NewsletterCta locale="de" minFillTimeMs={0} {...reference} action="/newsletter/anmelden" {...props} />,
    );
    const field = screen.getByRole('textbox', { name: 'E-Mail-Adresse' });
    const button = screen.getByRole('button', { name: 'Abonnieren' });
    const alert = () => screen.getAllByRole('alert')[0]!;
    const status = () => screen.getByRole('status');
    return { user, fetch, requests, field, button, alert, status, ...utils };
  }

  /** A fetch answer that never comes; it fails when the request is aborted, as fetch does. */
  const pending = (init: RequestInit) =>
    new Promise<Response>((_resolve, reject) =>
      init.signal!.addEventListener('abort', () => reject(init.signal!.reason)),
    );

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('sends the form fields with fetch, asking for JSON, instead of leaving the page', async () => {
    const { user, field, button, requests } = setupAction({ consent: true, fieldName: 'EMAIL' });
    await user.type(field, '  jana@beispiel.de\u200b');
    await user.click(screen.getByRole('checkbox'));
    await user.click(button);
    expect(await screen.findByText(MESSAGES.success)).toHaveFocus();
    expect(requests).toHaveLength(1);
    const [{ url, init }] = requests as [(typeof requests)[0]];
    expect(url).toBe(new URL('/newsletter/anmelden', document.baseURI).href);
    expect(init).toMatchObject({ method: 'post', credentials: 'same-origin', redirect: 'follow' });
    expect(init.signal).toBeInstanceOf(AbortSignal);
    expect(new Headers(init.headers).get('accept')).toBe('application/json');
    // What the form would post, the address as checked; the honeypot goes along empty.
    expect([...new URLSearchParams(String(init.body))]).toEqual([
      ['EMAIL', 'jana@beispiel.de'],
      ['consent', 'yes'],
      ['website', ''],
    ]);
  });

  it('the submit event is handled: the page post never happens', async () => {
    const { user, field } = setupAction();
    await user.type(field, 'jana@beispiel.de');
    expect(fireEvent.submit(field.closest('form')!)).toBe(false);
    expect(await screen.findByText(MESSAGES.success)).toBeVisible();
  });

  it('with method get, sends the fields in the query string', async () => {
    const { user, field, requests } = setupAction({ method: 'get', action: '/newsletter?quelle=artikel' });
    await user.type(field, 'jana@beispiel.de{Enter}');
    await screen.findByText(MESSAGES.success);
    expect(requests[0]!.url).toBe(new URL('/newsletter?email=jana%40beispiel.de&website=', document.baseURI).href);
    expect(requests[0]!.init).toMatchObject({ method: 'get', body: undefined });
  });

  it.each([
    ['200 with no body', () => new Response(null, { status: 200 }), MESSAGES.success],
    ['201 with an HTML page', () => new Response('<h1>Danke!</h1>', { status: 201 }), MESSAGES.success],
    [
      '200 pending-confirmation',
      () => Response.json({ status: 'pending-confirmation' }),
      'Wir haben einen Bestätigungslink an jana@beispiel.de geschickt.',
    ],
    ['200 already-subscribed', () => Response.json({ status: 'already-subscribed' }), 'Du bist bereits angemeldet.'],
    ['409', () => Response.json({ error: 'exists' }, { status: 409 }), 'Du bist bereits angemeldet.'],
  ])('%s: shows the answer in place and moves focus to it', async (_name, answer, message) => {
    const onEvent = vi.fn();
    const { user, field, status } = setupAction({ onEvent }, answer);
    await user.type(field, 'jana@beispiel.de{Enter}');
    const shown = await screen.findByText(message);
    expect(status()).toContainElement(shown);
    expect(shown).toHaveFocus();
    expect(field).not.toBeVisible();
    expect(onEvent).toHaveBeenCalledWith(expect.objectContaining({ type: 'success' }));
    expect(JSON.stringify(onEvent.mock.calls)).not.toContain('beispiel');
  });

  it.each([
    [400, MESSAGES.format, 'invalid'],
    [422, MESSAGES.format, 'invalid'],
    [429, MESSAGES.rateLimited, 'rate-limited'],
    [403, MESSAGES.server, 'server'],
    [404, MESSAGES.server, 'server'],
    [500, MESSAGES.server, 'server'],
    [503, MESSAGES.server, 'server'],
  ])('%s: says what went wrong and keeps the address', async (code, message, event) => {
    const onEvent = vi.fn();
    const { user, field, button, alert, fetch } = setupAction(
      { onEvent },
      () => new Response('{"status":"pending-confirmation"}', { status: code }),
    );
    await user.type(field, 'jana@beispiel.de');
    await user.click(button);
    await waitFor(() => expect(alert()).toHaveTextContent(message));
    expect(field).toHaveValue('jana@beispiel.de');
    expect(field).not.toHaveAttribute('readonly');
    // The address itself was refused: back to the field; anything else leaves focus on the button.
    expect(event === 'invalid' ? field : button).toHaveFocus();
    expect(field.getAttribute('aria-invalid')).toBe(event === 'invalid' ? 'true' : null);
    expect(onEvent).toHaveBeenLastCalledWith({ type: 'error', code: event });
    await user.click(button);
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('double click and Enter repeats while sending send one request', async () => {
    let respond!: (response: Response) => void;
    const { user, field, button, status, fetch } = setupAction(
      {},
      () => new Promise<Response>((resolve) => (respond = resolve)),
    );
    await user.type(field, 'jana@beispiel.de');
    await user.dblClick(button);
    await user.type(field, '{Enter}{Enter}');
    expect(status()).toHaveTextContent(MESSAGES.submitting);
    expect(fetch).toHaveBeenCalledTimes(1);
    await act(async () => respond(new Response()));
    expect(status()).toHaveTextContent(MESSAGES.success);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('timeout: aborts the request after timeoutMs, says so and keeps the address', async () => {
    let init: RequestInit = {};
    const { user, field, alert, fetch } = setupAction({ timeoutMs: 3000 });
    fetch.mockImplementationOnce(async (_url, options = {}) => pending((init = options)));
    await user.type(field, 'jana@beispiel.de{Enter}');
    await act(async () => vi.advanceTimersByTime(2900));
    expect(init.signal?.aborted).toBe(false);
    await act(async () => vi.advanceTimersByTime(200));
    expect(init.signal?.aborted).toBe(true);
    expect(alert()).toHaveTextContent(MESSAGES.timeout);
    expect(field).toHaveValue('jana@beispiel.de');
  });

  it('unmount while sending: aborts the request and nothing happens afterwards', async () => {
    let init: RequestInit = {};
    const onEvent = vi.fn();
    const errors = vi.spyOn(console, 'error');
    const { user, field, fetch, unmount } = setupAction({ onEvent });
    fetch.mockImplementationOnce(async (_url, options = {}) => pending((init = options)));
    await user.type(field, 'jana@beispiel.de{Enter}');
    expect(init.signal?.aborted).toBe(false);
    unmount();
    expect(init.signal?.aborted).toBe(true);
    await act(async () => vi.advanceTimersByTime(20_000));
    expect(onEvent).not.toHaveBeenCalledWith(expect.objectContaining({ type: 'error' }));
    expect(errors).not.toHaveBeenCalled();
  });

  it('spam never reaches the network: honeypot and time trap', async () => {
    const first = setupAction();
    fireEvent.input(document.querySelector('input[name="website"]')!, { target: { value: 'https://spam.example' } });
    await first.user.type(first.field, 'bot@beispiel.de{Enter}');
    expect(screen.getByText(MESSAGES.success)).toBeVisible();
    first.unmount();

    const second = setupAction({ minFillTimeMs: 2000 });
    fireEvent.input(second.field, { target: { value: 'bot@beispiel.de' } });
    fireEvent.submit(second.field.closest('form')!);
    expect(screen.getByText(MESSAGES.success)).toBeInTheDocument();
    expect(second.fetch).not.toHaveBeenCalled();
    expect(first.fetch).not.toHaveBeenCalled();
  });

  it('offers the typo hint before the first request', async () => {
    const { user, field, status, fetch } = setupAction();
    await user.type(field, 'jana@gmial.com{Enter}');
    expect(status()).toHaveTextContent('Meintest du jana@gmail.com?');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('offline: says so without sending a request', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const { user, field, alert, fetch } = setupAction({ action: 'https://newsletter.example/subscribe' });
    await user.type(field, 'jana@beispiel.de{Enter}');
    expect(alert()).toHaveTextContent(MESSAGES.offline);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('no answer from its own origin: the offline message, no page post', async () => {
    const submit = vi.spyOn(HTMLFormElement.prototype, 'submit').mockImplementation(() => {});
    const { user, field, alert } = setupAction({}, () => new TypeError('Failed to fetch'));
    await user.type(field, 'jana@beispiel.de{Enter}');
    await waitFor(() => expect(alert()).toHaveTextContent(MESSAGES.offline));
    expect(field).toHaveValue('jana@beispiel.de');
    expect(submit).not.toHaveBeenCalled();
  });

  it('no answer from another origin (a service without CORS): hands over to the page post', async () => {
    const submit = vi.spyOn(HTMLFormElement.prototype, 'submit').mockImplementation(() => {});
    const onEvent = vi.fn();
    const { user, field, alert, status, fetch } = setupAction(
      { action: 'https://newsletter.example/subscribe', onEvent },
      () => new TypeError('Failed to fetch'),
    );
    await user.type(field, 'jana@beispiel.de{Enter}');
    await waitFor(() => expect(submit).toHaveBeenCalledTimes(1));
    const form = field.closest('form')!;
    expect(submit.mock.contexts[0]).toBe(form);
    expect(form).toHaveAttribute('action', 'https://newsletter.example/subscribe');
    expect(fetch).toHaveBeenCalledTimes(1);
    // No error and no success: the browser is on its way to the service's page.
    expect(alert()).toBeEmptyDOMElement();
    expect(status()).toBeEmptyDOMElement();
    expect(field).toHaveValue('jana@beispiel.de');
    expect(onEvent.mock.calls.map(([event]) => event.type)).toEqual(['view', 'submit']);
  });

  it('onSubscribe keeps priority over the action', async () => {
    const { user, field, onSubscribe } = setup({ action: '/newsletter/anmelden' });
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    await user.type(field, 'jana@beispiel.de{Enter}');
    expect(await screen.findByText(MESSAGES.success)).toHaveFocus();
    expect(onSubscribe).toHaveBeenCalledTimes(1);
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('NewsletterCta: fault list', () => {
  it('empty: names the problem, marks and focuses the field, sends nothing', async () => {
    const { user, button, field, alert, onSubscribe } = setup();
    await user.click(button);
    expect(alert()).toHaveTextContent(MESSAGES.empty);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(MESSAGES.empty);
    expect(field).toHaveFocus();
    expect(onSubscribe).not.toHaveBeenCalled();
  });

  it('bad format: shows an example, keeps the address, sends nothing', async () => {
    const { user, button, field, alert, onSubscribe } = setup();
    await user.type(field, 'jana.beck@beispiel');
    await user.click(button);
    expect(alert()).toHaveTextContent(MESSAGES.format);
    expect(field).toHaveValue('jana.beck@beispiel');
    expect(field).toHaveFocus();
    expect(onSubscribe).not.toHaveBeenCalled();
  });

  it('validates on submit, never on blur', async () => {
    const { user, field, alert } = setup();
    await user.type(field, 'jana@');
    await user.tab();
    expect(alert()).toBeEmptyDOMElement();
    expect(field).not.toHaveAttribute('aria-invalid');
  });

  it('clears the error once the corrected address is sent', async () => {
    const { user, field, button, alert, onSubscribe } = setup();
    await user.type(field, 'jana@beispiel');
    await user.click(button);
    expect(alert()).toHaveTextContent(MESSAGES.format);
    await user.type(field, '.de');
    await user.click(button);
    expect(onSubscribe).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(MESSAGES.success)).toHaveFocus();
    expect(screen.getAllByRole('alert', { hidden: true })[0]).toBeEmptyDOMElement();
  });

  it('typo domain: offers the fix once, without sending; one click accepts it', async () => {
    const { user, field, button, status, onSubscribe } = setup();
    await user.type(field, 'jana@gmial.com{Enter}');
    expect(status()).toHaveTextContent('Meintest du jana@gmail.com?');
    expect(field).toHaveAccessibleDescription('Meintest du jana@gmail.com?');
    expect(field).not.toHaveAttribute('aria-invalid');
    expect(onSubscribe).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'jana@gmail.com übernehmen' }));
    expect(field).toHaveValue('jana@gmail.com');
    expect(field).toHaveFocus();
    expect(status()).toBeEmptyDOMElement();
    await user.click(button);
    expect(onSubscribe).toHaveBeenCalledTimes(1);
    expect(onSubscribe.mock.calls[0]![0]).toBe('jana@gmail.com');
  });

  it('typo domain: the hint never blocks: submitting again sends the address as typed', async () => {
    const { user, field, button, onSubscribe } = setup();
    await user.type(field, 'jana@gmx.dee');
    await user.click(button);
    expect(screen.getByRole('status')).toHaveTextContent('Meintest du jana@gmx.de?');
    await user.click(button);
    expect(onSubscribe).toHaveBeenCalledTimes(1);
    expect(onSubscribe.mock.calls[0]![0]).toBe('jana@gmx.dee');
  });

  it('typo domain: editing the address hides a stale hint', async () => {
    const { user, field, status } = setup();
    await user.type(field, 'jana@firma.con{Enter}');
    expect(status()).toHaveTextContent('Meintest du jana@firma.com?');
    await user.type(field, '{Backspace}');
    expect(status()).toBeEmptyDOMElement();
  });

  it('over 254 characters: says so, keeps the whole address, sends nothing', async () => {
    const { field, button, alert, onSubscribe } = setup();
    const long = `${'a'.repeat(64)}@${'b'.repeat(61)}.${'c'.repeat(61)}.${'d'.repeat(63)}.de`;
    expect(long.length).toBe(255);
    fireEvent.input(field, { target: { value: long } });
    await userEvent.setup({ advanceTimers: vi.advanceTimersByTime }).click(button);
    expect(alert()).toHaveTextContent(MESSAGES.tooLong);
    expect(field).toHaveValue(long);
    expect(onSubscribe).not.toHaveBeenCalled();
  });

  it('IDN: sends a Unicode address as typed, trimmed and without zero-width characters', async () => {
    const { user, field, onSubscribe } = setup();
    fireEvent.input(field, { target: { value: '  jürgen\u200b@müller.de\ufeff ' } });
    await user.type(field, '{Enter}');
    expect(onSubscribe).toHaveBeenCalledTimes(1);
    expect(onSubscribe.mock.calls[0]![0]).toBe('jürgen@müller.de');
    expect(await screen.findByText(MESSAGES.success)).toBeVisible();
  });

  it('double click and Enter repeats while submitting send one request', async () => {
    const answer = deferred<'subscribed'>();
    const { user, field, button, status, onSubscribe } = setup({}, () => answer.promise);
    await user.type(field, 'jana@beispiel.de');
    await user.dblClick(button);
    await user.click(button);
    await user.type(field, '{Enter}{Enter}');
    expect(onSubscribe).toHaveBeenCalledTimes(1);
    expect(status()).toHaveTextContent(MESSAGES.submitting);
    await act(async () => answer.resolve('subscribed'));
    expect(status()).toHaveTextContent(MESSAGES.success);
    expect(onSubscribe).toHaveBeenCalledTimes(1);
  });

  it('slow server: announces the wait, keeps the button focusable and the field read-only', async () => {
    const { user, field, button, status } = setup({}, (_email, { signal }) => {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => resolve('subscribed'), 6000);
        signal.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)));
      });
    });
    await user.type(field, 'jana@beispiel.de');
    await user.click(button);
    expect(status()).toHaveTextContent(MESSAGES.submitting);
    expect(field).toHaveAttribute('readonly');
    expect(field).toHaveValue('jana@beispiel.de');
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toBeEnabled();
    expect(button).toHaveFocus();
    await act(async () => vi.advanceTimersByTime(6000));
    expect(status()).toHaveTextContent(MESSAGES.success);
  });

  it('timeout: aborts through the signal after 10 s, says so and keeps the address for a retry', async () => {
    let signal: AbortSignal | undefined;
    const { user, field, button, alert, onSubscribe } = setup({}, (_email, options) => {
      signal = options.signal;
      return new Promise(() => {});
    });
    await user.type(field, 'jana@beispiel.de');
    await user.click(button);
    await act(async () => vi.advanceTimersByTime(9900));
    expect(alert()).toBeEmptyDOMElement();
    expect(signal?.aborted).toBe(false);
    await act(async () => vi.advanceTimersByTime(200));
    expect(signal?.aborted).toBe(true);
    expect((signal?.reason as DOMException).name).toBe('TimeoutError');
    expect(alert()).toHaveTextContent(MESSAGES.timeout);
    expect(field).toHaveValue('jana@beispiel.de');
    expect(field).not.toHaveAttribute('readonly');
    expect(onSubscribe).toHaveBeenCalledTimes(1);
    await user.click(button);
    expect(onSubscribe).toHaveBeenCalledTimes(2);
  });

  it('timeout: honours timeoutMs and ignores an answer that comes too late', async () => {
    const answer = deferred<'subscribed'>();
    const { user, field, button, alert, status } = setup({ timeoutMs: 3000 }, () => answer.promise);
    await user.type(field, 'jana@beispiel.de{Enter}');
    await act(async () => vi.advanceTimersByTime(3000));
    expect(alert()).toHaveTextContent(MESSAGES.timeout);
    await act(async () => answer.resolve('subscribed'));
    expect(alert()).toHaveTextContent(MESSAGES.timeout);
    expect(status()).not.toHaveTextContent(MESSAGES.success);
    expect(button).toBeVisible();
  });

  it('offline: says so without sending a request while the browser is offline', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const { user, field, alert, onSubscribe } = setup();
    await user.type(field, 'jana@beispiel.de{Enter}');
    expect(alert()).toHaveTextContent(MESSAGES.offline);
    expect(field).toHaveValue('jana@beispiel.de');
    expect(onSubscribe).not.toHaveBeenCalled();
  });

  it('offline: a network TypeError gets the offline message, not the server one', async () => {
    const { user, field, alert, onSubscribe } = setup({}, async () => {
      throw new TypeError('Failed to fetch');
    });
    await user.type(field, 'jana@beispiel.de{Enter}');
    await waitFor(() => expect(alert()).toHaveTextContent(MESSAGES.offline));
    expect(onSubscribe).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['a SubscribeError', () => new SubscribeError('rate-limited')],
    ['a 429 Response', () => new Response(null, { status: 429 })],
  ])('429: asks the reader to wait (%s)', async (_name, makeError) => {
    const { user, field, alert, onSubscribe } = setup({}, async () => {
      throw makeError();
    });
    await user.type(field, 'jana@beispiel.de{Enter}');
    await waitFor(() => expect(alert()).toHaveTextContent(MESSAGES.rateLimited));
    expect(field).toHaveValue('jana@beispiel.de');
    expect(onSubscribe).toHaveBeenCalledTimes(1);
  });

  it('5xx: the server message, never the provider text', async () => {
    const { user, field, alert, onSubscribe } = setup({}, async () => {
      throw Object.assign(new Error('<b>Upstream 503</b>'), { status: 503 });
    });
    await user.type(field, 'jana@beispiel.de{Enter}');
    await waitFor(() => expect(alert()).toHaveTextContent(MESSAGES.server));
    expect(screen.queryByText(/Upstream/)).not.toBeInTheDocument();
    expect(field).toHaveValue('jana@beispiel.de');
    expect(onSubscribe).toHaveBeenCalledTimes(1);
  });

  it('an unknown failure can be retried, one request per submit', async () => {
    const handler = vi
      .fn<SubscribeHandler>()
      .mockRejectedValueOnce(new Error('boom'))
      .mockResolvedValueOnce('subscribed');
    const { user, field, button, alert, status } = setup({}, handler);
    await user.type(field, 'jana@beispiel.de{Enter}');
    await waitFor(() => expect(alert()).toHaveTextContent(MESSAGES.generic));
    await user.click(button);
    await waitFor(() => expect(status()).toHaveTextContent(MESSAGES.success));
    expect(handler).toHaveBeenCalledTimes(2);
  });

  it('the service rejects the address: marks the field as a format problem', async () => {
    const { user, field, alert } = setup({}, async () => {
      throw new SubscribeError('invalid');
    });
    await user.type(field, 'jana@beispiel.de{Enter}');
    await waitFor(() => expect(alert()).toHaveTextContent(MESSAGES.format));
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveFocus();
  });

  it('already subscribed: says nothing more is needed and moves focus to the message', async () => {
    const { user, field, onSubscribe } = setup({}, async () => 'already-subscribed');
    await user.type(field, 'jana@beispiel.de{Enter}');
    const message = await screen.findByText('Du bist bereits angemeldet.');
    expect(message).toHaveFocus();
    expect(onSubscribe).toHaveBeenCalledTimes(1);
  });

  it('pending confirmation: repeats the address and lets the reader change it', async () => {
    const { user, field } = setup({}, async () => 'pending-confirmation');
    await user.type(field, 'jana@beispiel.de{Enter}');
    const message = await screen.findByText('Wir haben einen Bestätigungslink an jana@beispiel.de geschickt.');
    expect(message).toHaveFocus();
    expect(field).not.toBeVisible();
    await user.click(screen.getByRole('button', { name: 'Adresse ändern' }));
    expect(field).toBeVisible();
    expect(field).toHaveValue('jana@beispiel.de');
    expect(field).toHaveFocus();
  });

  it('unmount while submitting: aborts the request and nothing happens afterwards', async () => {
    const answer = deferred<'subscribed'>();
    let signal: AbortSignal | undefined;
    const errors = vi.spyOn(console, 'error');
    const onEvent = vi.fn();
    const { user, field, unmount } = setup({ onEvent }, (_email, options) => {
      signal = options.signal;
      return answer.promise;
    });
    await user.type(field, 'jana@beispiel.de{Enter}');
    expect(signal?.aborted).toBe(false);
    unmount();
    expect(signal?.aborted).toBe(true);
    await act(async () => {
      answer.resolve('subscribed');
      vi.advanceTimersByTime(20_000);
    });
    expect(onEvent).not.toHaveBeenCalledWith(expect.objectContaining({ type: 'success' }));
    expect(onEvent).not.toHaveBeenCalledWith(expect.objectContaining({ type: 'error' }));
    expect(errors).not.toHaveBeenCalled();
  });
});

describe('NewsletterCta: success', () => {
  it('hides the form, shows the default thank-you and moves focus to it', async () => {
    const { user, field, status } = setup();
    await user.type(field, 'jana@beispiel.de{Enter}');
    const message = await screen.findByText(MESSAGES.success);
    expect(status()).toContainElement(message);
    expect(message).toHaveFocus();
    expect(field).not.toBeVisible();
    expect(screen.queryByRole('button', { name: 'Abonnieren' })).not.toBeInTheDocument();
  });

  it("shows the host's own success message", async () => {
    const { user, field } = setup({ successMessage: 'Willkommen an Bord! Die erste Ausgabe kommt am Sonntag.' });
    await user.type(field, 'jana@beispiel.de{Enter}');
    expect(await screen.findByText('Willkommen an Bord! Die erste Ausgabe kommt am Sonntag.')).toHaveFocus();
  });

  it('treats a handler that resolves with nothing as subscribed', async () => {
    const { user, field } = setup({}, async () => undefined);
    await user.type(field, 'jana@beispiel.de{Enter}');
    expect(await screen.findByText(MESSAGES.success)).toHaveFocus();
  });
});

describe('NewsletterCta: the confirmation', () => {
  it('shows the address the thank-you is about, beside an icon that screen readers skip', async () => {
    const { user, field, status } = setup();
    await user.type(field, 'jana@beispiel.de{Enter}');
    const message = await screen.findByText(MESSAGES.success);
    expect(within(message).getByText('jana@beispiel.de')).toBeVisible();
    expect(status()).toHaveTextContent(`${MESSAGES.success}jana@beispiel.de`);
    expect(status().querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByText('Wir respektieren deine Privatsphäre. Abmeldung jederzeit möglich.')).not.toBeVisible();
  });

  it('names the address once when it awaits confirmation', async () => {
    const { user, field, status } = setup({}, async () => 'pending-confirmation');
    await user.type(field, 'jana@beispiel.de{Enter}');
    await screen.findByText(/Bestätigungslink/);
    expect(status().textContent!.split('jana@beispiel.de')).toHaveLength(2);
  });
});

describe('NewsletterCta: initialState', () => {
  /** The German reference box, started in `initialState`. */
  const startedIn = (initialState: unknown, props: Partial<NewsletterCtaProps> = {}) => (
    <NewsletterCta
      locale="de"
      {...reference}
      action="/newsletter"
      initialState={initialState as NewsletterCtaProps['initialState']}
      {...props}
    />
  );

  it("renders the answer to a plain form post in place, without taking the reader's focus", () => {
    render(startedIn({ status: 'pending-confirmation', email: 'jana@beispiel.de' }));
    expect(screen.getByText('Wir haben einen Bestätigungslink an jana@beispiel.de geschickt.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Adresse ändern' })).toBeVisible();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(document.body).toHaveFocus();
  });

  it('puts the address back in the field with the error the server found', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const onSubscribe = vi.fn(async () => 'subscribed' as const);
    render(startedIn({ status: 'error', error: 'format', email: 'jana@beispiel' }, { minFillTimeMs: 0, onSubscribe }));
    const field = screen.getByRole('textbox', { name: 'E-Mail-Adresse' });
    expect(field).toHaveValue('jana@beispiel');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(MESSAGES.format);
    expect(field).not.toHaveFocus();
    await user.type(field, '.de{Enter}');
    expect(await screen.findByText(MESSAGES.success)).toHaveFocus();
    expect(onSubscribe).toHaveBeenCalledWith('jana@beispiel.de', expect.anything());
  });

  it('shows a request error without marking the field, and a missing consent at its checkbox', () => {
    render(
      <>
        {startedIn({ status: 'error', error: 'server' }, { id: 'a' })}
        {startedIn({ status: 'error', error: 'consent', email: 'jana@beispiel.de' }, { id: 'b', consent: true })}
      </>,
    );
    const [server, consent] = screen.getAllByRole('region');
    expect(within(server!).getAllByRole('alert')[0]).toHaveTextContent(MESSAGES.server);
    expect(within(server!).getByRole('textbox')).not.toHaveAttribute('aria-invalid');
    expect(within(consent!).getByRole('checkbox')).toHaveAccessibleDescription(MESSAGES.consent);
    expect(within(consent!).getByRole('textbox')).toHaveValue('jana@beispiel.de');
  });

  it('shows the busy look for previews: the field is read-only and the button keeps its name', () => {
    render(startedIn({ status: 'submitting', email: 'jana@beispiel.de' }));
    expect(screen.getByRole('textbox')).toHaveAttribute('readonly');
    expect(screen.getByRole('button', { name: 'Abonnieren' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('status')).toHaveTextContent(MESSAGES.submitting);
  });

  it('starts idle with a warning for a status it does not know, and the generic message for an unknown error', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <>
        {startedIn({ status: 'done' }, { id: 'a' })}
        {startedIn({ status: 'error', error: 'boom' }, { id: 'b' })}
      </>,
    );
    const [unknown, failed] = screen.getAllByRole('region');
    expect(within(unknown!).getByRole('textbox')).toBeVisible();
    expect(within(unknown!).getAllByRole('alert')[0]).toBeEmptyDOMElement();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('initialState.status'));
    expect(within(failed!).getAllByRole('alert')[0]).toHaveTextContent(MESSAGES.generic);
  });

  it('hydrates its server markup in every state without a warning', async () => {
    const states: NonNullable<NewsletterCtaProps['initialState']>[] = [
      { status: 'subscribed', email: 'jana@beispiel.de' },
      { status: 'error', error: 'format', email: 'jana@beispiel' },
      { status: 'submitting' },
    ];
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    for (const initialState of states) {
      const box = startedIn(initialState, { id: 'h' });
      const container = document.createElement('div');
      container.innerHTML = renderToString(box);
      document.body.append(container);
      await act(async () => {
        hydrateRoot(container, box);
      });
      container.remove();
    }
    expect(errors).not.toHaveBeenCalled();
  });
});

describe('NewsletterCta: spam traps', () => {
  it('drops a submit with the honeypot filled, silently as a success', async () => {
    const onEvent = vi.fn();
    const { user, field, onSubscribe } = setup({ onEvent });
    const trap = document.querySelector<HTMLInputElement>('input[name="website"]')!;
    expect(trap).toHaveAttribute('tabindex', '-1');
    expect(trap.closest('[aria-hidden="true"]')).not.toBeNull();
    fireEvent.input(trap, { target: { value: 'https://spam.example' } });
    await user.type(field, 'bot@beispiel.de{Enter}');
    expect(screen.getByText(MESSAGES.success)).toBeVisible();
    expect(onSubscribe).not.toHaveBeenCalled();
    expect(onEvent).toHaveBeenCalledWith({ type: 'spam', reason: 'honeypot' });
  });

  it('drops a submit within minFillTimeMs of the box appearing, and sends one after it', async () => {
    const first = setup({ minFillTimeMs: 2000 });
    await act(async () => vi.advanceTimersByTime(1500));
    fireEvent.input(first.field, { target: { value: 'bot@beispiel.de' } });
    fireEvent.submit((first.field as HTMLInputElement).form!);
    expect(screen.getByText(MESSAGES.success)).toBeInTheDocument();
    expect(first.onSubscribe).not.toHaveBeenCalled();
    first.unmount();

    const second = setup({ minFillTimeMs: 2000 });
    await act(async () => vi.advanceTimersByTime(2000));
    await second.user.type(second.field, 'jana@beispiel.de{Enter}');
    expect(second.onSubscribe).toHaveBeenCalledTimes(1);
  });

  it('sends an address the browser fills in when the reader submits it at once', async () => {
    const onEvent = vi.fn();
    const { field, button, user, onSubscribe } = setup({ minFillTimeMs: undefined, onEvent });
    await act(async () => vi.advanceTimersByTime(1200));
    // Like a browser's autofill: the value arrives with an input event, no typing, and the reader
    // clicks the button right after it.
    fireEvent.input(field, { target: { value: 'jana@beispiel.de' } });
    await user.click(button);
    expect(onSubscribe).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(MESSAGES.success)).toHaveFocus();
    expect(onEvent).not.toHaveBeenCalledWith(expect.objectContaining({ type: 'spam' }));
  });

  it('sends an address that was in the field before the box was ready, on a click alone', async () => {
    const { field, button, user, onSubscribe } = setup({ minFillTimeMs: undefined });
    await act(async () => vi.advanceTimersByTime(3000));
    // Filled in before hydration: no input event reaches the box, only the click on the button.
    (field as HTMLInputElement).value = 'jana@beispiel.de';
    await user.click(button);
    expect(onSubscribe).toHaveBeenCalledWith('jana@beispiel.de', expect.anything());
  });

  it('drops a scripted submit with no interaction before it, however late', async () => {
    const onEvent = vi.fn();
    const { field, onSubscribe } = setup({ minFillTimeMs: undefined, onEvent });
    await act(async () => vi.advanceTimersByTime(60_000));
    (field as HTMLInputElement).value = 'bot@beispiel.de';
    fireEvent.submit((field as HTMLInputElement).form!);
    expect(screen.getByText(MESSAGES.success)).toBeInTheDocument();
    expect(onSubscribe).not.toHaveBeenCalled();
    expect(onEvent).toHaveBeenCalledWith({ type: 'spam', reason: 'too-fast' });
  });

  it('drops a submit within the default second after the box appeared', async () => {
    const { field, onSubscribe } = setup({ minFillTimeMs: undefined });
    await act(async () => vi.advanceTimersByTime(900));
    act(() => field.focus());
    fireEvent.input(field, { target: { value: 'bot@beispiel.de' } });
    fireEvent.submit((field as HTMLInputElement).form!);
    expect(screen.getByText(MESSAGES.success)).toBeInTheDocument();
    expect(onSubscribe).not.toHaveBeenCalled();
  });

  it('can turn both traps off', async () => {
    const { user, field, onSubscribe } = setup({ honeypotName: false, minFillTimeMs: 0 });
    expect(document.querySelector('input[name="website"]')).toBeNull();
    await user.type(field, 'jana@beispiel.de{Enter}');
    expect(onSubscribe).toHaveBeenCalledTimes(1);
  });
});

describe('NewsletterCta: consent', () => {
  it('is never pre-ticked and must be ticked to subscribe', async () => {
    const { user, field, onSubscribe } = setup({ consent: true });
    const checkbox = screen.getByRole('checkbox', { name: 'Ich möchte den Newsletter per E-Mail erhalten.' });
    expect(checkbox).not.toBeChecked();
    await user.type(field, 'jana@beispiel.de{Enter}');
    expect(checkbox).toHaveAttribute('aria-invalid', 'true');
    expect(checkbox).toHaveAccessibleDescription(MESSAGES.consent);
    expect(checkbox).toHaveFocus();
    expect(onSubscribe).not.toHaveBeenCalled();
    await user.click(checkbox);
    await user.click(screen.getByRole('button', { name: 'Abonnieren' }));
    expect(onSubscribe).toHaveBeenCalledTimes(1);
  });

  it('shows both errors at once and focuses the field first', async () => {
    const { user, button, field } = setup({ consent: true });
    await user.click(button);
    const alerts = screen.getAllByRole('alert');
    expect(alerts.map((a) => a.textContent)).toEqual(expect.arrayContaining([MESSAGES.empty, MESSAGES.consent]));
    expect(field).toHaveFocus();
  });

  it('takes a custom label with a link', () => {
    setup({
      consent: (
        <>
          Ich stimme der <a href="/datenschutz">Datenschutzerklärung</a> zu.
        </>
      ),
      privacyNote: null,
    });
    expect(screen.getByRole('checkbox', { name: 'Ich stimme der Datenschutzerklärung zu.' })).toBeInTheDocument();
  });
});

describe('NewsletterCta: analytics', () => {
  it('reports view, submit, success and error codes, never the address', async () => {
    const onEvent = vi.fn();
    const handler = vi
      .fn<SubscribeHandler>()
      .mockRejectedValueOnce(new SubscribeError('server'))
      .mockResolvedValueOnce('pending-confirmation');
    const { user, field, button } = setup({ onEvent }, handler);
    expect(onEvent).toHaveBeenCalledWith({ type: 'view' });
    await user.click(button);
    await user.type(field, 'jana@beispiel.de{Enter}');
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(MESSAGES.server));
    await user.click(button);
    await screen.findByText(/Bestätigungslink/);
    expect(onEvent.mock.calls.map(([event]) => event)).toEqual([
      { type: 'view' },
      { type: 'error', code: 'empty' },
      { type: 'submit' },
      { type: 'error', code: 'server' },
      { type: 'submit' },
      { type: 'success', result: 'pending-confirmation' },
    ]);
    expect(JSON.stringify(onEvent.mock.calls)).not.toContain('beispiel');
  });
});

describe('NewsletterCta: accessibility', () => {
  const expectNoViolations = async (label: string) => {
    expect(await axeViolations(document.body), label).toEqual([]);
  };

  it('has no axe violations in any state', async () => {
    vi.useRealTimers();
    const answer = deferred<'pending-confirmation'>();
    const handler = vi
      .fn<SubscribeHandler>()
      .mockRejectedValueOnce(new SubscribeError('rate-limited'))
      .mockReturnValueOnce(answer.promise);
    const user = userEvent.setup();
    render(<NewsletterCta locale="de" minFillTimeMs={0} {...reference} consent onSubscribe={handler} />);
    const field = screen.getByRole('textbox');
    await expectNoViolations('idle');
    await user.click(screen.getByRole('button', { name: 'Abonnieren' }));
    await expectNoViolations('validation errors');
    await user.click(screen.getByRole('checkbox'));
    await user.type(field, 'jana@gmial.com{Enter}');
    await expectNoViolations('typo hint');
    await user.type(field, '{Enter}');
    await expectNoViolations('rate-limited');
    await user.type(field, '{Enter}');
    await expectNoViolations('submitting');
    answer.resolve('pending-confirmation');
    expect(await screen.findByText(/Bestätigungslink/)).toHaveFocus();
    await expectNoViolations('pending confirmation');
  });
});
