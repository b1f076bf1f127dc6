import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor } from 'storybook/test';
import { expectDeviceWindow } from '../.storybook/review';
import { onDevice } from '../.storybook/viewports';
import { formatLabel, locales } from '../src';
import {
  NewsletterCta,
  SubscribeError,
  type NewsletterCtaProps,
  type NewsletterErrorCode,
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

/** The untouched box as a reader first sees it: heading, text, badge, field, button and note. */
export const Reference: Story = {
  play: async ({ canvas, globals }) => {
    const s = stringsFor(globals);
    const field = canvas.getByRole('textbox', { name: s.newsletterEmailLabel });
    const button = canvas.getByRole('button', { name: s.newsletterSubmit });
    await expect(field).toHaveValue('');
    await expect(field).not.toHaveAttribute('aria-invalid');
    await expect(canvas.getByRole('alert')).toBeEmptyDOMElement();
    // Side by side on a wide screen, stacked on a phone; both comfortably large targets.
    const [f, b] = [field.getBoundingClientRect(), button.getBoundingClientRect()];
    await expect(window.innerWidth < 480 ? b.top >= f.bottom : Math.abs(f.top - b.top) < 2).toBe(true);
    await expect(b.height).toBeGreaterThanOrEqual(24);
  },
};

/** A whole signup: type, send, the busy look, then the thank-you takes focus. */
export const SignUp: Story = {
  // A flow for the tests; its states have stories of their own on the docs page.
  tags: ['!autodocs'],
  name: 'Sign up',
  play: async ({ canvas, userEvent, args, globals }) => {
    const s = stringsFor(globals);
    const field = canvas.getByRole('textbox', { name: s.newsletterEmailLabel });
    const button = canvas.getByRole('button', { name: s.newsletterSubmit });
    await userEvent.type(field, ADDRESS);
    const box = field.closest<HTMLElement>('[data-ak="NewsletterCta"]')!;
    const height = box.getBoundingClientRect().height;
    await userEvent.click(button);
    await expect(canvas.getByRole('status')).toHaveTextContent(s.newsletterSubmitting);
    await expect(box.getBoundingClientRect().height).toBe(height);
    const message = await canvas.findByText(s.newsletterSuccess);
    await waitFor(() => expect(message).toHaveFocus());
    // The box keeps its size from idle to busy to the thank-you: nothing below it moves.
    await expect(box.getBoundingClientRect().height).toBe(height);
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

// What the reader sees for each answer of the service, in the Playground.
const outcome = (scenario: Scenario, s: ReturnType<typeof stringsFor>): string | RegExp =>
  ({
    success: s.newsletterSuccess,
    slow: s.newsletterSuccess,
    'already-subscribed': s.newsletterAlreadySubscribed,
    'pending-confirmation': formatLabel(s.newsletterPending, { email: ADDRESS }),
    'server-error': s.newsletterErrorServer,
    'rate-limited': s.newsletterErrorRateLimited,
    offline: s.newsletterErrorOffline,
    timeout: s.newsletterErrorTimeout,
  })[scenario];

/**
 * For design reviews: pick what the newsletter service answers (success, already subscribed,
 * pending confirmation, server error, rate limit, offline, slow, timeout) and try the box. A new
 * answer starts a fresh box.
 */
export const Playground: StoryObj<NewsletterCtaProps & { scenario: Scenario }> = {
  args: { scenario: 'success', timeoutMs: 5000 },
  argTypes: {
    scenario: { control: 'select', options: Object.keys(services), description: 'What the service answers' },
    onSubscribe: { control: false },
  },
  render: ({ scenario, ...props }, { globals }) => (
    <NewsletterCta key={scenario} {...inLocale(props, globals)} onSubscribe={services[scenario]} />
  ),
  play: async ({ canvas, userEvent, globals, args }) => {
    await userEvent.type(canvas.getByRole('textbox'), `${ADDRESS}{Enter}`);
    const expected = outcome(args.scenario, stringsFor(globals));
    await waitFor(() => expect(canvas.getByText(expected, { exact: false })).toBeVisible(), { timeout: 8000 });
  },
};

/** Every answer of the Playground's service plays through to what the reader sees. */
export const PlaygroundAnswers: StoryObj<NewsletterCtaProps & { scenario: Scenario }> = {
  ...Playground,
  name: 'Playground: every answer',
  tags: ['!autodocs'],
  render: (args, { globals }) => {
    const { scenario: _scenario, ...props } = args;
    const scenarios = (Object.keys(services) as Scenario[]).filter((key) => key !== 'slow');
    return (
      <>
        {scenarios.map((scenario) => (
          <div key={scenario} data-scenario={scenario}>
            <NewsletterCta
              {...inLocale(props, globals)}
              title={`${String(inLocale(props, globals).title)}: ${scenario}`}
              id={`playground-${scenario}`}
              onSubscribe={services[scenario]}
            />
          </div>
        ))}
      </>
    );
  },
  play: async ({ canvasElement, userEvent, globals }) => {
    const s = stringsFor(globals);
    for (const wrapper of canvasElement.querySelectorAll<HTMLElement>('[data-scenario]')) {
      const scenario = wrapper.dataset.scenario as Scenario;
      await userEvent.type(wrapper.querySelector('input')!, `${ADDRESS}{Enter}`);
      await waitFor(() => expect(wrapper).toHaveTextContent(outcome(scenario, s)), { timeout: 8000 });
    }
  },
};

/**
 * While the service is working: a spinner in the button, which keeps its size and name, and a
 * visibly locked field. Rendered from `initialState`, as a design preview.
 */
export const Busy: Story = {
  args: { initialState: { status: 'submitting', email: ADDRESS } },
  play: async ({ canvas, globals }) => {
    const s = stringsFor(globals);
    const field = canvas.getByRole('textbox');
    const button = canvas.getByRole('button', { name: s.newsletterSubmit });
    await expect(canvas.getByRole('status')).toHaveTextContent(s.newsletterSubmitting);
    await expect(field).toHaveAttribute('readonly');
    await expect(field).toHaveValue(ADDRESS);
    await expect(getComputedStyle(field).borderTopStyle).toBe('dashed');
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(getComputedStyle(button, '::after').animationName).not.toBe('none');
  },
};

/**
 * A request under way, reached by submitting: the button keeps focus. The service here never
 * answers, so the state stays for review.
 */
export const Submitting: Story = {
  // A flow for the tests; its states have stories of their own on the docs page.
  tags: ['!autodocs'],
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

/** The thank-you: a confirmation panel with the success colour, an icon and the address. */
export const Subscribed: Story = {
  args: { initialState: { status: 'subscribed', email: ADDRESS } },
  play: async ({ canvas, canvasElement, globals }) => {
    const s = stringsFor(globals);
    const message = canvas.getByText(s.newsletterSuccess);
    await expect(message).toBeVisible();
    await expect(canvas.getByText(ADDRESS)).toBeVisible();
    await expect(canvas.queryByRole('textbox')).not.toBeInTheDocument();
    const panel = canvasElement.querySelector<HTMLElement>('[data-part="result"]')!;
    const icon = panel.querySelector('svg')!;
    await expect(icon).toBeVisible();
    await expect(getComputedStyle(icon).stroke).toBe(getComputedStyle(panel).borderInlineStartColor);
  },
};

/** A double click and repeated Enter send one request. */
export const DoubleClick: Story = {
  // A flow for the tests; its states have stories of their own on the docs page.
  tags: ['!autodocs'],
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

/** Validation on submit: an empty field, then an address without a domain ending. */
export const ValidationErrors: Story = {
  // A flow for the tests; its states have stories of their own on the docs page.
  tags: ['!autodocs'],
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
  // A flow for the tests; its states have stories of their own on the docs page.
  tags: ['!autodocs'],
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
  // A flow for the tests; its states have stories of their own on the docs page.
  tags: ['!autodocs'],
  globals: onDevice('phone320'),
  play: async ({ canvas, canvasElement, userEvent, globals, viewMode }) => {
    await expectDeviceWindow({ globals, viewMode });
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
  // A flow for the tests; its states have stories of their own on the docs page.
  tags: ['!autodocs'],
  play: async ({ canvas, userEvent, args, globals }) => {
    const s = stringsFor(globals);
    await userEvent.type(canvas.getByRole('textbox'), ' jürgen@müller.de {Enter}');
    await canvas.findByText(s.newsletterSuccess);
    await expect(args.onSubscribe).toHaveBeenCalledWith('jürgen@müller.de', expect.anything());
  },
};

/** The address was on the list already. */
export const AlreadySubscribed: Story = {
  args: { initialState: { status: 'already-subscribed', email: ADDRESS } },
  play: async ({ canvas, globals }) => {
    const s = stringsFor(globals);
    await expect(canvas.getByText(s.newsletterAlreadySubscribed)).toBeVisible();
    await expect(canvas.getByText(ADDRESS)).toBeVisible();
  },
};

/** Reached by submitting: the answer takes focus, so a screen reader reads it at once. */
export const AlreadySubscribedAfterSubmit: Story = {
  name: 'Already subscribed, after a submit',
  tags: ['!autodocs'],
  args: { onSubscribe: fn(services['already-subscribed']) },
  play: async ({ canvas, userEvent, globals }) => {
    const s = stringsFor(globals);
    await userEvent.type(canvas.getByRole('textbox'), `${ADDRESS}{Enter}`);
    const message = await canvas.findByText(s.newsletterAlreadySubscribed);
    await waitFor(() => expect(message).toHaveFocus());
  },
};

/** Double opt-in: the address is repeated once and can be changed. */
export const PendingConfirmation: Story = {
  args: { initialState: { status: 'pending-confirmation', email: ADDRESS } },
  play: async ({ canvas, globals }) => {
    const s = stringsFor(globals);
    await expect(canvas.getByText(formatLabel(s.newsletterPending, { email: ADDRESS }))).toBeVisible();
    await expect(canvas.getByRole('button', { name: s.newsletterChangeEmail })).toBeVisible();
  },
};

/** Changing the address after the confirmation mail went out: back to the field, address kept. */
export const ChangeAddress: Story = {
  // A flow for the tests; its states have stories of their own on the docs page.
  tags: ['!autodocs'],
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

/**
 * The box rendered with an error: the message shows, the address is still in the field, and the
 * field is marked invalid only when the error is about the address.
 */
const errorState = (
  error: NewsletterErrorCode,
  label: keyof ReturnType<typeof stringsFor>,
  { invalid = false, email = ADDRESS }: { invalid?: boolean; email?: string } = {},
): Story => ({
  args: { initialState: { status: 'error', error, email } },
  play: async ({ canvas, globals }) => {
    const s = stringsFor(globals);
    await expect(canvas.getByRole('alert')).toHaveTextContent(`${s.newsletterErrorPrefix} ${s[label]}`);
    const field = canvas.getByRole('textbox');
    await expect(field).toHaveValue(email);
    if (invalid) await expect(field).toHaveAttribute('aria-invalid', 'true');
    else await expect(field).not.toHaveAttribute('aria-invalid');
  },
});

/** A story again, in the dark scheme. */
const inDark = ({ args, play }: Story): Story => ({ globals: { theme: 'dark' }, args, play });

/** Sent without an address. */
export const EmptyAddress: Story = errorState('empty', 'newsletterErrorEmpty', { invalid: true, email: '' });

/** An address without a domain ending: an example of the right format, the address kept. */
export const InvalidAddress: Story = errorState('format', 'newsletterErrorFormat', {
  invalid: true,
  email: 'jana.beck@beispiel',
});

/** The service failed (5xx): a retryable error, the address kept. */
export const ServerError: Story = errorState('server', 'newsletterErrorServer');

/** Too many attempts (HTTP 429). */
export const RateLimited: Story = errorState('rate-limited', 'newsletterErrorRateLimited');

/** The network failed: the offline message, not the server one. */
export const Offline: Story = errorState('network', 'newsletterErrorOffline');

/** No answer within `timeoutMs`: the request was aborted, the address stays for a retry. */
export const Timeout: Story = errorState('timeout', 'newsletterErrorTimeout');

/** A failure the box cannot name. */
export const UnknownError: Story = errorState('unknown', 'newsletterErrorGeneric');

let failNext = true;

/** A request error reached by submitting, then a retry that goes through. */
export const ErrorThenRetry: Story = {
  name: 'Error, then a retry',
  tags: ['!autodocs'],
  // The service fails the first request of each play, and takes the next.
  beforeEach: () => {
    failNext = true;
  },
  args: {
    onSubscribe: fn<SubscribeHandler>(async (_email, { signal }) => {
      await wait(200, signal);
      if (failNext) {
        failNext = false;
        throw new SubscribeError('server');
      }
      return 'subscribed';
    }),
  },
  play: async ({ canvas, userEvent, globals, args }) => {
    const s = stringsFor(globals);
    const field = canvas.getByRole('textbox');
    await userEvent.type(field, `${ADDRESS}{Enter}`);
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent(s.newsletterErrorServer));
    await expect(field).toHaveValue(ADDRESS);
    await userEvent.type(field, '{Enter}');
    await expect(await canvas.findByText(s.newsletterSuccess)).toBeVisible();
    await expect(args.onSubscribe).toHaveBeenCalledTimes(2);
  },
};

/** The offline message comes from a failed `fetch`, without a request reaching the service. */
export const OfflineAfterSubmit: Story = {
  name: 'Offline, after a submit',
  tags: ['!autodocs'],
  args: { onSubscribe: fn(services.offline) },
  play: async ({ canvas, userEvent, globals }) => {
    const s = stringsFor(globals);
    await userEvent.type(canvas.getByRole('textbox'), `${ADDRESS}{Enter}`);
    await waitFor(() => expect(canvas.getByRole('alert')).toHaveTextContent(s.newsletterErrorOffline));
  },
};

/** The host's own thank-you. */
export const CustomSuccessMessage: Story = {
  args: {
    successMessage: 'Willkommen an Bord! Die erste Ausgabe zu Hochleistungs-KI-Chips kommt am Sonntag.',
    initialState: { status: 'subscribed', email: ADDRESS },
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/Willkommen an Bord!/)).toBeVisible();
    await expect(canvas.getByText(ADDRESS)).toBeVisible();
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

/** Sent without the consent ticked: the message sits at the checkbox, the address kept. */
export const ConsentMissing: Story = {
  args: { ...WithConsent.args, initialState: { status: 'error', error: 'consent', email: ADDRESS } },
  play: async ({ canvas, globals }) => {
    const s = stringsFor(globals);
    await expect(canvas.getByRole('checkbox')).toHaveAccessibleDescription(
      `${s.newsletterErrorPrefix} ${s.newsletterErrorConsent}`,
    );
    await expect(canvas.getByRole('textbox')).toHaveValue(ADDRESS);
  },
};

/**
 * Without `onSubscribe`: a real form to `action`, like a newsletter provider's embed, that posts
 * without JavaScript. Once hydrated it still validates before anything is sent.
 */
export const NoJavaScriptFormPost: Story = {
  // A flow for the tests; its states have stories of their own on the docs page.
  tags: ['!autodocs'],
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
  // A flow for the tests; its states have stories of their own on the docs page.
  tags: ['!autodocs'],
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
  // A flow for the tests; its states have stories of their own on the docs page.
  tags: ['!autodocs'],
  args: { minFillTimeMs: 60_000 },
  play: async ({ canvas, userEvent, args, globals }) => {
    const s = stringsFor(globals);
    await userEvent.type(canvas.getByRole('textbox'), `${ADDRESS}{Enter}`);
    await expect(canvas.getByText(s.newsletterSuccess)).toBeVisible();
    await expect(args.onSubscribe).not.toHaveBeenCalled();
    await expect(args.onEvent).toHaveBeenCalledWith({ type: 'spam', reason: 'too-fast' });
  },
};

/** Dark scheme, with an error showing. */
export const DarkWithError: Story = inDark(ServerError);

/** Dark scheme, busy. */
export const DarkBusy: Story = inDark(Busy);

/** Dark scheme after signing up. */
export const DarkSuccess: Story = inDark(Subscribed);

/** Dark scheme, awaiting confirmation. */
export const DarkPending: Story = inDark(PendingConfirmation);

/** On a 320 px phone: field and button stacked, the typo hint wraps. */
export const Phone: Story = {
  globals: onDevice('phone320'),
  play: async ({ canvas, canvasElement, userEvent, globals, viewMode }) => {
    await expectDeviceWindow({ globals, viewMode });
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
