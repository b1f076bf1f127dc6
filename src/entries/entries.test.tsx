import { render, screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import * as root from '../index';
import { devWarn } from '../internal/warn';
import type * as WarnModule from '../internal/warn';
import { ArticleKitProvider } from '../provider/ArticleKitProvider';
import type { Article } from '../schema/types';
import * as de from './de';
import * as en from './en';
import * as es from './es';
import * as fr from './fr';
import * as italian from './it';
import * as nl from './nl';
import * as pl from './pl';

// devWarn says each message once per page; the spy sees every call, whatever ran before.
vi.mock('../internal/warn', async (importOriginal) => ({
  ...(await importOriginal<typeof WarnModule>()),
  devWarn: vi.fn(),
}));

const entries = { en, de, fr, es, it: italian, nl, pl };
const prev = { href: '/artikel/open-source-modelle', title: 'Open-Source-Modelle' };
const next = { href: '/artikel/ki-verordnung', title: 'KI-Verordnung' };
const article: Article = {
  title: 'Rechenzentren in Europa',
  lead: 'Wo die neuen Standorte entstehen.',
  publishedAt: '2025-11-28',
  author: { name: 'Mara Lindqvist' },
  blocks: [{ type: 'paragraph', text: 'Der Strombedarf wächst schneller als das Netz.' }],
  faq: [{ question: 'Wie viel Strom braucht ein Rechenzentrum?', answer: 'So viel wie eine Kleinstadt.' }],
  prev,
  next,
};

beforeEach(() => vi.mocked(devWarn).mockClear());

describe('language entries', () => {
  it('export every name of the package root, and nothing more', () => {
    for (const [code, entry] of Object.entries(entries)) {
      expect({ code, names: Object.keys(entry).sort() }).toEqual({ code, names: Object.keys(root).sort() });
    }
  });

  it('render German from article-kit/de without a provider', () => {
    render(<de.PrevNextNav prev={prev} next={next} />);
    const nav = screen.getByRole('navigation', { name: 'Weitere Artikel' });
    expect(within(nav).getByRole('link', { name: 'Zurück: Open-Source-Modelle' })).toBeInTheDocument();
    expect(within(nav).getByRole('link', { name: 'Weiter: KI-Verordnung' })).toBeInTheDocument();
    // The entry's language is only the default: the host's page language still applies.
    expect(nav).not.toHaveAttribute('lang');
    expect(devWarn).not.toHaveBeenCalled();
  });

  it('stay in their language for a locale they do not carry, and say how to get it', () => {
    render(<de.PrevNextNav locale="en" prev={prev} next={next} />);
    const nav = screen.getByRole('navigation', { name: 'Weitere Artikel' });
    expect(nav).toHaveAttribute('lang', 'de');
    expect(devWarn).toHaveBeenCalledWith(expect.stringMatching(/locale "en".*show "de".*'article-kit\/en'.*`labels`/));
  });

  it('take label overrides on top of their language', () => {
    render(<de.PrevNextNav prev={prev} next={next} labels={{ navNext: 'Nächster Artikel' }} />);
    expect(screen.getByRole('link', { name: 'Nächster Artikel: KI-Verordnung' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Zurück: Open-Source-Modelle' })).toBeInTheDocument();
  });

  it('follow a provider that sets no locale, and one that sets a language they carry', () => {
    render(
      <ArticleKitProvider>
        <fr.PrevNextNav prev={prev} next={next} />
        <root.ArticleKitProvider locale="de">
          <root.PrevNextNav prev={prev} next={next} />
        </root.ArticleKitProvider>
      </ArticleKitProvider>,
    );
    expect(screen.getByRole('navigation', { name: 'Autres articles' })).toHaveAttribute('lang', 'fr');
    expect(screen.getByRole('navigation', { name: 'Weitere Artikel' })).toHaveAttribute('lang', 'de');
    expect(devWarn).not.toHaveBeenCalled();
  });

  it('keep English as the root default, German on request, and English for a language the root does not carry', () => {
    render(<root.PrevNextNav prev={prev} next={next} />);
    expect(screen.getByRole('navigation', { name: 'More articles' })).not.toHaveAttribute('lang');
    render(<root.PrevNextNav locale="de" prev={prev} next={next} />);
    expect(screen.getByRole('navigation', { name: 'Weitere Artikel' })).toHaveAttribute('lang', 'de');
    expect(devWarn).not.toHaveBeenCalled();
    render(<root.PrevNextNav locale="pl" prev={prev} next={next} />);
    expect(screen.getAllByRole('navigation', { name: 'More articles' })[1]).toHaveAttribute('lang', 'en');
    expect(devWarn).toHaveBeenCalledWith(expect.stringContaining(`'article-kit/pl'`));
  });

  it('name no entry for a locale that is no language article-kit ships', () => {
    render(<italian.PrevNextNav locale={'ja' as never} prev={prev} next={next} />);
    expect(screen.getByRole('navigation', { name: 'Altri articoli' })).toHaveAttribute('lang', 'it');
    expect(devWarn).toHaveBeenCalledWith(expect.stringMatching(/locale "ja".*not a language article-kit ships/));
  });

  it('render the whole page in the entry’s language, every part', () => {
    render(<pl.ArticleLayout article={article} newsletter={{ title: 'KI Weekly', action: '/newsletter' }} />);
    expect(screen.getByText('Autor:', { exact: false })).toHaveTextContent('Autor: Mara Lindqvist');
    expect(screen.getByText('28 listopada 2025')).toBeInTheDocument();
    expect(screen.getByText('1 min czytania')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Adres e-mail' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Zapisz się' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Najczęstsze pytania' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Więcej artykułów' })).toBeInTheDocument();
    expect(devWarn).not.toHaveBeenCalled();
  });

  it('render on the server with the same strings (the interactive parts get them as plain data)', () => {
    const html = renderToString(
      <es.ArticleLayout article={article} newsletter={{ title: 'KI Weekly', action: '/n' }} />,
    );
    for (const text of [
      'Por ',
      'Preguntas frecuentes',
      'Suscribirme',
      'Más artículos',
      'Anterior',
      '28 de noviembre de 2025',
    ]) {
      expect(html).toContain(text);
    }
  });

  it('hand their language to useArticleKit as its default', () => {
    const table = { en: { hello: 'Hello' }, de: { hello: 'Hallo' }, nl: { hello: 'Hallo daar' } };
    function Greeting({ use }: { use: typeof root.useArticleKit }) {
      return <p>{use({}, table).labels.hello}</p>;
    }
    render(<Greeting use={nl.useArticleKit} />);
    render(<Greeting use={root.useArticleKit} />);
    // A host table without the entry's language falls back to English.
    render(<Greeting use={fr.useArticleKit} />);
    expect(screen.getAllByRole('paragraph').map((p) => p.textContent)).toEqual(['Hallo daar', 'Hello', 'Hello']);
  });
});
