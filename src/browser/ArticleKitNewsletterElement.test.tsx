import { act, within } from '@testing-library/react';
import { ArticleKitNewsletterElement } from '.';

/** Adds `<article-kit-newsletter>` with these attributes inside `parent` and waits for the box. */
async function mount(attributes: Record<string, string>, parent: HTMLElement = document.body) {
  const element = document.createElement('article-kit-newsletter');
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  await act(async () => parent.append(element));
  return { element, box: within(element.shadowRoot as unknown as HTMLElement) };
}

// Removed inside act: the element unmounts its root a microtask later.
afterEach(() => act(async () => document.body.replaceChildren()));

describe('<article-kit-newsletter>', () => {
  it('is defined by the module and renders into an open shadow root', async () => {
    expect(customElements.get('article-kit-newsletter')).toBe(ArticleKitNewsletterElement);
    const { element, box } = await mount({
      title: 'KI-Briefing',
      description: 'Jeden Freitag das Wichtigste.',
      badge: 'Wöchentlich',
      action: '/newsletter',
    });
    expect(element.shadowRoot?.mode).toBe('open');
    expect(box.getByRole('heading', { level: 2, name: 'KI-Briefing' })).toBeInTheDocument();
    expect(box.getByText('Jeden Freitag das Wichtigste.')).toBeInTheDocument();
    expect(box.getByText('Wöchentlich')).toBeInTheDocument();
    expect(box.getByText('We respect your privacy. Unsubscribe at any time.')).toBeInTheDocument();
    const form = element.shadowRoot!.querySelector('form')!;
    expect(form).toHaveAttribute('action', '/newsletter');
    expect(form).toHaveAttribute('method', 'post');
    expect(box.getByRole('textbox', { name: 'Email address' })).toHaveAttribute('name', 'email');
  });

  it('takes the optional attributes: privacy note, consent, method, field name, heading level', async () => {
    const { element, box } = await mount({
      title: 'KI-Briefing',
      action: '/newsletter',
      'privacy-note': '',
      consent: 'Ja, schickt mir den Newsletter.',
      method: 'GET',
      'field-name': 'EMAIL',
      'heading-level': '3',
    });
    expect(box.queryByText('We respect your privacy. Unsubscribe at any time.')).not.toBeInTheDocument();
    expect(box.getByRole('checkbox', { name: 'Ja, schickt mir den Newsletter.' })).not.toBeChecked();
    expect(element.shadowRoot!.querySelector('form')).toHaveAttribute('method', 'get');
    expect(box.getByRole('textbox', { name: 'Email address' })).toHaveAttribute('name', 'EMAIL');
    expect(box.getByRole('heading', { level: 3, name: 'KI-Briefing' })).toBeInTheDocument();

    await act(async () => element.setAttribute('consent', ''));
    expect(box.getByRole('checkbox', { name: 'Send me the newsletter by email.' })).toBeInTheDocument();
  });

  it('never sends to an unsafe action, and says so in development', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { element } = await mount({ title: 'KI-Briefing', action: 'javascript:alert(1)' });
    expect(element.shadowRoot!.querySelector('form')).not.toHaveAttribute('action');
    expect(warn).toHaveBeenCalledWith(
      '[article-kit] NewsletterCta: ignored the unsafe `action` "javascript:alert(1)".',
    );
    warn.mockRestore();
  });

  it.each([
    ['de-AT', undefined, 'E-Mail-Adresse'],
    ['fr', undefined, 'Email address'],
    ['en', 'de', 'E-Mail-Adresse'],
    ['de', 'en', 'Email address'],
  ])('speaks the language of lang="%s" with locale %s', async (lang, locale, label) => {
    const article = document.createElement('article');
    article.lang = lang;
    document.body.append(article);
    const { box } = await mount(
      { title: 'KI-Briefing', action: '/newsletter', ...(locale ? { locale } : {}) },
      article,
    );
    expect(box.getByRole('textbox', { name: label })).toBeInTheDocument();
  });

  it('sets the colour scheme of its attribute, and otherwise leaves the inherited one', async () => {
    const { element } = await mount({ title: 'KI-Briefing', action: '/newsletter', 'color-scheme': 'auto' });
    const root = () => element.shadowRoot!.querySelector<HTMLElement>('[data-ak-root]')!;
    expect(root().style.getPropertyValue('--ak-color-scheme')).toBe('light dark');
    await act(async () => element.removeAttribute('color-scheme'));
    expect(root().style.getPropertyValue('--ak-color-scheme')).toBe('');
  });

  it('reports the analytics events of the box as DOM events that leave the shadow root', async () => {
    const events: unknown[] = [];
    document.addEventListener('article-kit-newsletter', (event) => events.push((event as CustomEvent).detail));
    await mount({ title: 'KI-Briefing', action: '/newsletter' });
    expect(events).toContainEqual({ type: 'view' });
  });

  it('unmounts when removed and renders again when added back', async () => {
    const { element } = await mount({ title: 'KI-Briefing', action: '/newsletter' });
    await act(async () => element.remove());
    expect(element.shadowRoot!.querySelector('[data-ak="NewsletterCta"]')).toBeNull();
    await act(async () => document.body.append(element));
    expect(element.shadowRoot!.querySelector('[data-ak="NewsletterCta"]')).not.toBeNull();
  });
});
