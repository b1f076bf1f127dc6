import { createElement } from 'react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { locales } from '../src';
// Defines <article-kit-newsletter>, as the browser module does on a host page.
import '../src/browser';

interface ElementArgs {
  /** The `title` attribute; by default the demo newsletter's name. */
  title?: string;
  /** The `description` attribute; by default the demo text in the toolbar's language. */
  description?: string;
  /** The `badge` attribute. */
  badge?: string;
  /** Sets the `consent` attribute (empty: the default label). */
  consent?: boolean;
}

// The demo newsletter in the toolbar's language, as in the NewsletterCta stories.
const demo = {
  de: {
    title: 'KI WEEKLY',
    description: 'Wöchentliches KI-Wissen kompakt und verständlich — jeden Sonntag in deinem Postfach.',
    badge: 'Jeden Sonntag neu!',
  },
  en: {
    title: 'AI WEEKLY',
    description: 'The week in AI, short and clear: every Sunday in your inbox.',
    badge: 'New every Sunday!',
  },
};

const languageOf = (globals: Record<string, unknown>) => (globals.locale === 'en' ? 'en' : 'de');

/**
 * `<article-kit-newsletter>` from `article-kit/browser`: the signup box for a page without a
 * React build, written as HTML. It renders into a shadow root and takes the `--ak-…` theme of
 * the page around it (here the toolbar's colour scheme).
 *
 * ```html
 * <script type="module" src="/article-kit.js"></script>
 * <article-kit-newsletter title="KI-Briefing" action="/newsletter">
 *   <a href="/newsletter">Zum Newsletter anmelden</a>
 * </article-kit-newsletter>
 * ```
 */
const meta = {
  title: 'Any host/article-kit-newsletter',
  args: { consent: false },
  render: ({ title, description, badge, consent }, { globals }) => {
    const locale = languageOf(globals);
    return createElement(
      'article-kit-newsletter',
      {
        title: title ?? demo[locale].title,
        description: description ?? demo[locale].description,
        badge: badge ?? demo[locale].badge,
        action: '/newsletter',
        locale,
        ...(consent ? { consent: '' } : {}),
      },
      // Shown only without JavaScript.
      <a href="/newsletter">Newsletter</a>,
    );
  },
} satisfies Meta<ElementArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The box, and the message it shows for an address that cannot be right. */
export const Default: Story = {
  play: async ({ canvasElement, globals }) => {
    const labels = locales[languageOf(globals)];
    const element = canvasElement.querySelector('article-kit-newsletter')!;
    await waitFor(() => expect(element.shadowRoot?.querySelector('form')).toBeTruthy());
    const box = within(element.shadowRoot as unknown as HTMLElement);
    await expect(box.getByRole('heading', { level: 2, name: demo[languageOf(globals)].title })).toBeVisible();
    await userEvent.type(box.getByRole('textbox', { name: labels.newsletterEmailLabel }), 'lena@');
    await userEvent.click(box.getByRole('button', { name: labels.newsletterSubmit }));
    await expect(await box.findByRole('alert')).toHaveTextContent(labels.newsletterErrorFormat);
  },
};

/** With the consent checkbox (`consent` attribute), never pre-ticked. */
export const WithConsent: Story = {
  args: { consent: true },
  play: async ({ canvasElement, globals }) => {
    const labels = locales[languageOf(globals)];
    const element = canvasElement.querySelector('article-kit-newsletter')!;
    await waitFor(() => expect(element.shadowRoot?.querySelector('form')).toBeTruthy());
    const box = within(element.shadowRoot as unknown as HTMLElement);
    await expect(box.getByRole('checkbox', { name: labels.newsletterConsentLabel })).not.toBeChecked();
  },
};
