import { createElement } from 'react';
import { render } from '@testing-library/react';
import { ArticleLayout } from '../components/ArticleLayout';
import { articleGraph } from '../components/ArticleLayout/articleLayoutLogic';
import { articleJsonLd, breadcrumbJsonLd } from './articleJsonLd';
import type { Article } from './types';
import { validateArticle } from './validateArticle';

const base = { title: 'Lumatek übernimmt Nordwerk', blocks: [{ type: 'paragraph', text: 'Ein Milliarden-Deal.' }] };

const article: Article = {
  ...base,
  blocks: [{ type: 'paragraph', text: 'Ein Milliarden-Deal.' }],
  publishedAt: '2025-11-28',
  updatedAt: '2025-11-30T08:15:00+01:00',
  authors: [{ name: 'Lena Hartmann', url: 'https://example.com/autorinnen/lena-hartmann' }, { name: 'Jonas Ebert' }],
  section: 'KI',
  breadcrumbs: [
    { href: 'https://example.com/', title: 'Startseite' },
    { href: 'https://example.com/ki', title: 'KI' },
  ],
};

describe('validateArticle: updatedAt, authors, section and breadcrumbs', () => {
  it('keeps them as they are when they are valid', () => {
    expect(validateArticle(article)).toEqual({ article, problems: [] });
  });

  it('names each bad field and leaves it out', () => {
    const { article: kept, problems } = validateArticle({
      ...base,
      updatedAt: '30.11.2025',
      authors: [{ name: 'Lena Hartmann', url: 'javascript:alert(1)' }, { url: '/autoren/jonas-ebert' }, 'Mira Sand'],
      section: '   ',
      breadcrumbs: [
        { href: 'https://example.com/', title: 'Startseite' },
        { href: 'javascript:alert(1)', title: 'KI' },
        { href: '/ki/chips', title: '' },
        '/ki',
      ],
    });
    expect(problems).toEqual([
      'article.updatedAt must be an ISO 8601 date, like 2025-11-28',
      'article.authors[0].url must be an http(s), mailto, tel or relative URL',
      'article.authors[1].name must be a string',
      'article.authors[2] must be an object',
      'article.section must not be empty',
      'article.breadcrumbs[1].href must be an http(s), mailto, tel or relative URL',
      'article.breadcrumbs[2].title must not be empty',
      'article.breadcrumbs[3] must be an object',
    ]);
    expect(kept).toEqual({
      ...base,
      authors: [{ name: 'Lena Hartmann' }],
      breadcrumbs: [{ href: 'https://example.com/', title: 'Startseite' }],
    });
  });

  it('reports fields of the wrong kind', () => {
    expect(
      validateArticle({ ...base, updatedAt: 20251130, authors: 'Lena Hartmann', section: ['KI'], breadcrumbs: {} })
        .problems,
    ).toEqual([
      'article.updatedAt must be a string',
      'article.authors must be an array',
      'article.section must be a string',
      'article.breadcrumbs must be an array',
    ]);
    expect(validateArticle({ ...base, updatedAt: '2025-02-30' }).problems).toEqual([
      'article.updatedAt must be an ISO 8601 date, like 2025-11-28',
    ]);
  });
});

describe('JSON-LD of updatedAt, authors, section and breadcrumbs', () => {
  it('adds dateModified, every author in order and the section to the NewsArticle', () => {
    expect(articleJsonLd(article)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Lumatek übernimmt Nordwerk',
      description: 'Ein Milliarden-Deal.',
      datePublished: '2025-11-28',
      dateModified: '2025-11-30T08:15:00+01:00',
      author: [
        { '@type': 'Person', name: 'Lena Hartmann', url: 'https://example.com/autorinnen/lena-hartmann' },
        { '@type': 'Person', name: 'Jonas Ebert' },
      ],
      articleSection: 'KI',
    });
  });

  it('keeps one author a single Person, and takes author when authors is empty', () => {
    expect(articleJsonLd({ ...base, authors: [{ name: 'Mira Sand' }] } as Article).author).toEqual({
      '@type': 'Person',
      name: 'Mira Sand',
    });
    expect(articleJsonLd({ ...base, author: { name: 'Mira Sand' }, authors: [] } as Article).author).toEqual({
      '@type': 'Person',
      name: 'Mira Sand',
    });
  });

  it('leaves out an unreadable update date and a blank section', () => {
    const data = articleJsonLd({ ...base, updatedAt: 'gestern', section: ' ' } as Article);
    expect(data).not.toHaveProperty('dateModified');
    expect(data).not.toHaveProperty('articleSection');
  });

  it('builds a BreadcrumbList that ends with the article', () => {
    expect(breadcrumbJsonLd(article)).toEqual({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Startseite', item: 'https://example.com/' },
        { '@type': 'ListItem', position: 2, name: 'KI', item: 'https://example.com/ki' },
        { '@type': 'ListItem', position: 3, name: 'Lumatek übernimmt Nordwerk' },
      ],
    });
    expect(breadcrumbJsonLd({ ...base, breadcrumbs: [] } as Article)).toBeUndefined();
    expect(breadcrumbJsonLd(base as Article)).toBeUndefined();
  });

  it('refuses a breadcrumb with an unsafe address, even without validation', () => {
    const trail = breadcrumbJsonLd({
      ...base,
      breadcrumbs: [
        { href: 'javascript:alert(1)', title: 'Startseite' },
        { href: ' java\tscript:alert(1)', title: 'Versteckt' },
        { href: 'data:text/html,<script>alert(1)</script>', title: 'Daten' },
        { href: '/ki', title: 'KI' },
      ],
    } as Article);
    expect(trail?.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'KI', item: '/ki' },
      { '@type': 'ListItem', position: 2, name: 'Lumatek übernimmt Nordwerk' },
    ]);
    expect(JSON.stringify(trail)).not.toMatch(/script|data:/i);
  });

  it('puts the BreadcrumbList into the article’s one graph, between the NewsArticle and the FAQPage', () => {
    const graph = articleGraph({ ...article, faq: [{ question: 'Wann schließt der Deal?', answer: 'Im Frühjahr.' }] });
    expect(graph['@context']).toBe('https://schema.org');
    expect(graph['@graph'].map((node) => node['@type'])).toEqual(['NewsArticle', 'BreadcrumbList', 'FAQPage']);
    expect(graph['@graph'][1]).toEqual(breadcrumbJsonLd(article));
    // One context for the graph: the nodes carry none of their own.
    expect(graph['@graph'].some((node) => '@context' in node)).toBe(false);
  });
});

describe('ArticleLayout: structured data from the checked article', () => {
  const graphOf = (container: HTMLElement) => {
    const scripts = container.querySelectorAll('script[type="application/ld+json"]');
    expect(scripts).toHaveLength(1);
    return JSON.parse(scripts[0]!.textContent!) as { '@graph': Record<string, unknown>[] };
  };

  it('publishes one graph with the NewsArticle and the BreadcrumbList', () => {
    const { container } = render(createElement(ArticleLayout, { article, structuredData: true, locale: 'de' }));
    const graph = graphOf(container);
    expect(graph['@graph'].map((node) => node['@type'])).toEqual(['NewsArticle', 'BreadcrumbList']);
    expect(graph['@graph'][0]).toMatchObject({
      dateModified: '2025-11-30T08:15:00+01:00',
      articleSection: 'KI',
      author: [{ name: 'Lena Hartmann' }, { name: 'Jonas Ebert' }],
    });
  });

  it('leaves an unsafe breadcrumb out of the page and names it in development', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const { container } = render(
        createElement(ArticleLayout, {
          article: {
            ...article,
            breadcrumbs: [{ href: 'javascript:alert(1)', title: 'KI' }, article.breadcrumbs![0]!],
          },
          structuredData: true,
        }),
      );
      const trail = graphOf(container)['@graph'][1] as { itemListElement: unknown[] };
      expect(trail.itemListElement).toEqual([
        { '@type': 'ListItem', position: 1, name: 'Startseite', item: 'https://example.com/' },
        { '@type': 'ListItem', position: 2, name: 'Lumatek übernimmt Nordwerk' },
      ]);
      expect(container.innerHTML).not.toContain('javascript:');
      expect(warn).toHaveBeenCalledWith(
        expect.stringContaining('article.breadcrumbs[0].href must be an http(s), mailto, tel or relative URL'),
      );
    } finally {
      warn.mockRestore();
    }
  });
});
