import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { formatLabel, locales } from '../src';
import {
  NewsletterCta,
  SubscribeError,
  type NewsletterCtaProps,
  type SubscribeHandler,
} from '../src/components/NewsletterCta';

// Fake newsletter services: each honours the abort signal like a fetch would.
const wait = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    });
  });

type Scenario =
  | 'success'
  | 'already-subscribed'
  | 'pending-confirmation'
  | 'server-error'
  | 'rate-limited'
  | 'offline'
  | 'slow'
  | 'timeout';

const services: Record<Scenario, SubscribeHandler> = {
  success: async (_email, { signal }) => {
    await wait(400, signal);
    return 'subscribed';
  },
  'already-subscribed': async (_email, { signal }) => {
    await wait(400, signal);
    return 'already-subscribed';
  },
  'pending-confirmation': async (_email, { signal }) => {
    await wait(400, signal);
    return 'pending-confirmation';
  },
  'server-error': async (_email, { signal }) => {
    await wait(400, signal);
    throw new SubscribeError('server');
  },
  'rate-limited': async (_email, { signal }) => {
    await wait(400, signal);
    throw new SubscribeError('rate-limited');
  },
  offline: async () => {
    throw new TypeError('Failed to fetch');
  },
  slow: async (_email, { signal }) => {
    await wait(6000, signal);
    return 'subscribed';
  },
  // Never answers; only the abort ends it.
  timeout: (_email, { signal }) =>
    new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason))),
};

const german = {
  title: 'KI WEEKLY',
  description:
    'Wöchentliches KI-Wissen kompakt und verständlich — jeden Sonntag in deinem Postfach. Schließe dich 2500+ Abonnenten an!',
  badge: 'Jeden Sonntag neu!',
  privacyNote: 'Wir respektieren deine Privatsphäre. Abmeldung jederzeit möglich.',
};

const english = {
  title: 'AI WEEKLY',
  description: 'The week in AI, short and clear: every Sunday in your inbox. Join 2,500+ readers!',
  badge: 'New every Sunday!',
  privacyNote: 'We respect your privacy. Unsubscribe at any time.',
};

/** The box's strings in the toolbar's language, so every story plays in German and in English. */
const stringsFor = (globals: Record<string, unknown>) => locales[globals.locale === 'en' ? 'en' : 'de'];

/** With the English toolbar, the German demo copy becomes English too. */
const inLocale = (args: NewsletterCtaProps, globals: Record<string, unknown>): NewsletterCtaProps =>
  globals.locale === 'en' && args.title === german.title ? { ...args, ...english } : args;

const meta = {
  title: 'Components/NewsletterCta',
  component: NewsletterCta,
  render: (args, { globals }) => <NewsletterCta {...inLocale(args, globals)} />,
  args: {
    ...german,
    onSubscribe: fn(services.success),
    onEvent: fn(),
    // The time trap would take a play function for a bot; the SpamTrap story turns it on.
    minFillTimeMs: 0,
  },
} satisfies Meta<typeof NewsletterCta>;

export default meta;
type Story = StoryObj<typeof meta>;

const ADDRESS = 'jana.beck@beispiel.de';

/** The reference box with its German strings: sign up and the thank-you takes focus. */
export const Reference: Story = {
  play: async ({ canvas, userEvent, args, globals }) => {
    const s = stringsFor(globals);
    const field = canvas.getByRole('textbox', { name: s.newsletterEmailLabel });
    const button = canvas.getByRole('button', { name: s.newsletterSubmit });
    // Side by side on a wide screen, both comfortably large targets.
    const [f, b] = [field.getBoundingClientRect(), button.getBoundingClientRect()];
    await expect(Math.abs(f.top - b.top)).toBeLessThan(2);
    await expect(b.height).toBeGreaterThanOrEqual(24);
    await userEvent.type(field, ADDRESS);
    await userEvent.click(button);
    await expect(canvas.getByRole('status')).toHaveTextContent(s.newsletterSubmitting);
    const message = await canvas.findByText(s.newsletterSuccess);
    await waitFor(() => expect(message).toHaveFocus());
    await expect(args.onSubscribe).toHaveBeenCalledTimes(1);
    await expect(args.onSubscribe).toHaveBeenCalledWith(ADDRESS, expect.objectContaining({}));
    // Seen on screen (IntersectionObserver), then a signup: no address in any event.
    await expect(args.onEvent).toHaveBeenCalledWith({ type: 'view' });
    await expect(args.onEvent).toHaveBeenCalledWith({ type: 'success', result: 'subscribed' });
    await expect(JSON.stringify((args.onEvent as ReturnType<typeof fn>).mock.calls)).not.toContain('@');
  },
};

/** English strings, for an English-language site. */
export const English: Story = {
  globals: { locale: 'en' },
  args: { ...english, privacyNote: undefined },
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Subscribe' }));
    await expect(canvas.getByRole('alert')).toHaveTextContent('Error: Enter your email address');
    await expect(canvas.getByText('We respect your privacy. Unsubscribe at any time.')).toBeVisible();
  },
};

/**
 * For design reviews: pick what the newsletter service answers (success, already subscribed,
 * pending confirmation, server error, rate limit, offline, slow, timeout) and try the box.
 */
export const Playground: StoryObj<NewsletterCtaProps & { scenario: Scenario }> = {
  args: { scenario: 'success', timeoutMs: 5000 },
  argTypes: {
    scenario: { control: 'select', options: Object.keys(services), description: 'What the service answers' },
    onSubscribe: { control: false },
  },
  render: ({ scenario, ...props }, { globals }) => (
    <NewsletterCta {...inLocale(props, globals)} onSubscribe={services[scenario]} />
  ),
  play: async ({ canvas, userEvent, globals }) => {
    await userEvent.type(canvas.getByRole('textbox'), `${ADDRESS}{Enter}`);
    await expect(await canvas.findByText(stringsFor(globals).newsletterSuccess)).toBeVisible();
  },
};

/**
 * While the service is working: status text, read-only field, a button that keeps its focus. The
 * service here never answers, so the state stays for review.
 */
export const Submitting: Story = {
  args: { onSubscribe: fn(services.timeout), timeoutMs: 600_000 },
  play: async ({ canvas, userEvent, globals }) => {
    const s = stringsFor(globals);
    const field = canvas.getByRole('textbox');
    const button = canvas.getByRole('button', { name: s.newsletterSubmit });
    await userEvent.type(field, ADDRESS);
    await userEvent.click(button);
    await expect(canvas.getByRole('status')).toHaveTextContent(s.newsletterSubmitting);
    await expect(field).toHaveAttribute('readonly');
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(button).toHaveFocus();
  },
};

/** A double click and repeated Enter send one request. */
export const DoubleClick: Story = {
  play: async ({ canvas, userEvent, args, globals }) => {
    const s = stringsFor(globals);
    const field = canvas.getByRole('textbox');
    await userEvent.type(field, ADDRESS);
    await userEvent.dblClick(canvas.getByRole('button', { name: s.newsletterSubmit }));
    await userEvent.type(field, '{Enter}{Enter}');
    await canvas.findByText(s.newsletterSuccess);
    await expect(args.onSubscribe).toHaveBeenCalledTimes(1);
  },
};

/** No answer within `timeoutMs`: the request is aborted, the address stays for a retry. */
export const Timeout: Story = {
  args: { onSubscribe: fn(services.timeout), timeoutMs: 1500 },
  play: async ({ canvas, userEvent, args, globals }) => {
    const s = stringsFor(globals);
    const field = canvas.getByRole('textbox');
    await userEvent.type(field, `${ADDRESS}{Enter}`);
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent(s.newsletterErrorTimeout), {
      timeout: 4000,
    });
    const { signal } = (args.onSubscribe as ReturnType<typeof fn>).mock.calls[0]![1] as { signal: AbortSignal };
    await expect(signal.aborted).toBe(true);
    await expect(field).toHaveValue(ADDRESS);
    await expect(field).not.toHaveAttribute('readonly');
  },
};

/** Validation on submit: an empty field, then an address without a domain ending. */
export const ValidationErrors: Story = {
  play: async ({ canvas, userEvent, args, globals }) => {
    const s = stringsFor(globals);
    const field = canvas.getByRole('textbox');
    await userEvent.click(canvas.getByRole('button', { name: s.newsletterSubmit }));
    await expect(canvas.getByRole('alert')).toHaveTextContent(`${s.newsletterErrorPrefix} ${s.newsletterErrorEmpty}`);
    await expect(field).toHaveFocus();
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await userEvent.type(field, 'jana.beck@beispiel{Enter}');
    await expect(field).toHaveAccessibleDescription(`${s.newsletterErrorPrefix} ${s.newsletterErrorFormat}`);
    await expect(field).toHaveValue('jana.beck@beispiel');
    await expect(args.onSubscribe).not.toHaveBeenCalled();
  },
};

/** A likely typo in the domain: a hint the reader accepts with one click. */
export const TypoHint: Story = {
  play: async ({ canvas, userEvent, args, globals }) => {
    const s = stringsFor(globals);
    const field = canvas.getByRole('textbox');
    await userEvent.type(field, 'jana@gmial.com{Enter}');
    await expect(canvas.getByRole('status')).toHaveTextContent(
      formatLabel(s.newsletterTypoHint, { suggestion: 'jana@gmail.com' }),
    );
    await userEvent.click(
      canvas.getByRole('button', { name: formatLabel(s.newsletterTypoAccept, { suggestion: 'jana@gmail.com' }) }),
    );
    await expect(field).toHaveValue('jana@gmail.com');
    await expect(field).toHaveFocus();
    await expect(args.onSubscribe).not.toHaveBeenCalled();
  },
};

/** An address over 254 characters on a phone: the message wraps, nothing overflows. */
export const TooLongOnPhone: Story = {
  globals: { width: '320' },
  play: async ({ canvas, canvasElement, userEvent, globals }) => {
    const s = stringsFor(globals);
    const field = canvas.getByRole('textbox');
    const long = `${'redaktion.hochleistungs-ki-chips.'.repeat(8)}x@beispiel.de`;
    await userEvent.click(field);
    await userEvent.paste(long);
    await userEvent.click(canvas.getByRole('button', { name: s.newsletterSubmit }));
    await expect(canvas.getByRole('alert')).toHaveTextContent(s.newsletterErrorTooLong);
    await expect(field).toHaveValue(long);
    const box = canvasElement.querySelector<HTMLElement>('[data-ak="NewsletterCta"]')!;
    await expect(box.scrollWidth).toBeLessThanOrEqual(box.clientWidth);
    // Stacked at 320 px: the button sits below the field.
    const button = canvas.getByRole('button', { name: s.newsletterSubmit });
    await expect(button.getBoundingClientRect().top).toBeGreaterThanOrEqual(field.getBoundingClientRect().bottom);
  },
};

/** Internationalised addresses are accepted and sent as typed. */
export const UnicodeAddress: Story = {
  play: async ({ canvas, userEvent, args, globals }) => {
    const s = stringsFor(globals);
    await userEvent.type(canvas.getByRole('textbox'), ' jürgen@müller.de {Enter}');
    await canvas.findByText(s.newsletterSuccess);
    await expect(args.onSubscribe).toHaveBeenCalledWith('jürgen@müller.de', expect.anything());
  },
};

/** The address was on the list already. */
export const AlreadySubscribed: Story = {
  args: { onSubscribe: fn(services['already-subscribed']) },
  play: async ({ canvas, userEvent, globals }) => {
    const s = stringsFor(globals);
    await userEvent.type(canvas.getByRole('textbox'), `${ADDRESS}{Enter}`);
    const message = await canvas.findByText(s.newsletterAlreadySubscribed);
    await waitFor(() => expect(message).toHaveFocus());
  },
};

/** Double opt-in: the address is repeated and can be changed. */
export const PendingConfirmation: Story = {
  args: { onSubscribe: fn(services['pending-confirmation']) },
  play: async ({ canvas, userEvent, globals }) => {
    const s = stringsFor(globals);
    await userEvent.type(canvas.getByRole('textbox'), `${ADDRESS}{Enter}`);
    await expect(await canvas.findByText(formatLabel(s.newsletterPending, { email: ADDRESS }))).toBeVisible();
    await expect(canvas.getByRole('button', { name: s.newsletterChangeEmail })).toBeVisible();
  },
};

/** Changing the address after the confirmation mail went out. */
export const ChangeAddress: Story = {
  args: { onSubscribe: fn(services['pending-confirmation']) },
  play: async ({ canvas, userEvent, globals }) => {
    const s = stringsFor(globals);
    const field = canvas.getByRole('textbox');
    await userEvent.type(field, `${ADDRESS}{Enter}`);
    await userEvent.click(await canvas.findByRole('button', { name: s.newsletterChangeEmail }));
    await expect(field).toBeVisible();
    await expect(field).toHaveValue(ADDRESS);
    await expect(field).toHaveFocus();
  },
};

/** The service failed (5xx): a retryable error, the address kept. */
export const ServerError: Story = {
  args: { onSubscribe: fn(services['server-error']) },
  play: async ({ canvas, userEvent, globals }) => {
    const s = stringsFor(globals);
    await userEvent.type(canvas.getByRole('textbox'), `${ADDRESS}{Enter}`);
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent(s.newsletterErrorServer));
    await expect(canvas.getByRole('textbox')).toHaveValue(ADDRESS);
  },
};

/** Too many attempts (HTTP 429). */
export const RateLimited: Story = {
  args: { onSubscribe: fn(services['rate-limited']) },
  play: async ({ canvas, userEvent, globals }) => {
    const s = stringsFor(globals);
    await userEvent.type(canvas.getByRole('textbox'), `${ADDRESS}{Enter}`);
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent(s.newsletterErrorRateLimited));
  },
};

/** The network failed: the offline message, not the server one. */
export const Offline: Story = {
  args: { onSubscribe: fn(services.offline) },
  play: async ({ canvas, userEvent, globals }) => {
    const s = stringsFor(globals);
    await userEvent.type(canvas.getByRole('textbox'), `${ADDRESS}{Enter}`);
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent(s.newsletterErrorOffline));
  },
};

/** The host's own thank-you. */
export const CustomSuccessMessage: Story = {
  args: { successMessage: 'Willkommen an Bord! Die erste Ausgabe zu Hochleistungs-KI-Chips kommt am Sonntag.' },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByRole('textbox'), `${ADDRESS}{Enter}`);
    await expect(await canvas.findByText(/Willkommen an Bord!/)).toBeVisible();
  },
};

/** A consent checkbox, never pre-ticked, with its own error. */
export const WithConsent: Story = {
  args: {
    consent: (
      <>
        Ich möchte den Newsletter erhalten und stimme der <a href="#datenschutz">Datenschutzerklärung</a> zu.
      </>
    ),
  },
  play: async ({ canvas, userEvent, args, globals }) => {
    const s = stringsFor(globals);
    const checkbox = canvas.getByRole('checkbox');
    await expect(checkbox).not.toBeChecked();
    await userEvent.type(canvas.getByRole('textbox'), `${ADDRESS}{Enter}`);
    await expect(checkbox).toHaveFocus();
    await expect(checkbox).toHaveAccessibleDescription(`${s.newsletterErrorPrefix} ${s.newsletterErrorConsent}`);
    await expect(args.onSubscribe).not.toHaveBeenCalled();
    const target = checkbox.getBoundingClientRect();
    await expect(target.width).toBeGreaterThanOrEqual(24);
  },
};

/**
 * Without `onSubscribe`: a real form to `action`, like a newsletter provider's embed, that posts
 * without JavaScript. Once hydrated it still validates before anything is sent.
 */
export const NoJavaScriptFormPost: Story = {
  args: { onSubscribe: undefined, action: '/newsletter/anmelden', fieldName: 'EMAIL' },
  play: async ({ canvas, canvasElement, userEvent, globals }) => {
    const s = stringsFor(globals);
    const form = canvasElement.querySelector('form')!;
    await expect(form).toHaveAttribute('action', '/newsletter/anmelden');
    await expect(form).toHaveAttribute('method', 'post');
    await expect(canvas.getByRole('textbox')).toHaveAttribute('name', 'EMAIL');
    // Still validated before the post, so the reader gets the same messages.
    await userEvent.click(canvas.getByRole('button', { name: s.newsletterSubmit }));
    await expect(canvas.getByRole('alert')).toHaveTextContent(s.newsletterErrorEmpty);
  },
};

// A newsletter endpoint on the page's own origin, standing in for `fetch` while a story runs:
// it answers a signup after a moment, as JSON, and honours the abort signal.
const ACTION = '/newsletter/anmelden';
const endpoint = fn(async (_url: string, init: RequestInit) => {
  await wait(400, init.signal!);
  return Response.json({ status: 'subscribed' });
});

/**
 * Without `onSubscribe`, once hydrated: the form's fields go to `action` with `fetch`, and the
 * answer shows in place, without leaving the page.
 */
export const PostsToAction: Story = {
  name: 'Posts to action',
  args: { onSubscribe: undefined, action: ACTION },
  beforeEach: () => {
    const original = globalThis.fetch;
    endpoint.mockClear();
    globalThis.fetch = (input, init) => {
      const url = new URL(input instanceof Request ? input.url : input, location.href);
      return url.origin === location.origin && url.pathname === ACTION
        ? endpoint(url.href, init ?? {})
        : original(input, init);
    };
    return () => {
      globalThis.fetch = original;
    };
  },
  play: async ({ canvas, userEvent, globals }) => {
    const s = stringsFor(globals);
    const page = location.href;
    await userEvent.type(canvas.getByRole('textbox', { name: s.newsletterEmailLabel }), ADDRESS);
    await userEvent.click(canvas.getByRole('button', { name: s.newsletterSubmit }));
    await expect(canvas.getByRole('status')).toHaveTextContent(s.newsletterSubmitting);
    const message = await canvas.findByText(s.newsletterSuccess);
    await waitFor(() => expect(message).toHaveFocus());
    await expect(location.href).toBe(page);
    await expect(endpoint).toHaveBeenCalledTimes(1);
    const [url, init] = endpoint.mock.calls[0]!;
    await expect(url).toBe(new URL(ACTION, location.href).href);
    await expect(init.method).toBe('post');
    await expect(new Headers(init.headers).get('Accept')).toBe('application/json');
    await expect(new URLSearchParams(String(init.body)).get('email')).toBe(ADDRESS);
  },
};

/** Submits faster than a person could are dropped, shown as a success. */
export const SpamTrap: Story = {
  args: { minFillTimeMs: 60_000 },
  play: async ({ canvas, userEvent, args, globals }) => {
    const s = stringsFor(globals);
    await userEvent.type(canvas.getByRole('textbox'), `${ADDRESS}{Enter}`);
    await expect(canvas.getByText(s.newsletterSuccess)).toBeVisible();
    await expect(args.onSubscribe).not.toHaveBeenCalled();
    await expect(args.onEvent).toHaveBeenCalledWith({ type: 'spam', reason: 'too-fast' });
  },
};

/** Dark theme, with an error showing. */
export const DarkWithError: Story = {
  globals: { theme: 'dark' },
  args: { onSubscribe: fn(services['server-error']) },
  play: async ({ canvas, userEvent }) => {
    await userEvent.type(canvas.getByRole('textbox'), `${ADDRESS}{Enter}`);
    await waitFor(() => expect(canvas.getByRole('alert')).not.toBeEmptyDOMElement());
  },
};

/** Dark theme after signing up. */
export const DarkSuccess: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvas, userEvent, globals }) => {
    const s = stringsFor(globals);
    await userEvent.type(canvas.getByRole('textbox'), `${ADDRESS}{Enter}`);
    await expect(await canvas.findByText(s.newsletterSuccess)).toBeVisible();
  },
};

/** On a 320 px phone: field and button stacked, the typo hint wraps. */
export const Phone: Story = {
  globals: { width: '320' },
  play: async ({ canvas, canvasElement, userEvent, globals }) => {
    const s = stringsFor(globals);
    const field = canvas.getByRole('textbox');
    const button = canvas.getByRole('button', { name: s.newsletterSubmit });
    await expect(button.getBoundingClientRect().top).toBeGreaterThanOrEqual(field.getBoundingClientRect().bottom);
    await userEvent.type(field, 'redaktion@t-onlin.de{Enter}');
    await expect(canvas.getByRole('status')).toHaveTextContent(
      formatLabel(s.newsletterTypoHint, { suggestion: 'redaktion@t-online.de' }),
    );
    const box = canvasElement.querySelector<HTMLElement>('[data-ak="NewsletterCta"]')!;
    await expect(box.scrollWidth).toBeLessThanOrEqual(box.clientWidth);
  },
};
