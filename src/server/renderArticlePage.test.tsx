// @vitest-environment node
import { readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { JSDOM } from 'jsdom';
import { renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';
import { FaqAccordion } from '../components/FaqAccordion';
import { NewsletterCta } from '../components/NewsletterCta';
import { ArticlePageError, renderArticlePage, type ArticlePage } from '.';

const article = JSON.parse(readFileSync(new URL('../../e2e/fixtures/article.de.json', import.meta.url), 'utf8'));
const page: ArticlePage = {
  article,
  locale: 'de',
  newsletter: { title: 'KI-Briefing', description: 'Jeden Sonntag das Wichtigste.', action: '/newsletter' },
};

const parse = (html: string) => new JSDOM(html).window.document;

/** Elements of a fragment, read as a browser would. */
const fragment = (html: string) => {
  const doc = parse(`<!doctype html><body>${html}`);
  return doc.body;
};

describe('renderArticlePage: the document', () => {
  it('is a complete, valid HTML5 page in the article language with title, description and styles in the head', async () => {
    const { document } = renderArticlePage(page);
    const report = await new HtmlValidate({
      extends: ['html-validate:document'],
      // Custom properties in inline styles and styled-components' generated class names are fine.
      rules: { 'no-inline-style': 'off' },
    }).validateString(document);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);

    const doc = parse(document);
    expect(doc.documentElement.lang).toBe('de');
    expect(doc.characterSet).toBe('UTF-8');
    expect(doc.querySelector('meta[name=viewport]')?.getAttribute('content')).toBe(
      'width=device-width, initial-scale=1',
    );
    expect(doc.title).toBe(article.title);
    expect(doc.querySelector('meta[name=description]')?.getAttribute('content')).toBe(article.lead);
    expect(doc.head.querySelectorAll('style')).toHaveLength(2);
    expect(doc.body.querySelector('style')).toBeNull();
    expect(doc.querySelector('h1')?.textContent).toBe(article.title);
  });

  it('reads without JavaScript: every answer is in a native disclosure and the form posts to its action', () => {
    const doc = parse(renderArticlePage(page).document);
    const details = [...doc.querySelectorAll('details')];
    expect(details.map((d) => d.querySelector('summary')?.textContent)).toEqual(
      article.faq.map((f: { question: string }) => f.question),
    );
    expect(details[0]!.textContent).toContain(article.faq[0].answer);
    const form = doc.querySelector('form')!;
    expect(form.getAttribute('action')).toBe('/newsletter');
    expect(form.getAttribute('method')).toBe('post');
    expect(form.querySelector('input[name=email]')).not.toBeNull();
    // The box stands where the article placed it: between the second and third section.
    const order = [...doc.querySelectorAll('h2, section[data-ak=NewsletterCta]')].map((el) => el.tagName);
    expect(order.slice(0, 4)).toEqual(['H2', 'H2', 'SECTION', 'H2']);
    expect(doc.querySelector('script[type="module"]')).toBeNull();
  });

  it('gives the page the theme’s background and colour scheme, and a dark page is dark', () => {
    const dark = parse(renderArticlePage({ ...page, colorScheme: 'dark' }).document);
    expect(dark.head.querySelector('style')!.textContent).toMatch(/:root\{color-scheme:dark;background:light-dark\(/);
    const light = parse(renderArticlePage(page).document);
    expect(light.head.querySelector('style')!.textContent).toMatch(/:root\{color-scheme:light;/);
  });

  it('keeps a theme value from ending the style element', () => {
    const { document } = renderArticlePage({
      ...page,
      theme: { colors: { background: '</style><script>window.x=1</script>' } },
    });
    const doc = parse(document);
    expect(doc.querySelectorAll('script:not([type="application/ld+json"])')).toHaveLength(0);
    expect(doc.head.querySelectorAll('style')).toHaveLength(2);
  });
});

describe('renderArticlePage: the fragment and the stylesheet', () => {
  it('holds its own styles, the markup and one JSON-LD graph, and no page shell', () => {
    const { html } = renderArticlePage(page);
    expect(html).not.toMatch(/<(html|head|body)[\s>]/i);
    const body = fragment(html);
    expect(body.firstElementChild?.tagName).toBe('STYLE');
    expect(body.querySelector('[data-ak=ArticleLayout] h1')?.textContent).toBe(article.title);
    const jsonLd = [...body.querySelectorAll('script[type="application/ld+json"]')];
    expect(jsonLd).toHaveLength(1);
    const graph = JSON.parse(jsonLd[0]!.textContent!)['@graph'];
    expect(graph.map((node: { '@type': string }) => node['@type'])).toEqual(['NewsArticle', 'FAQPage']);
  });

  it('leaves the structured data out when asked, and adds the host’s properties', () => {
    expect(renderArticlePage({ ...page, structuredData: false }).html).not.toContain('application/ld+json');
    const body = fragment(renderArticlePage({ ...page, structuredData: { url: 'https://example.org/a' } }).html);
    const graph = JSON.parse(body.querySelector('script[type="application/ld+json"]')!.textContent!)['@graph'];
    expect(graph[0].url).toBe('https://example.org/a');
  });

  it('gives the stylesheet alone, without the renderer’s bookkeeping, with a rule for every class in the markup', () => {
    const { css, html } = renderArticlePage(page);
    expect(css).not.toMatch(/data-styled|\/\*!sc\*\/|<\/?style/);
    const classes = new Set([...fragment(html).querySelectorAll('[class]')].flatMap((el) => [...el.classList]));
    const styled = [...classes].filter((name) => css.includes(`.${name}`));
    expect(styled.length).toBeGreaterThanOrEqual(5);
  });

  it('gives the same bytes for the same page, also from a fresh copy of the modules', async () => {
    const first = renderArticlePage(page, { hydrate: true });
    expect(renderArticlePage(page, { hydrate: true })).toEqual(first);
    vi.resetModules();
    const fresh = await import('.');
    expect(fresh.renderArticlePage(page, { hydrate: true })).toEqual(first);
  });

  it('styles exactly the parts on the page, whatever was rendered before', async () => {
    const bare: ArticlePage = { article: { title: 'Kurz', blocks: [{ type: 'paragraph', text: 'Nur Text.' }] } };
    vi.resetModules();
    const bareFirst = await import('.');
    const bareAlone = bareFirst.renderArticlePage(bare).html;
    const fullAfter = bareFirst.renderArticlePage(page).html;
    vi.resetModules();
    const fullFirst = await import('.');
    expect(fullFirst.renderArticlePage(page).html).toBe(fullAfter);
    expect(fullFirst.renderArticlePage(bare).html).toBe(bareAlone);
    expect(bareAlone).not.toMatch(/ak-FaqAccordion|ak-NewsletterCta/);
    for (const part of [
      'ak-ArticleLayout',
      'ak-ArticleBody',
      'ak-FaqAccordion',
      'ak-NewsletterCta',
      'ak-PrevNextNav',
    ]) {
      expect(fullAfter).toContain(`data-styled.g`);
      expect(fullAfter).toMatch(new RegExp(`\\[id="${part}"\\]`));
    }
  });

  it('sets the interface language and string overrides', () => {
    const body = fragment(renderArticlePage({ ...page, locale: 'en', labels: { faqTitle: 'Questions' } }).html);
    expect(body.querySelector('[data-ak=FaqAccordion] h2')?.textContent).toBe('Questions');
    expect(body.querySelector('[data-ak=NewsletterCta] button[type=submit]')?.textContent).toBe('Subscribe');
  });
});

/** An island of a fragment: its element and the props in its data script. */
const island = (html: string, component: string) => {
  const el = fragment(html).querySelector(`article-kit-island[component=${component}]`)!;
  return { el, props: JSON.parse(el.querySelector(':scope > script[type="application/json"]')!.textContent!) };
};

describe('renderArticlePage: islands', () => {
  it('marks only with hydrate, and adds the module script where the host serves the bundle', () => {
    expect(renderArticlePage(page).html).not.toContain('article-kit-island');
    const { html, document } = renderArticlePage(page, { hydrate: { scriptSrc: '/assets/article-kit.js' } });
    expect(fragment(html).querySelectorAll('article-kit-island')).toHaveLength(2);
    const script = parse(document).querySelector('body > script[type=module]');
    expect(script?.getAttribute('src')).toBe('/assets/article-kit.js');
    expect(
      fragment(renderArticlePage(page, { hydrate: true }).html)
        .querySelector('script[type=module]')
        ?.getAttribute('src'),
    ).toBe('article-kit.js');
    expect(() => renderArticlePage(page, { hydrate: { scriptSrc: 'javascript:alert(1)' } })).toThrow(/scriptSrc/);
  });

  it('holds markup that equals each part rendered on its own with the island’s props, so it hydrates as its own root', () => {
    const { html } = renderArticlePage(page, { hydrate: true });
    for (const [name, Component] of [
      ['NewsletterCta', NewsletterCta],
      ['FaqAccordion', FaqAccordion],
    ] as const) {
      const { el, props } = island(html, name);
      const sheet = new ServerStyleSheet();
      const alone = renderToString(sheet.collectStyles(<Component {...props} />));
      sheet.seal();
      expect(el.querySelector(':scope > article-kit-root')!.innerHTML).toBe(fragment(alone).innerHTML);
    }
    expect(island(html, 'NewsletterCta').props).toMatchObject({
      id: 'ak-newsletter',
      action: '/newsletter',
      locale: 'de',
    });
    expect(island(html, 'FaqAccordion').props.items).toHaveLength(article.faq.length);
  });

  it('keeps a `</script>` in any text inside the island’s data', () => {
    const evil = '</script><script>window.hit=1</script><!--';
    const { html } = renderArticlePage(
      {
        ...page,
        article: { ...article, faq: [{ question: evil, answer: evil }] },
        newsletter: { title: evil, description: evil, action: '/newsletter' },
      },
      { hydrate: true },
    );
    const body = fragment(html);
    expect(body.querySelectorAll('script:not([type])')).toHaveLength(0);
    expect(island(html, 'NewsletterCta').props.title).toBe(evil);
    expect(island(html, 'FaqAccordion').props.items[0].answer).toBe(evil);
  });
});

describe('renderArticlePage: the answer to a plain form post', () => {
  it('renders the signup box in the state the host gives, in the page and in its island', () => {
    const answered: ArticlePage = {
      ...page,
      newsletter: { ...page.newsletter!, initialState: { status: 'pending-confirmation', email: 'jana@beispiel.de' } },
    };
    const body = fragment(renderArticlePage(answered).html);
    const box = body.querySelector('[data-ak="NewsletterCta"]')!;
    expect(box.getAttribute('data-state')).toBe('pending-confirmation');
    expect(box.querySelector('[role="status"]')!.textContent).toContain(
      'Wir haben einen Bestätigungslink an jana@beispiel.de geschickt.',
    );
    const { html } = renderArticlePage(answered, { hydrate: true });
    expect(island(html, 'NewsletterCta').props.initialState).toEqual({
      status: 'pending-confirmation',
      email: 'jana@beispiel.de',
    });
  });

  it('puts the address back in the field next to the error', () => {
    const { html } = renderArticlePage({
      ...page,
      newsletter: { ...page.newsletter!, initialState: { status: 'error', error: 'format', email: 'jana@beispiel' } },
    });
    const field = fragment(html).querySelector<HTMLInputElement>('[data-ak="NewsletterCta"] input[type="text"]')!;
    expect(field.value).toBe('jana@beispiel');
    expect(field.getAttribute('aria-invalid')).toBe('true');
  });

  it('names what is wrong with a state it cannot show, and starts idle when lenient', () => {
    const bad = {
      ...page,
      newsletter: { ...page.newsletter!, initialState: { status: 'error', email: 3, mood: 'happy' } },
    } as unknown as ArticlePage;
    expect(() => renderArticlePage(bad)).toThrow(ArticlePageError);
    const result = renderArticlePage(bad, { lenient: true });
    expect(result.problems).toEqual([
      'newsletter.initialState.email must be a string',
      'newsletter.initialState.mood is not a known field',
      'newsletter.initialState.error is missing',
    ]);
    expect(fragment(result.html).querySelector('[data-ak="NewsletterCta"]')!.getAttribute('data-state')).toBe('idle');
  });
});

describe('renderArticlePage: invalid pages', () => {
  it('throws one error naming every bad field', () => {
    let error: unknown;
    try {
      renderArticlePage({
        article: { ...article, title: 42, blocks: [{ type: 'paragraph' }] },
        locale: 'ja',
        newsletter: { title: '', action: 'javascript:alert(1)', colour: 'red' },
        labels: { faqTitel: 'Fragen' },
      } as unknown as ArticlePage);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ArticlePageError);
    expect((error as ArticlePageError).problems).toEqual([
      'article.title must be a string',
      'article.blocks[0].text must be a string',
      'locale must be "en", "de", "fr", "es", "it", "nl" or "pl"',
      'newsletter.title must be a non-empty string',
      'newsletter.action must be an http(s) or relative URL',
      'newsletter.colour is not a known field',
      'labels.faqTitel is not a known label',
    ]);
    expect((error as Error).message).toContain('article.title must be a string\n');
  });

  it('renders what is valid when lenient, and says what it left out', () => {
    const result = renderArticlePage(
      { ...page, article: { ...article, blocks: [...article.blocks, { type: 'chart' }] } } as ArticlePage,
      {
        lenient: true,
      },
    );
    expect(result.problems).toEqual([expect.stringMatching(/^article\.blocks\[11\]/)]);
    expect(parse(result.document).querySelector('h1')?.textContent).toBe(article.title);
  });

  it('never throws for input that is not a page at all when lenient', () => {
    for (const input of [null, 42, 'text', [], { article: null }]) {
      const result = renderArticlePage(input as unknown as ArticlePage, { lenient: true });
      expect(result.problems.length).toBeGreaterThan(0);
      expect(result.document).toMatch(/^<!doctype html>/);
    }
  });
});
