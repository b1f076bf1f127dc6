import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { hydrateIslands } from '../../browser/islands';
import { ArticleBody } from '../../components/ArticleBody';
import { renderArticlePage, type ArticlePage } from '../../server';
import type { ArticleBlock } from '../../schema/types';

const blocks: ArticleBlock[] = [
  { type: 'paragraph', text: 'Im Video erklärt die Betriebsleiterin, wie die Abwärme genutzt wird.' },
  {
    type: 'embed',
    url: 'https://youtu.be/Kq7vTz2mR4w?si=geteilt',
    title: 'Rundgang durch das Rechenzentrum in Luleå',
    caption: 'Video: Nordwerk',
  },
  { type: 'embed', url: 'https://x.com/nordwerk/status/1790000000000000001' },
];

const page: ArticlePage = {
  article: { title: 'Abwärme aus dem Rechenzentrum', blocks },
  locale: 'de',
};

/** Elements that make a browser fetch or run something, as `tag src`; JSON data (props, JSON-LD) is neither. */
const fetching = (root: ParentNode) =>
  [
    ...root.querySelectorAll(
      'iframe, img, video, audio, object, embed, script:not([type="application/json"], [type="application/ld+json"]), [src], [srcset]',
    ),
  ].map((element) => `${element.localName} ${element.getAttribute('src') ?? ''}`);

describe('the embed block in ArticleBody', () => {
  it('shows a figure with the notice, the link to the original and the caption, in German', () => {
    render(<ArticleBody blocks={blocks} locale="de" />);
    const link = screen.getByRole('link', { name: 'Rundgang durch das Rechenzentrum in Luleå' });
    expect(link).toHaveAttribute('href', 'https://youtu.be/Kq7vTz2mR4w?si=geteilt');
    const figure = link.closest('figure')!;
    expect(within(figure).getByText('Video: Nordwerk').localName).toBe('figcaption');
    expect(figure).toHaveTextContent('Beim Laden werden Daten an YouTube übertragen');
    expect(screen.getByRole('link', { name: 'Auf X ansehen' })).toHaveAttribute(
      'href',
      'https://x.com/nordwerk/status/1790000000000000001',
    );
    expect(fetching(document.body)).toEqual([]);
  });

  it('speaks English by default', async () => {
    const user = userEvent.setup();
    render(<ArticleBody blocks={blocks} />);
    expect(
      screen.getByText('This loads content from X, which may store cookies and receive your IP address.'),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'View on X' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Load content from X' }));
    expect(screen.getByTitle('X embed')).toHaveFocus();
    // One frame for the embed the reader asked for; the other one stays a notice.
    expect(fetching(document.body)).toEqual([
      'iframe https://platform.twitter.com/embed/Tweet.html?id=1790000000000000001&dnt=true',
    ]);
    expect(screen.getByRole('button', { name: 'Load content from YouTube' })).toBeInTheDocument();
  });

  it('leaves out an embed whose address is not a post or video of the platform', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      render(
        <ArticleBody
          locale="de"
          blocks={[
            { type: 'paragraph', text: 'Davor.' },
            { type: 'embed', url: 'https://youtube.com.evil.example/watch?v=Kq7vTz2mR4w' },
            { type: 'embed', url: 'javascript:alert(1)//https://www.youtube.com/watch?v=Kq7vTz2mR4w' },
          ]}
        />,
      );
      expect(document.querySelector('figure')).toBeNull();
      expect(screen.queryByRole('link')).toBeNull();
    } finally {
      warn.mockRestore();
    }
  });
});

describe('the embed block in renderArticlePage', () => {
  it('is plain markup without hydrate', () => {
    const { html } = renderArticlePage(page);
    expect(html).not.toContain('<article-kit-island');
    expect(html).not.toContain('<iframe');
  });

  it('becomes an island with plain JSON props under hydrate, and requests nothing', () => {
    const { html } = renderArticlePage(page, { hydrate: true });
    const container = document.createElement('div');
    container.innerHTML = html;
    const islands = [...container.querySelectorAll('article-kit-island[component="EmbedConsent"]')];
    expect(islands).toHaveLength(2);
    const props = islands.map((island) => JSON.parse(island.querySelector(':scope > script')!.textContent!));
    expect(props[0]).toEqual({
      id: 'ak-embed-1',
      provider: 'youtube',
      url: 'https://youtu.be/Kq7vTz2mR4w?si=geteilt',
      title: 'Rundgang durch das Rechenzentrum in Luleå',
      labels: {
        embedLoad: 'Inhalt von {provider} laden',
        embedNotice: 'Beim Laden werden Daten an {provider} übertragen, etwa deine IP-Adresse, und Cookies gesetzt.',
        embedOpen: 'Auf {provider} ansehen',
      },
    });
    expect(props[1]).toMatchObject({ id: 'ak-embed-2', provider: 'x' });
    // The caption is the figure's, outside the island: it needs no browser.
    expect(islands[0]!.closest('figure')!.querySelector(':scope > figcaption')).toHaveTextContent('Video: Nordwerk');
    // Only the bundle's own module script, nothing from a platform.
    expect(fetching(container)).toEqual(['script article-kit.js']);
  });

  it('hydrates as an island of the browser bundle: no warning, then a button that loads the frame', async () => {
    const user = userEvent.setup();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const container = document.createElement('div');
    try {
      container.innerHTML = renderArticlePage(page, { hydrate: true }).html.replace(
        /<script type="module"[^>]*><\/script>/,
        '',
      );
      document.body.append(container);
      expect(within(container).queryByRole('button')).toBeNull();
      await act(async () => hydrateIslands(container));
      await waitFor(() =>
        expect(container.querySelectorAll('article-kit-island[component="EmbedConsent"][hydrated]')).toHaveLength(2),
      );
      expect(warn).not.toHaveBeenCalled();
      expect(error).not.toHaveBeenCalled();
      expect(fetching(container)).toEqual([]);

      await user.click(within(container).getByRole('button', { name: 'Inhalt von YouTube laden' }));
      const frame = within(container).getByTitle('Rundgang durch das Rechenzentrum in Luleå');
      expect(frame).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/Kq7vTz2mR4w');
      expect(frame).toHaveFocus();
      expect(within(container).getByRole('button', { name: 'Inhalt von X laden' })).toBeInTheDocument();
    } finally {
      container.remove();
      warn.mockRestore();
      error.mockRestore();
    }
  });
});
