import { cleanup, render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';
import { ArticleKitProvider } from './ArticleKitProvider';
import { formatLabel, locales, resolveLocale, type Labels } from './locales';
import { useArticleKit, type ArticleKitOverrides } from './context';
import * as de from '../locales/de';
import * as en from '../locales/en';
import { createTheme } from '../theme';
import { axeViolations } from '../../test/axe';

function NavLabels(props: ArticleKitOverrides) {
  const { labels, locale } = useArticleKit(props, { en: en.nav, de: de.nav });
  return <p data-locale={locale}>{`${labels.navPrevious} / ${labels.navNext}`}</p>;
}

describe('locales', () => {
  it('has a German and an English string for every label, none empty', () => {
    const keys = Object.keys(locales.en).sort();
    expect(Object.keys(locales.de).sort()).toEqual(keys);
    for (const key of keys) {
      expect(locales.en[key as keyof Labels].trim()).not.toBe('');
      expect(locales.de[key as keyof Labels].trim()).not.toBe('');
    }
  });

  it('uses the reference page words in German', () => {
    expect(locales.de.navPrevious).toBe('Zurück');
    expect(locales.de.navNext).toBe('Weiter');
    expect(locales.de.newsletterPrivacyNote).toBe('Wir respektieren deine Privatsphäre. Abmeldung jederzeit möglich.');
    expect(locales.de.faqTitle).toBe('FAQ');
  });

  it('keeps the same placeholders in both languages', () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of Object.keys(locales.en) as (keyof Labels)[]) {
      expect(placeholders(locales.de[key]), key).toEqual(placeholders(locales.en[key]));
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(formatLabel(locales.de.readingTime, { minutes: 4 })).toBe('4 Min. Lesezeit');
    expect(formatLabel('{a} and {b}', { a: 'x' })).toBe('x and {b}');
  });

  it('reads a language tag as its language, and falls back to English (or a given default) for others', () => {
    expect(resolveLocale('de-AT')).toBe('de');
    expect(resolveLocale('fr_CA')).toBe('fr');
    expect(resolveLocale('PL')).toBe('pl');
    expect(resolveLocale('ja')).toBe('en');
    expect(resolveLocale('deu')).toBe('en');
    expect(resolveLocale(undefined)).toBe('en');
    expect(resolveLocale('ja', 'nl')).toBe('nl');
  });
});

describe('ArticleKitProvider', () => {
  it('renders English strings without any provider', () => {
    render(<NavLabels />);
    expect(screen.getByText('Previous / Next')).toBeInTheDocument();
  });

  it('switches every component inside to German', () => {
    render(
      <ArticleKitProvider locale="de">
        <NavLabels />
      </ArticleKitProvider>,
    );
    expect(screen.getByText('Zurück / Weiter')).toBeInTheDocument();
  });

  it('applies partial label overrides and keeps the rest', () => {
    render(
      <ArticleKitProvider locale="de" labels={{ navNext: 'Nächster Artikel' }}>
        <NavLabels />
      </ArticleKitProvider>,
    );
    expect(screen.getByText('Zurück / Nächster Artikel')).toBeInTheDocument();
  });

  it('ignores label overrides that are not strings', () => {
    const labels = { navNext: undefined, navPrevious: 42 } as unknown as Partial<Labels>;
    render(
      <ArticleKitProvider locale="de" labels={labels}>
        <NavLabels />
      </ArticleKitProvider>,
    );
    expect(screen.getByText('Zurück / Weiter')).toBeInTheDocument();
  });

  it('lets a component override the locale and strings of the provider', () => {
    render(
      <ArticleKitProvider locale="de">
        <NavLabels locale="en" labels={{ navNext: 'Up next' }} />
      </ArticleKitProvider>,
    );
    expect(screen.getByText('Previous / Up next')).toBeInTheDocument();
  });

  it('holds only the theme, as CSS custom properties, on a wrapper that leaves the host content alone', () => {
    const theme = createTheme({ colors: { accent: { light: '#8a1c7c', dark: '#f5a3e6' } } });
    render(
      <ArticleKitProvider locale="de" theme={theme} colorScheme="dark">
        <NavLabels />
      </ArticleKitProvider>,
    );
    const root = screen.getByText('Zurück / Weiter').closest('[data-ak="ArticleKitProvider"]') as HTMLElement;
    expect(root.style.getPropertyValue('--ak-color-accent')).toBe('light-dark(#8a1c7c, #f5a3e6)');
    expect(root.style.getPropertyValue('--ak-color-scheme')).toBe('dark');
    // Nothing the host's own content inside would inherit or be laid out by.
    expect(root).not.toHaveAttribute('lang');
    expect(root.style.display).toBe('contents');
    for (const property of ['color-scheme', 'color', 'background-color', 'font-family']) {
      expect({ property, value: root.style.getPropertyValue(property) }).toEqual({ property, value: '' });
    }
  });

  it('falls back to the default theme for a theme that is not one', () => {
    for (const theme of [null, 'dark', { colors: { accent: 'red' } }, { fonts: null, space: { md: 3 } }]) {
      render(
        <ArticleKitProvider theme={theme as never}>
          <NavLabels />
        </ArticleKitProvider>,
      );
      const root = screen.getByText('Previous / Next').closest('[data-ak="ArticleKitProvider"]') as HTMLElement;
      expect(root.style.getPropertyValue('--ak-color-text')).not.toBe('');
      expect(root.style.getPropertyValue('--ak-space-md')).toBe('1rem');
      cleanup();
    }
    expect(createTheme(null as never).colors.accent).toEqual(createTheme().colors.accent);
  });

  it('leaves the host font in place when asked', () => {
    render(
      <ArticleKitProvider inheritFont>
        <NavLabels />
      </ArticleKitProvider>,
    );
    const root = screen.getByText('Previous / Next').closest('[data-ak="ArticleKitProvider"]') as HTMLElement;
    expect(root.style.getPropertyValue('--ak-font-body')).toBe('');
    expect(root.style.fontFamily).toBe('');
  });

  it('renders on the server with the theme on its wrapper', () => {
    const sheet = new ServerStyleSheet();
    try {
      const html = renderToString(
        sheet.collectStyles(
          <ArticleKitProvider locale="de">
            <NavLabels />
          </ArticleKitProvider>,
        ),
      );
      expect(html).toContain('Zurück / Weiter');
      expect(html).toContain('--ak-color-text:');
      expect(html).toContain('display:contents');
    } finally {
      sheet.seal();
    }
  });

  it('has no accessibility violations', async () => {
    const { container } = render(
      <ArticleKitProvider locale="de">
        <NavLabels />
      </ArticleKitProvider>,
    );
    expect(await axeViolations(container)).toEqual([]);
  });
});
