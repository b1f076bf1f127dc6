import * as React from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';
import { ArticleKitProvider } from '../../provider/ArticleKitProvider';
import type { LinkComponentProps } from '../../provider/context';
import { DANGEROUS_SCHEME, payloads } from '../../../test/security/payloads';
import { axeViolations } from '../../../test/axe';
import { devWarn } from '../../internal/warn';
import type * as WarnModule from '../../internal/warn';
import { PrevNextNav } from '.';

// devWarn says each message once per page; the spy sees every call, whatever ran before.
vi.mock('../../internal/warn', async (importOriginal) => ({
  ...(await importOriginal<typeof WarnModule>()),
  devWarn: vi.fn(),
}));

const prev = { href: '/artikel/open-source-modelle', title: 'Open-Source-Modelle: Wie offen sind die Gewichte?' };
const next = { href: '/artikel/ki-verordnung-august', title: 'KI-Verordnung: Was ab August für Anbieter gilt' };

/** A router link as hosts write it: takes `href`, handles the click itself, renders an `<a>`. */
function makeRouterLink(navigate: (href: string) => void) {
  return function RouterLink({ href, children, ...rest }: LinkComponentProps) {
    return (
      <a
        href={href}
        {...rest}
        onClick={(event) => {
          event.preventDefault();
          navigate(href);
        }}
      >
        {children}
      </a>
    );
  };
}

describe('PrevNextNav', () => {
  it('is a navigation landmark named in the reader’s language', () => {
    render(<PrevNextNav locale="de" prev={prev} next={next} />);
    expect(screen.getByRole('navigation', { name: 'Weitere Artikel' })).toBeInTheDocument();
  });

  it('takes the language and label overrides from the provider', () => {
    render(
      <ArticleKitProvider locale="de" labels={{ navNext: 'Nächster Beitrag' }}>
        <PrevNextNav prev={prev} next={next} />
      </ArticleKitProvider>,
    );
    const nav = screen.getByRole('navigation', { name: 'Weitere Artikel' });
    expect(within(nav).getByRole('link', { name: `Nächster Beitrag: ${next.title}` })).toBeInTheDocument();
  });

  it('names each link "label: title" with the label said once, in German', () => {
    render(<PrevNextNav locale="de" prev={prev} next={next} />);
    const back = screen.getByRole('link', { name: `Zurück: ${prev.title}` });
    const forward = screen.getByRole('link', { name: `Weiter: ${next.title}` });
    expect(back).toHaveAttribute('href', prev.href);
    expect(back).toHaveAttribute('rel', 'prev');
    expect(forward).toHaveAttribute('href', next.href);
    expect(forward).toHaveAttribute('rel', 'next');
    // The exact names above leave no room for a second "Zurück" or "Weiter".
    expect(screen.queryByRole('link', { name: /Zurück.*Zurück|Weiter.*Weiter/ })).not.toBeInTheDocument();
  });

  it('shows each label once, visibly, above the title inside the one link', () => {
    render(<PrevNextNav locale="de" prev={prev} next={next} />);
    expect(screen.getAllByText('Zurück')).toHaveLength(1);
    expect(screen.getAllByText('Weiter')).toHaveLength(1);
    const back = screen.getByRole('link', { name: `Zurück: ${prev.title}` });
    // The visible words, in order, are part of the name (WCAG 2.5.3).
    expect(back).toHaveTextContent(`Zurück ${prev.title}`);
    expect(screen.getAllByRole('link')).toHaveLength(2);
  });

  it('takes a class name for host styles, next to its own', () => {
    render(<PrevNextNav locale="de" prev={prev} next={next} className="seitenende" />);
    const nav = screen.getByRole('navigation', { name: 'Weitere Artikel' });
    expect(nav).toHaveClass('seitenende');
    expect(nav.classList.length).toBeGreaterThan(1);
  });

  it('uses the English labels by default', () => {
    render(<PrevNextNav prev={prev} next={next} />);
    expect(screen.getByRole('navigation', { name: 'More articles' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: `Previous: ${prev.title}` })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: `Next: ${next.title}` })).toBeInTheDocument();
  });

  it('hides the arrows from assistive technology', () => {
    const sheet = new ServerStyleSheet();
    try {
      renderToString(sheet.collectStyles(<PrevNextNav prev={prev} next={next} />));
      const css = sheet.getStyleTags();
      // Generated text with an empty alternative text: drawn, never announced. The previous
      // arrow leads its label, the next one follows it.
      expect(css).toMatch(/\[data-side='prev'\] span::before\{content:'‹ ' ?\/ ?'';?\}/);
      expect(css).toMatch(/\[data-side='next'\] span::after\{content:' ›' ?\/ ?'';?\}/);
    } finally {
      sheet.seal();
    }
    // Nothing of the arrows is in the document's text either.
    render(<PrevNextNav prev={prev} next={next} />);
    for (const link of screen.getAllByRole('link')) expect(link.textContent).not.toMatch(/[‹›←→]/);
  });

  it('keeps a long title whole in the DOM and in the link name', () => {
    const title =
      'Hochleistungs-KI-Chips: Warum die Handelsbeschränkungen der Vereinigten Staaten die Rechenzentrumsbetreiber Europas zu eigenen Beschleunigern drängen';
    render(<PrevNextNav locale="de" next={{ href: '/lang', title }} />);
    expect(screen.getByRole('link', { name: `Weiter: ${title}` })).toHaveTextContent(title);
  });

  it('keeps the next link on its own side when there is no previous one', () => {
    const { container } = render(<PrevNextNav locale="de" next={next} />);
    expect(screen.queryByRole('link', { name: /Zurück/ })).not.toBeInTheDocument();
    const forward = screen.getByRole('link', { name: `Weiter: ${next.title}` });
    expect(forward.closest('[data-side]')).toHaveAttribute('data-side', 'next');
    expect(container.querySelectorAll('[data-side]')).toHaveLength(1);
  });

  it('shows only the previous link when there is no next one', () => {
    render(<PrevNextNav locale="de" prev={prev} />);
    expect(screen.getByRole('link', { name: `Zurück: ${prev.title}` }).closest('[data-side]')).toHaveAttribute(
      'data-side',
      'prev',
    );
    expect(screen.queryByRole('link', { name: /Weiter/ })).not.toBeInTheDocument();
  });

  it('renders nothing when both links are missing', () => {
    const { container } = render(<PrevNextNav locale="de" />);
    expect(container).toBeEmptyDOMElement();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });

  it('renders links through the linkComponent prop with the same markup as plain links', async () => {
    const navigate = vi.fn();
    const { container: plain } = render(<PrevNextNav locale="de" prev={prev} next={next} />);
    const plainMarkup = plain.innerHTML;
    const { container: routed } = render(
      <PrevNextNav locale="de" prev={prev} next={next} linkComponent={makeRouterLink(navigate)} />,
    );
    expect(routed.innerHTML).toBe(plainMarkup);

    await userEvent.click(within(routed).getByRole('link', { name: `Weiter: ${next.title}` }));
    expect(navigate).toHaveBeenCalledWith(next.href);
  });

  it('uses the provider’s linkComponent, and the prop wins over it', async () => {
    const fromProvider = vi.fn();
    const fromProp = vi.fn();
    render(
      <ArticleKitProvider locale="de" linkComponent={makeRouterLink(fromProvider)}>
        <PrevNextNav prev={prev} />
        <PrevNextNav next={next} linkComponent={makeRouterLink(fromProp)} />
      </ArticleKitProvider>,
    );
    await userEvent.click(screen.getByRole('link', { name: `Zurück: ${prev.title}` }));
    expect(fromProvider).toHaveBeenCalledWith(prev.href);
    await userEvent.click(screen.getByRole('link', { name: `Weiter: ${next.title}` }));
    expect(fromProp).toHaveBeenCalledWith(next.href);
    expect(fromProvider).toHaveBeenCalledTimes(1);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    '  javascript:alert(1)  ',
    'java\tscript:alert(1)',
    '\u0001javascript:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'DATA:image/svg+xml,<svg onload=alert(1)>',
  ])('drops the side whose href is unsafe: %j', (href) => {
    render(<PrevNextNav locale="de" prev={{ href, title: prev.title }} next={next} />);
    expect(screen.queryByRole('link', { name: /Zurück/ })).not.toBeInTheDocument();
    expect(screen.queryByText(prev.title)).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: `Weiter: ${next.title}` })).toHaveAttribute('href', next.href);
  });

  it('never writes a dangerous scheme into any href, whatever the payload', () => {
    const { container } = render(
      <>
        {payloads.map((p) => (
          <PrevNextNav key={p.id} prev={{ href: p.text, title: p.text }} next={{ href: p.text, title: 'x' }} />
        ))}
      </>,
    );
    for (const link of container.querySelectorAll('a')) {
      expect(link.getAttribute('href')).not.toMatch(DANGEROUS_SCHEME);
    }
    expect(container.querySelector('script, img, svg[onload], iframe')).toBeNull();
  });

  it('skips malformed links without throwing, and warns in development', () => {
    const warn = vi.mocked(devWarn);
    warn.mockClear();
    const bad = [
      { prev: 'nicht-gültig', next: 42 },
      { prev: { href: '/a' }, next: { title: 'Ohne Adresse' } },
      { prev: { href: '/a', title: '   ' }, next: { href: 7, title: 'Zahl' } },
      { prev: null, next: { href: 'javascript:alert(1)', title: 'Böse' } },
    ] as unknown as { prev: typeof prev; next: typeof next }[];
    for (const props of bad) {
      const { container, unmount } = render(<PrevNextNav locale="de" {...props} />);
      expect(container).toBeEmptyDOMElement();
      unmount();
    }
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('`prev` must be an object'));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('`prev.title` must be a non-empty string'));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('`next.href` is not a safe'));
  });

  it('renders on the server with its styles: clamped titles, mirrored arrows in RTL, stacking by width', () => {
    const sheet = new ServerStyleSheet();
    try {
      const html = renderToString(sheet.collectStyles(<PrevNextNav locale="de" prev={prev} next={next} />));
      const css = sheet.getStyleTags();
      expect(html).toContain('data-ak="PrevNextNav"');
      expect(html).toContain('aria-label="Weitere Artikel"');
      expect(html).toContain(`aria-label="Zurück: ${prev.title}"`);
      expect(html).toContain('rel="prev"');
      expect(html).toContain('rel="next"');
      expect(css).toMatch(/-webkit-line-clamp:\s*3/);
      // ‹ and › are mirrored characters: on a right-to-left page the browser draws them turned.
      expect(css).toMatch(/content:'‹ ' ?\/ ?''/);
      expect(css).toMatch(/content:' ›' ?\/ ?''/);
      // Two columns only while two cards of 15rem fit in the nav's own width, never three.
      expect(css).toMatch(/grid-template-columns:repeat\(auto-fill, ?minmax\(max\(15rem, ?34%\), ?1fr\)\)/);
      expect(css).toMatch(/@media \(forced-colors: ?active\)/);
    } finally {
      sheet.seal();
    }
  });

  it('renders with React.StrictMode and a router link on the server', () => {
    const html = renderToString(
      <React.StrictMode>
        <PrevNextNav locale="en" next={next} linkComponent={makeRouterLink(() => {})} />
      </React.StrictMode>,
    );
    expect(html).toContain(`href="${next.href}"`);
    expect(html).not.toContain('rel="prev"');
  });

  it('has no accessibility violations', async () => {
    const { container } = render(<PrevNextNav locale="de" prev={prev} next={next} />);
    expect(await axeViolations(container)).toEqual([]);
  });
});
