import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import type * as React from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { axeViolations } from '../../../test/axe';
import * as de from '../../locales/de';
import * as en from '../../locales/en';
import { EmbedConsent, type EmbedConsentProps } from './EmbedConsent';

const labelsOf = ({ embedLoad, embedNotice, embedOpen }: typeof de.body) => ({ embedLoad, embedNotice, embedOpen });

const video: EmbedConsentProps = {
  provider: 'youtube',
  url: 'https://www.youtube.com/watch?v=Kq7vTz2mR4w',
  title: 'Interview: Wie Nordwerk seine Rechenzentren kühlt',
  labels: labelsOf(de.body),
};

/**
 * Everything in `root` that makes a browser fetch something: frames, scripts, images, media,
 * objects and every `src`-like attribute, as `tag attribute=value`. A link only fetches when
 * followed, so `a[href]` is not among them.
 */
function fetching(root: ParentNode): string[] {
  const found: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    const tag = element.localName;
    if (['iframe', 'frame', 'img', 'picture', 'video', 'audio', 'object', 'embed', 'link'].includes(tag)) {
      found.push(tag);
    }
    if (tag === 'script' && !/^application\/(ld\+)?json$/.test(element.getAttribute('type') ?? ''))
      found.push('script');
    for (const name of ['src', 'srcset', 'data', 'poster', 'background', 'action', 'formaction']) {
      if (element.hasAttribute(name)) found.push(`${tag} ${name}=${element.getAttribute(name)}`);
    }
    if (/url\(/i.test(element.getAttribute('style') ?? '')) found.push(`${tag} style=${element.getAttribute('style')}`);
  }
  return found;
}

const roots: { root: Root; container: HTMLElement }[] = [];
afterEach(() => {
  for (const { root, container } of roots.splice(0)) {
    act(() => root.unmount());
    container.remove();
  }
});

/** The server markup of `element`, put into the page and hydrated, as a reader's browser does. */
async function serverThenHydrated(element: React.ReactElement) {
  const html = renderToString(element);
  const container = document.createElement('div');
  container.innerHTML = html;
  document.body.append(container);
  const serverRequests = fetching(container);
  const hadButton = container.querySelector('button') !== null;
  const recoverable = vi.fn();
  let root!: Root;
  await act(async () => {
    root = hydrateRoot(container, element, { onRecoverableError: recoverable });
  });
  roots.push({ root, container });
  return { html, container, serverRequests, hadButton, recoverable };
}

describe('EmbedConsent: before the reader agrees', () => {
  it('sends markup that requests nothing and has no button: a notice, the reserved box and a link', () => {
    const container = document.createElement('div');
    container.innerHTML = renderToString(<EmbedConsent {...video} />);
    expect(fetching(container)).toEqual([]);
    expect(container.querySelector('button')).toBeNull();
    const box = container.querySelector<HTMLElement>('[data-part="frame"]')!;
    expect(box.style.aspectRatio).toBe('16 / 9');
    expect(box).toHaveTextContent(
      'Beim Laden werden Daten an YouTube übertragen, etwa deine IP-Adresse, und Cookies gesetzt.',
    );
    const link = within(container).getByRole('link', { name: video.title });
    expect(link).toHaveAttribute('href', video.url);
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('shows the load button once hydrated, without a mismatch, and still loads nothing', async () => {
    const { container, serverRequests, hadButton, recoverable } = await serverThenHydrated(<EmbedConsent {...video} />);
    expect(serverRequests).toEqual([]);
    expect(hadButton).toBe(false);
    expect(recoverable).not.toHaveBeenCalled();
    const button = within(container).getByRole('button', { name: 'Inhalt von YouTube laden' });
    expect(button).toHaveAccessibleDescription(/Daten an YouTube übertragen/);
    expect(fetching(container)).toEqual([]);
    expect(within(container).getByRole('link', { name: video.title })).toBeInTheDocument();
  });

  it('names the link after the platform when the embed has no title', async () => {
    const { container } = await serverThenHydrated(<EmbedConsent {...video} title={undefined} />);
    expect(within(container).getByRole('link', { name: 'Auf YouTube ansehen' })).toHaveAttribute('href', video.url);
  });

  it('renders nothing for an address that is not the platform’s', () => {
    expect(renderToString(<EmbedConsent {...video} url="https://youtube.com.evil.example/watch?v=Kq7vTz2mR4w" />)).toBe(
      '',
    );
    expect(renderToString(<EmbedConsent {...video} provider="vimeo" />)).toBe('');
  });
});

describe('EmbedConsent: after the click', () => {
  it('loads the privacy-friendly frame into the same box, moves the focus to it and keeps the link', async () => {
    const user = userEvent.setup();
    const { container } = await serverThenHydrated(<EmbedConsent {...video} />);
    const box = container.querySelector('[data-part="frame"]')!;
    await user.click(within(container).getByRole('button', { name: 'Inhalt von YouTube laden' }));

    const frame = within(container).getByTitle(video.title!);
    expect(frame.localName).toBe('iframe');
    expect(frame.parentElement).toBe(box);
    expect(frame).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/Kq7vTz2mR4w');
    expect(frame).toHaveAttribute('loading', 'lazy');
    expect(frame).toHaveAttribute('referrerpolicy', 'strict-origin-when-cross-origin');
    expect(frame).toHaveAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-presentation');
    expect(frame).toHaveAttribute('allowfullscreen');
    expect(frame.getAttribute('allow')).not.toMatch(/autoplay|camera|microphone|geolocation/);
    expect(frame).toHaveFocus();
    expect(fetching(container)).toEqual(['iframe', 'iframe src=https://www.youtube-nocookie.com/embed/Kq7vTz2mR4w']);

    // The notice and button are out of reach; the link to the original stays.
    expect(within(container).queryByRole('button')).toBeNull();
    expect(within(container).getByRole('link', { name: video.title })).toHaveAttribute('href', video.url);
  });

  it('loads with the keyboard too', async () => {
    const user = userEvent.setup();
    const { container } = await serverThenHydrated(<EmbedConsent {...video} title={undefined} />);
    await user.tab();
    expect(within(container).getByRole('button', { name: 'Inhalt von YouTube laden' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(within(container).getByTitle('YouTube embed')).toHaveFocus();
  });

  it.each([
    ['vimeo', 'https://vimeo.com/76979871', 'Inhalt von Vimeo laden', 'https://player.vimeo.com/video/76979871?dnt=1'],
    [
      'x',
      'https://x.com/nordwerk/status/1790000000000000001',
      'Inhalt von X laden',
      'https://platform.twitter.com/embed/Tweet.html?id=1790000000000000001&dnt=true',
    ],
    [
      'instagram',
      'https://www.instagram.com/p/C8abcDEFghi/',
      'Inhalt von Instagram laden',
      'https://www.instagram.com/p/C8abcDEFghi/embed/',
    ],
  ] as const)('loads the %s frame without tracking', async (provider, url, button, frame) => {
    const user = userEvent.setup();
    const { container } = await serverThenHydrated(<EmbedConsent {...video} provider={provider} url={url} />);
    expect(fetching(container)).toEqual([]);
    await user.click(within(container).getByRole('button', { name: button }));
    expect(within(container).getByTitle(video.title!)).toHaveAttribute('src', frame);
  });
});

describe('EmbedConsent: languages and accessibility', () => {
  it('speaks English with the English strings', async () => {
    const user = userEvent.setup();
    const { container } = await serverThenHydrated(
      <EmbedConsent {...video} provider="vimeo" url="https://vimeo.com/76979871" title="" labels={labelsOf(en.body)} />,
    );
    expect(container).toHaveTextContent(
      'This loads content from Vimeo, which may store cookies and receive your IP address.',
    );
    expect(within(container).getByRole('link', { name: 'View on Vimeo' })).toBeInTheDocument();
    await user.click(within(container).getByRole('button', { name: 'Load content from Vimeo' }));
    expect(within(container).getByTitle('Vimeo embed')).toHaveFocus();
  });

  it('has no accessibility violations before and after the click', async () => {
    const user = userEvent.setup();
    const { container } = await serverThenHydrated(<EmbedConsent {...video} />);
    expect(await axeViolations(container)).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Inhalt von YouTube laden' }));
    // jsdom's frames cannot answer axe; the frame element itself is still checked (its title).
    const loaded = await axe.run(container, {
      iframes: false,
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    });
    expect(loaded.violations.map((v) => v.id)).toEqual([]);
    expect(loaded.passes.map((v) => v.id)).toContain('frame-title');
  });

  it('keeps the ids it is given, so a root hydrated on its own matches the page', async () => {
    const { container, recoverable } = await serverThenHydrated(<EmbedConsent {...video} id="ak-embed-3" />);
    expect(recoverable).not.toHaveBeenCalled();
    expect(container.querySelector('[data-ak="Embed"]')).toHaveAttribute('id', 'ak-embed-3');
    expect(within(container).getByText(/Daten an YouTube/)).toHaveAttribute('id', 'ak-embed-3-notice');
  });
});
