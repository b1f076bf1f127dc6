import * as React from 'react';
import { demoArticleDe } from '../../stories/demo/article.de';
import { demoArticleEn } from '../../stories/demo/article.en';
import { validateArticle } from './validateArticle';

const base = { title: 'Nordwerk baut neues Rechenzentrum in Luleå', blocks: [] };

/** Validates an article built from loose data, as a CMS or an API would deliver it. */
const check = (data: unknown, options?: Parameters<typeof validateArticle>[1]) => validateArticle(data, options);

describe('validateArticle', () => {
  it('accepts the demo articles as they are', () => {
    for (const demo of [demoArticleDe, demoArticleEn]) {
      const { article, problems } = check(demo);
      expect(problems).toEqual([]);
      expect(article).toEqual(demo);
    }
  });

  it('names the field of a block whose text is not a string', () => {
    const { article, problems } = check({
      ...base,
      blocks: [
        { type: 'heading', text: 'Einleitung' },
        { type: 'paragraph', text: 'Erster Absatz.' },
        { type: 'heading', text: 'Zweiter Abschnitt' },
        { type: 'paragraph', text: 42 },
        { type: 'paragraph', text: 'Letzter Absatz.' },
      ],
    });
    expect(problems).toEqual(['article.blocks[3].text must be a string']);
    expect(article.blocks).toEqual([
      { type: 'heading', text: 'Einleitung' },
      { type: 'paragraph', text: 'Erster Absatz.' },
      { type: 'heading', text: 'Zweiter Abschnitt' },
      { type: 'paragraph', text: 'Letzter Absatz.' },
    ]);
  });

  it('reports a value that is not an article at all', () => {
    for (const value of [null, undefined, 'Artikel', 7, [], true]) {
      expect(check(value)).toEqual({ article: { title: '', blocks: [] }, problems: ['article must be an object'] });
    }
  });

  it('reports missing or empty required fields and keeps the rest', () => {
    const { article, problems } = check({ lead: 'Nur ein Vorspann.' });
    expect(problems).toEqual(['article.title must be a string', 'article.blocks must be an array']);
    expect(article).toEqual({ title: '', lead: 'Nur ein Vorspann.', blocks: [] });
    expect(check({ title: '   ', blocks: [] }).problems).toEqual(['article.title must not be empty']);
    expect(check({ title: 'Titel', blocks: {} }).problems).toEqual(['article.blocks must be an array']);
  });

  it('checks lead, date and author', () => {
    const { article, problems } = check({
      ...base,
      lead: ['kein', 'Text'],
      publishedAt: '28.11.2025',
      author: { name: 'Lena Hartmann', url: 'javascript:alert(1)' },
    });
    expect(problems).toEqual([
      'article.lead must be a string',
      'article.publishedAt must be an ISO 8601 date, like 2025-11-28',
      'article.author.url must be an http(s), mailto, tel or relative URL',
    ]);
    expect(article).toEqual({ ...base, author: { name: 'Lena Hartmann' } });

    expect(check({ ...base, publishedAt: '2025-02-30' }).problems).toEqual([
      'article.publishedAt must be an ISO 8601 date, like 2025-11-28',
    ]);
    expect(check({ ...base, publishedAt: '2025-11-28T09:30:00+01:00' }).article.publishedAt).toBe(
      '2025-11-28T09:30:00+01:00',
    );
    expect(check({ ...base, author: 'Lena' }).problems).toEqual(['article.author must be an object']);
    expect(check({ ...base, author: { url: '/a' } })).toEqual({
      article: base,
      problems: ['article.author.name must be a string'],
    });
  });

  it('checks every built-in block type and drops what cannot be shown', () => {
    const { article, problems } = check({
      ...base,
      blocks: [
        'Absatz',
        { text: 'ohne Typ' },
        { type: 'heading', text: 'Fazit', level: 1, id: '' },
        { type: 'heading', text: '' },
        { type: 'list', items: ['Chips', 3, '  ', 'Strom'], ordered: 'ja' },
        { type: 'list', items: 'Chips, Strom' },
        { type: 'quote', cite: 'Lena Hartmann' },
        { type: 'quote', text: 'Rechenzeit ist die neue Währung.', cite: 5 },
        { type: 'image', src: 'data:image/png;base64,AAAA', alt: 'Chip' },
        { type: 'image', src: '/bilder/wafer.jpg', width: -4, height: '300', caption: null },
        { type: 'newsletter' },
        { type: 'newsletter' },
      ],
    });
    expect(problems).toEqual([
      'article.blocks[0] must be an object',
      'article.blocks[1].type must be a string',
      'article.blocks[2].level must be 2, 3 or 4',
      'article.blocks[2].id must not be empty',
      'article.blocks[3].text must not be empty',
      'article.blocks[4].items[1] must be a string',
      'article.blocks[4].items[2] must not be empty',
      'article.blocks[4].ordered must be true or false',
      'article.blocks[5].items must be an array',
      'article.blocks[6].text must be a string',
      'article.blocks[7].cite must be a string',
      'article.blocks[8].src must be an http(s) or relative URL',
      'article.blocks[9].alt must be a string (use "" for a purely decorative image)',
      'article.blocks[9].caption must be a string',
      'article.blocks[9].width must be a positive number of pixels',
      'article.blocks[9].height must be a positive number of pixels',
      'article.blocks[11] is a second newsletter block (the first is article.blocks[10]); it is left out',
    ]);
    expect(article.blocks).toEqual([
      { type: 'heading', text: 'Fazit' },
      { type: 'list', items: ['Chips', 'Strom'] },
      { type: 'quote', text: 'Rechenzeit ist die neue Währung.' },
      { type: 'image', src: '/bilder/wafer.jpg', alt: '' },
      { type: 'newsletter' },
    ]);
  });

  it('keeps a repeated heading id only on the first heading', () => {
    const { article, problems } = check({
      ...base,
      blocks: [
        { type: 'heading', text: 'Fazit', id: 'fazit' },
        { type: 'heading', text: 'Noch ein Fazit', id: 'fazit', level: 3 },
      ],
    });
    expect(problems).toEqual(['article.blocks[1].id "fazit" is already used by article.blocks[0]']);
    expect(article.blocks).toEqual([
      { type: 'heading', text: 'Fazit', id: 'fazit' },
      { type: 'heading', text: 'Noch ein Fazit', level: 3 },
    ]);
    expect(check({ ...base, blocks: [{ type: 'heading', text: 'Fazit', id: 7 }] })).toEqual({
      article: { ...base, blocks: [{ type: 'heading', text: 'Fazit' }] },
      problems: ['article.blocks[0].id must be a string'],
    });
  });

  it('checks rich paragraphs node by node and keeps the words of unsafe links', () => {
    const { article, problems } = check({
      ...base,
      blocks: [
        {
          type: 'paragraph',
          content: [
            'Die ',
            { type: 'strong', children: ['Hochleistungs-KI-Chips'] },
            ' stehen im ',
            { type: 'link', href: 'JavaScript:alert(1)', children: ['Bericht'] },
            { type: 'link', href: '/bericht', children: [' der Kommission'], title: 'Bericht' },
            { type: 'code', text: 42 },
            { type: 'blink', children: ['!'] },
            { type: 'em', children: 'kursiv' },
            7,
          ],
        },
        { type: 'paragraph', content: [{ type: 'em', children: [] }] },
        { type: 'paragraph', content: 'kein Array', text: 'Ersatztext' },
        { type: 'paragraph', content: ['Reicher Text'], text: ['kein', 'Text'] },
      ],
    });
    expect(problems).toEqual([
      "article.blocks[0].content[3].href must be an http(s), mailto, tel or relative URL; the link's text is kept without the link",
      'article.blocks[0].content[5].text must be a string',
      'article.blocks[0].content[6].type must be one of strong, em, code, link',
      'article.blocks[0].content[7].children must be an array',
      'article.blocks[0].content[8] must be a string or an inline node (strong, em, code, link)',
      'article.blocks[1].content must hold some text',
      'article.blocks[2].content must be an array',
      'article.blocks[3].text must be a string',
    ]);
    expect(article.blocks).toEqual([
      {
        type: 'paragraph',
        content: [
          'Die ',
          { type: 'strong', children: ['Hochleistungs-KI-Chips'] },
          ' stehen im ',
          'Bericht',
          { type: 'link', href: '/bericht', children: [' der Kommission'], title: 'Bericht' },
          // An unknown mark's words stay, without the mark.
          '!',
        ],
      },
      { type: 'paragraph', text: 'Ersatztext' },
      { type: 'paragraph', content: ['Reicher Text'] },
    ]);
  });

  it('stops at inline content nested absurdly deep instead of overflowing the stack', () => {
    let node: unknown = 'Kern';
    for (let i = 0; i < 10_000; i++) node = { type: 'em', children: [node] };
    const { article, problems } = check({ ...base, blocks: [{ type: 'paragraph', content: [node] }] });
    expect(problems.some((p) => /is nested more than 32 levels deep$/.test(p))).toBe(true);
    expect(article.blocks).toEqual([]);
  });

  it('keeps blocks of other types for the host’s renderers, or reports them when the renderers are known', () => {
    const chart = { type: 'chart', series: [1, 2, 3] };
    expect(check({ ...base, blocks: [chart] })).toEqual({ article: { ...base, blocks: [chart] }, problems: [] });
    const known = check({ ...base, blocks: [chart, { type: 'poll' }] }, { customTypes: ['chart'] });
    expect(known.problems).toEqual([
      'article.blocks[1].type "poll" is not a known block type and has no renderer in components',
    ]);
    expect(known.article.blocks).toEqual([chart]);
  });

  it('checks FAQ items: question, answer and unique ids', () => {
    const answer = React.createElement('p', null, 'Ja, ab August.');
    const { article, problems } = check({
      ...base,
      faq: [
        { question: 'Gilt die KI-Verordnung schon?', answer },
        { question: 'Was kostet der Zugang?', answer: '' },
        { question: 42, answer: 'Zahl' },
        { question: 'Welche Chips?', answer: { html: '<b>x</b>' } },
        { id: 'preis', question: 'Wie teuer?', answer: ['Rund ', 4, ' Mrd. Euro'] },
        { id: 'preis', question: 'Wie teuer genau?', answer: '4,2 Mrd. Euro' },
        null,
      ],
    });
    expect(problems).toEqual([
      'article.faq[1].answer must be text or React elements',
      'article.faq[2].question must be a string',
      'article.faq[3].answer must be text or React elements',
      'article.faq[5].id "preis" is already used by article.faq[4]',
      'article.faq[6] must be an object',
    ]);
    expect(article.faq).toEqual([
      { question: 'Gilt die KI-Verordnung schon?', answer },
      { id: 'preis', question: 'Wie teuer?', answer: ['Rund ', 4, ' Mrd. Euro'] },
      { question: 'Wie teuer genau?', answer: '4,2 Mrd. Euro' },
    ]);
    expect(check({ ...base, faq: 'keine' }).problems).toEqual(['article.faq must be an array']);
  });

  it('checks the previous and next links', () => {
    const { article, problems } = check({
      ...base,
      prev: { href: ' java\tscript:alert(1)', title: 'Böse' },
      next: { href: '/artikel/ki-verordnung', title: '' },
    });
    expect(problems).toEqual([
      'article.prev.href must be an http(s), mailto, tel or relative URL',
      'article.next.title must not be empty',
    ]);
    expect(article).toEqual(base);
    const ok = check({ ...base, next: { href: '/artikel/ki-verordnung', title: 'KI-Verordnung: Was gilt?' } });
    expect(ok).toEqual({
      article: { ...base, next: { href: '/artikel/ki-verordnung', title: 'KI-Verordnung: Was gilt?' } },
      problems: [],
    });
    expect(check({ ...base, prev: '/artikel/alt' }).problems).toEqual(['article.prev must be an object']);
  });

  it('drops fields it does not know from built-in blocks, so nothing unchecked reaches the page', () => {
    const { article } = check({
      ...base,
      blocks: [{ type: 'paragraph', text: 'Text', dangerouslySetInnerHTML: { __html: '<script></script>' } }],
    });
    expect(article.blocks).toEqual([{ type: 'paragraph', text: 'Text' }]);
  });

  it('survives throwing getters and hostile arrays', () => {
    const trap = {
      title: 'Titel',
      get lead(): string {
        throw new Error('kaputt');
      },
      blocks: [],
    };
    expect(check(trap)).toEqual({
      article: { title: 'Titel', blocks: [] },
      problems: ['article.lead could not be read'],
    });
    const unreadableLists = {
      title: 'Titel',
      get blocks(): unknown[] {
        throw new Error('kaputt');
      },
      get faq(): unknown[] {
        throw new Error('kaputt');
      },
    };
    expect(check(unreadableLists)).toEqual({
      article: { title: 'Titel', blocks: [] },
      problems: ['article.blocks could not be read', 'article.faq could not be read'],
    });

    const hostile = new Proxy([], {
      get() {
        throw new Error('nein');
      },
    });
    const result = check({ title: 'Titel', blocks: hostile });
    expect(result.problems).toEqual(['article could not be read completely; nothing of it is rendered']);
    expect(result.article).toEqual({ title: '', blocks: [] });
  });

  it('uses the given path in its messages', () => {
    expect(check({ blocks: [] }, { path: 'posts[2]' }).problems).toEqual(['posts[2].title must be a string']);
  });
});
