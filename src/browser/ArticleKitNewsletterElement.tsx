import { createRoot, type Root } from 'react-dom/client';
import { StyleSheetManager } from 'styled-components';
import { NewsletterCta, type NewsletterCtaProps, type NewsletterEvent } from '../components/NewsletterCta';
import type { Locale } from '../provider/locales';
import { fonts } from '../theme/cssVars';
import { ElementBase } from './elementBase';

const ATTRIBUTES = [
  'title',
  'description',
  'badge',
  'privacy-note',
  'action',
  'method',
  'locale',
  'consent',
  'field-name',
  'success-message',
  'heading-level',
  'color-scheme',
] as const;

/** The `--ak-color-scheme` each `color-scheme` value sets. */
const SCHEMES: Record<string, string> = { light: 'light', dark: 'dark', auto: 'light dark' };

// The element's own box and, inside the shadow root, a box that every inherited property starts
// from its initial value again: a host's `body { text-transform: uppercase; letter-spacing: … }`
// or `* { line-height: 3 }` cannot reach the signup box. `all` leaves custom properties alone,
// so the `--ak-…` theme properties a host sets on the element or an ancestor still apply.
const SHADOW_CSS = `:host{all:initial;display:block}:host([hidden]){display:none}[data-ak-root]{all:initial;display:block;font-family:${fonts.body}}`;

/**
 * `<article-kit-newsletter>`: the newsletter signup box for any page, without a React build.
 * Load the module once and write the element where the box belongs; it renders into an open
 * shadow root, so the page's CSS cannot change it. Its children are shown only when JavaScript
 * is off, e.g. a link to the signup page.
 *
 * ```html
 * <script type="module" src="/article-kit.js"></script>
 * <article-kit-newsletter title="KI-Briefing" action="/newsletter" locale="de">
 *   <a href="/newsletter">Zum Newsletter anmelden</a>
 * </article-kit-newsletter>
 * ```
 *
 * Attributes (changes re-render the box; the typed address stays):
 * - `title` (required): heading of the box, e.g. the newsletter's name.
 * - `description`: what the newsletter offers, below the heading.
 * - `badge`: a short tagline shown as a badge, e.g. how often it appears.
 * - `privacy-note`: privacy text under the form. Absent: the default text of the locale; empty:
 *   no note.
 * - `action`: the URL the address is sent to, with `fetch` and without leaving the page; without
 *   JavaScript a form posts there. Only http(s) and relative URLs are used. The answer's status
 *   decides what the reader sees: 2xx subscribed (a JSON body `{ "status":
 *   "pending-confirmation" | "already-subscribed" }` refines it), 409 already subscribed, 400 or
 *   422 invalid address, 429 rate limited, anything else a server error.
 * - `method`: `post` or `get`. Default `post`.
 * - `locale`: `en` or `de`. Default: the `lang` of the nearest ancestor that has one, read when
 *   the box renders, when it is German or English (`de-AT` counts as `de`); else `en`.
 * - `consent`: asks for consent with a checkbox that must be ticked. Empty (`consent`): the
 *   default label of the locale; any other value is the label. Absent: no checkbox.
 * - `field-name`: name of the email field in the request, e.g. `EMAIL` for Mailchimp. Default
 *   `email`.
 * - `success-message`: shown after a successful signup instead of the default thank-you.
 * - `heading-level`: 2 to 6, to fit the page's outline. Default 2.
 * - `color-scheme`: `light`, `dark` or `auto` (the reader's `prefers-color-scheme`). Default:
 *   `--ak-color-scheme` inherited from the page (an article-kit theme wrapper), else light.
 *
 * Theming: set `--ak-…` custom properties (e.g. `--ak-color-accent`, `--ak-font-body`) on the
 * element or any ancestor; they reach into the shadow root. Other host CSS does not.
 *
 * Events: `article-kit-newsletter` (bubbles, composed) for each analytics event of the box,
 * with the event (`view`, `submit`, `success`, `error`, `spam`) as `detail`; never the address.
 */
export class ArticleKitNewsletterElement extends ElementBase {
  /** The attributes whose changes re-render the box. */
  static readonly observedAttributes: readonly string[] = ATTRIBUTES;

  #root: Root | undefined;
  #container: HTMLElement | undefined;

  /** @internal */
  connectedCallback(): void {
    this.#render();
  }

  /** @internal */
  attributeChangedCallback(): void {
    if (this.#root) this.#render();
  }

  /** @internal */
  disconnectedCallback(): void {
    // A moment later: a move within the page (disconnected, then connected again) keeps the box
    // and what the reader typed, and a removal during another React render does not unmount a
    // root in the middle of it.
    queueMicrotask(() => {
      if (this.isConnected || !this.#root) return;
      this.#root.unmount();
      this.#root = undefined;
    });
  }

  /** The box's props from the attributes. */
  #props(): NewsletterCtaProps {
    const text = (name: (typeof ATTRIBUTES)[number]) => this.getAttribute(name) ?? undefined;
    const privacyNote = this.getAttribute('privacy-note');
    const consent = this.getAttribute('consent');
    const level = Number(this.getAttribute('heading-level'));
    return {
      title: text('title') ?? '',
      description: text('description'),
      badge: text('badge'),
      privacyNote: privacyNote === null ? undefined : privacyNote || null,
      action: text('action'),
      method: this.getAttribute('method')?.trim().toLowerCase() === 'get' ? 'get' : 'post',
      locale: this.#locale(),
      consent: consent === null ? false : consent || true,
      fieldName: text('field-name') || undefined,
      successMessage: text('success-message') || undefined,
      headingLevel: level >= 2 && level <= 6 ? (Math.trunc(level) as NewsletterCtaProps['headingLevel']) : undefined,
      onEvent: (detail: NewsletterEvent) =>
        this.dispatchEvent(new CustomEvent('article-kit-newsletter', { detail, bubbles: true, composed: true })),
    };
  }

  #locale(): Locale {
    const own = this.getAttribute('locale');
    if (own) return /^de(?![a-z])/i.test(own) ? 'de' : 'en';
    const lang = this.closest('[lang]')?.getAttribute('lang') ?? '';
    return /^de(?![a-z])/i.test(lang) ? 'de' : 'en';
  }

  #render(): void {
    if (!this.#container) {
      const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = SHADOW_CSS;
      this.#container = document.createElement('div');
      this.#container.setAttribute('data-ak-root', '');
      // The element's `title` attribute would show as a tooltip over the whole box; an empty
      // title on the box's container stops that.
      this.#container.title = '';
      shadow.replaceChildren(style, this.#container);
    }
    const scheme = SCHEMES[this.getAttribute('color-scheme')?.trim().toLowerCase() ?? ''];
    if (scheme) this.#container.style.setProperty('--ak-color-scheme', scheme);
    else this.#container.style.removeProperty('--ak-color-scheme');

    this.#root ??= createRoot(this.#container);
    this.#root.render(
      // styled-components puts the box's styles into this shadow root, not the document's head.
      <StyleSheetManager target={this.shadowRoot!}>
        <NewsletterCta {...this.#props()} />
      </StyleSheetManager>,
    );
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'article-kit-newsletter': ArticleKitNewsletterElement;
  }
}
