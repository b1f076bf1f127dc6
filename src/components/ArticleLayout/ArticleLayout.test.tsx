import { readFileSync } from 'node:fs';
import path from 'node:path';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';
import { demoArticleDe } from '../../../stories/demo/article.de';
import { demoArticleEn } from '../../../stories/demo/article.en';
import { axeViolations } from '../../../test/axe';
import { devWarn } from '../../internal/warn';
import type * as WarnModule from '../../internal/warn';
import { ArticleKitProvider } from '../../provider/ArticleKitProvider';
import type { LinkComponentProps } from '../../provider/context';
import type { Article, CustomBlock } from '../../schema/types';
import type { BlockRendererProps } from '../ArticleBody';
import { ArticleLayout } from '.';

vi.mock('../../internal/warn', async (importOriginal) => ({
  ...(await importOriginal<typeof WarnModule>()),
  devWarn: vi.fn(),
}));

const newsletter = {
  title: 'KI WEEKLY',
  description: 'Wöchentliches KI-Wissen kompakt und verständlich — jeden Sonntag in deinem Postfach.',
  badge: 'Jeden Sonntag neu!',
  action: '/newsletter',
};

/** True when `a` comes before `b` in the document. */
const before = (a: Element, b: Element) => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

function jsonLd(container: ParentNode): { '@context': string; '@graph': Record<string, unknown>[] }[] {
  return Array.from(container.querySelectorAll('script[type="application/ld+json"]')).map((s) =>
    JSON.parse(s.textContent ?? ''),
  );
}

describe('ArticleLayout', () => {
  it('renders the whole article in the reference order', () => {
    const { container } = render(<ArticleLayout locale="de" article={demoArticleDe} newsletter={newsletter} />);
    const article = container.querySelector('article[data-ak="ArticleLayout"]') as HTMLElement;
    expect(article).toBeInTheDocument();

    const title = screen.getByRole('heading', { level: 1, name: demoArticleDe.title });
    const lead = screen.getByText(demoArticleDe.lead as string);
    const sections = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
    expect(sections).toEqual([
      'Unabhängigkeit von Exportauflagen',
      'Rechenzentren als Nadelöhr',
      'KI WEEKLY',
      'Folgen für den europäischen KI-Markt',
      'Regulierung und offene Fragen',
      'Fazit',
      'FAQ',
    ]);
    const cta = screen.getByRole('region', { name: 'KI WEEKLY' });
    const faq = screen.getByRole('region', { name: 'FAQ' });
    const nav = screen.getByRole('navigation', { name: 'Weitere Artikel' });
    expect(before(title, lead)).toBe(true);
    expect(before(screen.getByRole('heading', { name: 'Rechenzentren als Nadelöhr' }), cta)).toBe(true);
    expect(before(cta, screen.getByRole('heading', { name: 'Folgen für den europäischen KI-Markt' }))).toBe(true);
    expect(before(screen.getByRole('heading', { name: 'Fazit' }), faq)).toBe(true);
    expect(before(faq, nav)).toBe(true);
    expect(within(faq).getAllByText(/\?$/)).toHaveLength(6);
    expect(within(nav).getByRole('link', { name: `Zurück: ${demoArticleDe.prev!.title}` })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: `Weiter: ${demoArticleDe.next!.title}` })).toBeInTheDocument();
    // One h1 and one article landmark for the page.
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
    expect(container.querySelectorAll('article')).toHaveLength(1);
  });

  it('places the signup box between the second and third section when the article has no newsletter block', () => {
    const article = { ...demoArticleDe, blocks: demoArticleDe.blocks.filter((b) => b.type !== 'newsletter') };
    render(<ArticleLayout locale="de" article={article} newsletter={newsletter} />);
    const cta = screen.getByRole('region', { name: 'KI WEEKLY' });
    const sections = screen
      .getAllByRole('heading', { level: 2 })
      .filter((h) => !h.closest('[data-ak="NewsletterCta"]'));
    expect(before(sections[1]!, cta)).toBe(true);
    expect(before(cta, sections[2]!)).toBe(true);
    expect(screen.getAllByRole('region', { name: 'KI WEEKLY' })).toHaveLength(1);
  });

  it('puts the box after the body with newsletterPlacement "end", and there when the text has no paragraph', () => {
    const article = { ...demoArticleDe, blocks: demoArticleDe.blocks.filter((b) => b.type !== 'newsletter') };
    const { unmount } = render(
      <ArticleLayout locale="de" article={article} newsletter={newsletter} newsletterPlacement="end" />,
    );
    expect(before(screen.getByText(/aus einer Hand anbietet/), screen.getByRole('region', { name: 'KI WEEKLY' }))).toBe(
      true,
    );
    unmount();
    render(
      <ArticleLayout
        locale="de"
        article={{ title: 'Nur Listen', blocks: [{ type: 'list', items: ['Eins', 'Zwei'] }] }}
        newsletter={newsletter}
      />,
    );
    expect(before(screen.getByText('Zwei'), screen.getByRole('region', { name: 'KI WEEKLY' }))).toBe(true);
  });

  it('offers a skip link past the signup box to a focusable point behind it', () => {
    render(<ArticleLayout locale="de" article={demoArticleDe} newsletter={newsletter} />);
    const skip = screen.getByRole('link', { name: 'Newsletter-Anmeldung überspringen' });
    const cta = screen.getByRole('region', { name: 'KI WEEKLY' });
    expect(before(skip, cta)).toBe(true);
    const target = document.getElementById(skip.getAttribute('href')!.slice(1))!;
    expect(before(cta, target)).toBe(true);
    // Focusable by the link (a fragment moves focus there), not by Tab.
    expect(target).toHaveAttribute('tabindex', '-1');
  });

  it('shows no signup box without newsletter props, even at a newsletter block', () => {
    render(<ArticleLayout locale="de" article={demoArticleDe} />);
    expect(screen.queryByRole('region', { name: 'KI WEEKLY' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
  });

  it('leaves out the FAQ without questions and the navigation without links', () => {
    const { faq: _faq, prev: _prev, next: _next, ...rest } = demoArticleDe;
    render(<ArticleLayout locale="de" article={rest} />);
    expect(screen.queryByRole('heading', { name: 'FAQ' })).not.toBeInTheDocument();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: demoArticleDe.title })).toBeInTheDocument();
  });

  it('gives a FAQ question that repeats a heading its own #id, so every link lands on one element', () => {
    const { container } = render(
      <ArticleLayout
        locale="de"
        article={{
          title: 'Preise für Rechenzeit',
          blocks: [
            { type: 'heading', text: 'Was kostet es?' },
            { type: 'paragraph', text: 'Die Preise richten sich nach der gebuchten Rechenzeit.' },
          ],
          faq: [
            { question: 'Was kostet es?', answer: 'Eine Stunde kostet 3 Euro.' },
            { question: 'Was kostet es?', answer: 'Doppelt gefragt, doppelt beantwortet.' },
          ],
        }}
      />,
    );
    const ids = [...container.querySelectorAll('[id]')].map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(screen.getByRole('heading', { level: 2, name: 'Was kostet es?' })).toHaveAttribute('id', 'was-kostet-es');
    expect(ids).toEqual(expect.arrayContaining(['was-kostet-es-2', 'was-kostet-es-3']));
  });

  it('speaks English with the English article', () => {
    render(<ArticleLayout locale="en" article={demoArticleEn} newsletter={{ ...newsletter, title: 'AI WEEKLY' }} />);
    expect(screen.getByRole('navigation', { name: 'More articles' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: `Next: ${demoArticleEn.next!.title}` })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Email address' })).toBeInTheDocument();
  });

  it('takes the locale from the provider when it has none of its own', () => {
    render(
      <ArticleKitProvider locale="de">
        <ArticleLayout article={demoArticleDe} newsletter={newsletter} />
      </ArticleKitProvider>,
    );
    expect(screen.getByRole('navigation', { name: 'Weitere Artikel' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'E-Mail-Adresse' })).toBeInTheDocument();
  });

  it('hands the host’s props to the parts: FAQ type, CTA onSubscribe, nav link component', async () => {
    const user = userEvent.setup();
    const onSubscribe = vi.fn().mockResolvedValue('subscribed');
    const navigate = vi.fn();
    function RouterLink({ href, children, ...rest }: LinkComponentProps) {
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
    }
    render(
      <ArticleLayout
        locale="de"
        article={demoArticleDe}
        newsletter={{ ...newsletter, onSubscribe, minFillTimeMs: 0 }}
        faqProps={{ type: 'single' }}
        navProps={{ linkComponent: RouterLink }}
      />,
    );

    const first = await screen.findByRole('button', { name: 'Wer übernimmt wen bei dem Milliarden-Deal?' });
    const second = screen.getByRole('button', { name: 'Wann soll die Übernahme abgeschlossen sein?' });
    await user.click(first);
    expect(first).toHaveAttribute('aria-expanded', 'true');
    await user.click(second);
    expect(second).toHaveAttribute('aria-expanded', 'true');
    expect(first).toHaveAttribute('aria-expanded', 'false');

    await user.type(screen.getByRole('textbox', { name: 'E-Mail-Adresse' }), 'lena@beispiel.de');
    await user.click(screen.getByRole('button', { name: 'Abonnieren' }));
    expect(onSubscribe).toHaveBeenCalledWith(
      'lena@beispiel.de',
      expect.objectContaining({ signal: expect.anything() }),
    );
    expect(await screen.findByText('Danke! Du bist jetzt angemeldet.')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: `Weiter: ${demoArticleDe.next!.title}` }));
    expect(navigate).toHaveBeenCalledWith(demoArticleDe.next!.href);
  });

  it('passes custom block renderers to the body, with the language, which a server renderer cannot read elsewhere', () => {
    const article: Article = {
      title: 'Stromverbrauch der Rechenzentren',
      blocks: [{ type: 'chart', caption: 'Verbrauch 2025 in Megawatt' }],
    };
    render(
      <ArticleLayout
        locale="de"
        article={article}
        bodyProps={{
          components: {
            chart: ({ block, locale }: BlockRendererProps<CustomBlock>) => (
              <figure>
                {String(block.caption)} ({locale === 'de' ? 'Quelle: Betreiber' : 'Source: operators'})
              </figure>
            ),
          },
        }}
      />,
    );
    expect(screen.getByRole('figure')).toHaveTextContent('Verbrauch 2025 in Megawatt (Quelle: Betreiber)');
  });

  describe('structured data', () => {
    it('publishes one graph with the NewsArticle and the FAQPage from the same data', () => {
      const { container } = render(
        <ArticleLayout locale="de" article={demoArticleDe} newsletter={newsletter} structuredData />,
      );
      const scripts = jsonLd(container);
      expect(scripts).toHaveLength(1);
      const [data] = scripts;
      expect(data!['@context']).toBe('https://schema.org');
      const [news, faq] = data!['@graph'];
      expect(news).toMatchObject({
        '@type': 'NewsArticle',
        headline: demoArticleDe.title,
        description: demoArticleDe.lead,
        datePublished: '2025-11-28',
        author: { '@type': 'Person', name: 'Lena Hartmann', url: '/autorinnen/lena-hartmann' },
      });
      expect(news).not.toHaveProperty('@context');
      expect(faq).toMatchObject({ '@type': 'FAQPage' });
      const questions = (faq as { mainEntity: { name: string; acceptedAnswer: { text: string } }[] }).mainEntity;
      expect(questions.map((q) => q.name)).toEqual(demoArticleDe.faq!.map((item) => item.question));
      expect(questions[0]!.acceptedAnswer.text).toBe(demoArticleDe.faq![0]!.answer);
      // Each visible question is in the graph, and nothing else.
      for (const q of questions) expect(screen.getByRole('button', { name: q.name })).toBeInTheDocument();
    });

    it('has only the NewsArticle when there is no FAQ', () => {
      const { faq: _faq, ...rest } = demoArticleDe;
      const { container } = render(<ArticleLayout locale="de" article={rest} structuredData />);
      const [data] = jsonLd(container);
      expect(data!['@graph'].map((node) => node['@type'])).toEqual(['NewsArticle']);
    });

    it('publishes nothing by default, and the FAQ never publishes its own copy', () => {
      const off = render(<ArticleLayout locale="de" article={demoArticleDe} />);
      expect(jsonLd(off.container)).toHaveLength(0);
      off.unmount();
      const on = render(
        <ArticleLayout locale="de" article={demoArticleDe} structuredData faqProps={{ structuredData: true }} />,
      );
      expect(jsonLd(on.container)).toHaveLength(1);
    });

    it('adds the host’s properties to the NewsArticle without letting them replace its type or headline', () => {
      const { container } = render(
        <ArticleLayout
          locale="de"
          article={demoArticleDe}
          structuredData={{
            '@type': 'BlogPosting',
            headline: 'Falsch',
            image: 'https://ki-weekly.example/bilder/deal.jpg',
            publisher: { '@type': 'Organization', name: 'KI Weekly' },
          }}
        />,
      );
      const [news] = jsonLd(container)[0]!['@graph'];
      expect(news).toMatchObject({
        '@type': 'NewsArticle',
        headline: demoArticleDe.title,
        image: 'https://ki-weekly.example/bilder/deal.jpg',
        publisher: { '@type': 'Organization', name: 'KI Weekly' },
      });
    });

    it('escapes </script so no text can end the script element', () => {
      const hostile = '</script><script>window.__xss = 1</script>';
      const article: Article = {
        ...demoArticleDe,
        title: `KI-Chips ${hostile}`,
        faq: [{ question: `Was ist ${hostile}?`, answer: `Antwort ${hostile}` }],
      };
      const html = renderToString(<ArticleLayout locale="de" article={article} structuredData />);
      const script = /<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/.exec(html);
      expect(script).not.toBeNull();
      expect(script![1]).not.toMatch(/<\/script/i);
      expect(script![1]).not.toContain('<');
      const data = JSON.parse(script![1]!);
      expect(data['@graph'][0].headline).toBe(`KI-Chips ${hostile}`);
      expect(data['@graph'][1].mainEntity[0].name).toBe(`Was ist ${hostile}?`);
    });

    it('leaves invalid data out of the graph, as it does from the page', () => {
      const article = {
        ...demoArticleDe,
        publishedAt: 'gestern',
        faq: [{ question: 'Gültig?', answer: 'Ja.' }, { question: 'Ohne Antwort?' }],
      } as unknown as Article;
      const { container } = render(<ArticleLayout locale="de" article={article} structuredData />);
      const [news, faq] = jsonLd(container)[0]!['@graph'];
      expect(news).not.toHaveProperty('datePublished');
      expect((faq as { mainEntity: unknown[] }).mainEntity).toHaveLength(1);
    });
  });

  describe('bad data', () => {
    it('warns in development with the field’s path and renders the rest', () => {
      const warn = vi.mocked(devWarn);
      warn.mockClear();
      const article = {
        ...demoArticleDe,
        blocks: [
          { type: 'heading', text: 'Einleitung' },
          { type: 'paragraph', text: 'Der erste Absatz steht.' },
          { type: 'heading', text: 'Zweiter Abschnitt' },
          { type: 'paragraph', text: 42 },
          { type: 'paragraph', text: 'Der letzte Absatz steht auch.' },
        ],
        next: { href: 'javascript:alert(1)', title: 'Böse' },
      } as unknown as Article;
      render(<ArticleLayout locale="de" article={article} />);
      expect(warn).toHaveBeenCalledWith('ArticleLayout: article.blocks[3].text must be a string; it is left out.');
      expect(warn).toHaveBeenCalledWith(
        'ArticleLayout: article.next.href must be an http(s), mailto, tel or relative URL; it is left out.',
      );
      expect(screen.getByText('Der erste Absatz steht.')).toBeInTheDocument();
      expect(screen.getByText('Der letzte Absatz steht auch.')).toBeInTheDocument();
      expect(screen.queryByText('42')).not.toBeInTheDocument();
      expect(screen.queryByRole('link', { name: /Weiter/ })).not.toBeInTheDocument();
      expect(screen.getByRole('link', { name: /Zurück/ })).toBeInTheDocument();
    });

    it('renders an empty but valid page for data that is not an article', () => {
      for (const value of [null, undefined, 'Artikel', 42, [], { title: 7, blocks: 'x' }]) {
        const { container, unmount } = render(<ArticleLayout article={value as unknown as Article} structuredData />);
        expect(container.querySelector('[data-ak="ArticleLayout"]')).toBeInTheDocument();
        expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();
        unmount();
      }
      expect(vi.mocked(devWarn)).toHaveBeenCalledWith('ArticleLayout: article must be an object; it is left out.');
    });

    describe('in production', () => {
      // As a host's bundler sets it; the layout reads it on every render.
      beforeEach(() => {
        vi.stubEnv('NODE_ENV', 'production');
        vi.mocked(devWarn).mockClear();
      });
      afterEach(() => {
        vi.unstubAllEnvs();
      });

      it('renders what is valid and skips what is not, without the full check', () => {
        const article = {
          ...demoArticleDe,
          publishedAt: 20251128n,
          blocks: [
            { type: 'heading', text: 'Einleitung' },
            null,
            { type: 'paragraph', text: 'Der erste Absatz steht.' },
            { type: 'newsletter' },
            { type: 'paragraph', text: 42 },
            { type: 'newsletter' },
            'kein Block',
            { type: 'paragraph', text: 'Der letzte Absatz steht auch.' },
          ],
          faq: [
            { question: 'Gültig?', answer: 'Ja.' },
            { question: 'Antwort als Objekt?', answer: { text: 'nein' } },
            { question: 'Ohne Antwort?' },
            7,
          ],
          next: { href: 'javascript:alert(1)', title: 'Böse' },
        } as unknown as Article;
        const { container } = render(
          <ArticleLayout locale="de" article={article} newsletter={newsletter} structuredData />,
        );
        expect(screen.getByRole('heading', { level: 1, name: demoArticleDe.title })).toBeInTheDocument();
        expect(screen.getByText('Der erste Absatz steht.')).toBeInTheDocument();
        expect(screen.getByText('Der letzte Absatz steht auch.')).toBeInTheDocument();
        expect(screen.queryByText('42')).not.toBeInTheDocument();
        expect(screen.queryByText('kein Block')).not.toBeInTheDocument();
        expect(container.querySelector('time')).not.toBeInTheDocument();
        // One signup box, at the first newsletter block.
        const cta = screen.getByRole('region', { name: 'KI WEEKLY' });
        expect(screen.getAllByRole('region', { name: 'KI WEEKLY' })).toHaveLength(1);
        expect(before(screen.getByText('Der erste Absatz steht.'), cta)).toBe(true);
        expect(before(cta, screen.getByText('Der letzte Absatz steht auch.'))).toBe(true);
        const faq = screen.getByRole('region', { name: 'FAQ' });
        expect(
          within(faq)
            .getAllByText(/\?$/)
            .map((q) => q.textContent),
        ).toEqual(['Gültig?']);
        expect(screen.queryByRole('link', { name: /Weiter/ })).not.toBeInTheDocument();
        expect(screen.getByRole('link', { name: /Zurück/ })).toBeInTheDocument();
        const [news, faqPage] = jsonLd(container)[0]!['@graph'];
        expect(news).not.toHaveProperty('datePublished');
        expect((faqPage as { mainEntity: { name: string }[] }).mainEntity.map((q) => q.name)).toEqual(['Gültig?']);
        // The field-by-field messages belong to development.
        const messages = vi.mocked(devWarn).mock.calls.map(([message]) => message);
        expect(messages.filter((m) => m.startsWith('ArticleLayout:'))).toEqual([]);
      });

      it('renders an empty but valid page for data that is not an article', () => {
        for (const value of [null, undefined, 'Artikel', 42, [], { title: 7, blocks: 'x', faq: {}, prev: 'x' }]) {
          const { container, unmount } = render(
            <ArticleLayout article={value as unknown as Article} newsletter={newsletter} structuredData />,
          );
          expect(container.querySelector('[data-ak="ArticleLayout"]')).toBeInTheDocument();
          expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();
          expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
          expect(jsonLd(container)[0]!['@graph']).toEqual([{ '@type': 'NewsArticle', headline: '' }]);
          unmount();
        }
      });

      it('renders a valid article exactly as development does', () => {
        const page = () =>
          renderToString(<ArticleLayout locale="de" article={demoArticleDe} newsletter={newsletter} structuredData />);
        const production = page();
        vi.unstubAllEnvs();
        expect(production).toBe(page());
      });
    });
  });

  describe('server rendering', () => {
    it('renders the full page with its styles, every answer included', () => {
      const sheet = new ServerStyleSheet();
      try {
        const html = renderToString(
          sheet.collectStyles(
            <ArticleLayout locale="de" article={demoArticleDe} newsletter={newsletter} structuredData />,
          ),
        );
        const css = sheet.getStyleTags();
        expect(html).toContain('data-ak="ArticleLayout"');
        expect(html).toContain(`<h1>${demoArticleDe.title}</h1>`);
        for (const item of demoArticleDe.faq!) expect(html).toContain(item.answer as string);
        expect(html).toContain('action="/newsletter"');
        expect(html).toContain('rel="next"');
        expect(html).toContain('application/ld+json');
        for (const part of ['ArticleLayout', 'ArticleBody', 'NewsletterCta', 'FaqAccordion', 'PrevNextNav']) {
          expect(html).toContain(`data-ak="${part}"`);
        }
        expect(css).toMatch(/max-inline-size:var\(--ak-measure/);
      } finally {
        sheet.seal();
      }
    });

    it('is not a client component: no directive and no hooks of its own', () => {
      const source = readFileSync(path.join(__dirname, 'ArticleLayout.tsx'), 'utf8');
      expect(source).not.toMatch(/^\s*['"]use client['"]/);
      expect(source).not.toMatch(/\buse(State|Effect|LayoutEffect|Context|Reducer|Ref|SyncExternalStore)\b/);
      // Called as a plain function, outside any React render, it still returns its tree: the
      // entry's binding hands the layout its strings, and the layout renders.
      const bound = ArticleLayout({ article: demoArticleDe, locale: 'de' });
      const tree = (bound.type as (props: unknown) => typeof bound)(bound.props);
      expect(tree.props).toMatchObject({ 'data-ak': 'ArticleLayout', lang: 'de' });
    });
  });

  it('has no accessibility violations on the whole page', async () => {
    const { container } = render(
      <ArticleLayout locale="de" article={demoArticleDe} newsletter={newsletter} structuredData />,
    );
    await screen.findAllByRole('button', { name: /\?$/ });
    expect(await axeViolations(container)).toEqual([]);
  });
});
