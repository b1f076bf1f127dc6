// @vitest-environment node
// The whole adapter: a WordPress post body in, a validated article with its FAQ out.
import { JSDOM } from 'jsdom';
import { renderArticlePage } from '../server';
import type { Article } from '../schema/types';
import { wordpressPostDe as wordpressPost } from './fixtures/wordpressPost.de';
import { articleFromHtml } from '.';

const expectedArticle: Article = {
  title: 'KI-Verordnung: Was sich ab August für Sprachmodelle ändert',
  blocks: [
    {
      type: 'paragraph',
      content: [
        'Ab dem 2. August gelten in der EU neue Pflichten für ',
        { type: 'strong', children: ['allgemeine KI-Modelle'] },
        '. Anbieter müssen ihre Trainingsdaten zusammenfassen und ',
        {
          type: 'link',
          href: 'https://example.org/ki-verordnung',
          title: 'Volltext der Verordnung',
          children: ['die Regeln der ', { type: 'em', children: ['KI-Verordnung'] }],
        },
        ' einhalten.',
      ],
    },
    { type: 'paragraph', content: ['Wer ein Modell nur nutzt, ist kaum betroffen. Details stehen im Leitfaden.'] },
    { type: 'heading', text: 'Welche Fristen gelten?', level: 2, id: 'h-fristen' },
    {
      type: 'table',
      header: ['Stufe', 'Gilt ab', 'Bußgeld bis'],
      rows: [
        ['Verbotene Praktiken', 'Februar 2025', '35 Mio. €'],
        ['Allgemeine KI-Modelle', 'August 2025', '15 Mio. €'],
      ],
      caption: 'Die Fristen der Verordnung im Überblick',
      align: [null, null, 'end'],
    },
    {
      type: 'image',
      src: 'https://example.org/wp-content/uploads/2025/07/rechenzentrum-1024x576.jpg',
      alt: 'Serverreihen in einem Rechenzentrum',
      width: 1024,
      height: 576,
      srcSet:
        'https://example.org/wp-content/uploads/2025/07/rechenzentrum-1024x576.jpg 1024w, ' +
        'https://example.org/wp-content/uploads/2025/07/rechenzentrum-640x360.jpg 640w',
      sizes: '(max-width: 1024px) 100vw, 1024px',
      caption: 'In Rechenzentren wie diesem werden die großen Modelle trainiert.',
      credit: 'Foto: Nordwerk',
    },
    { type: 'newsletter' },
    { type: 'heading', text: 'Was Entwickler jetzt tun sollten', level: 3 },
    {
      type: 'list',
      ordered: false,
      items: [
        [
          'Die ',
          { type: 'link', href: 'https://example.org/leitlinien', children: ['Leitlinien der Kommission'] },
          ' lesen',
        ],
        ['Trainingsdaten ', { type: 'em', children: ['dokumentieren'] }],
        ['Modellkarte prüfen'],
      ],
    },
    { type: 'code', text: 'pip install ki-pruefung\nki-pruefung --modell ./modell.safetensors', language: 'bash' },
    {
      type: 'embed',
      url: 'https://www.youtube.com/watch?v=Xk3mQ9vT2aB',
      provider: 'youtube',
      caption: 'Die Anhörung im Parlament',
    },
    { type: 'quote', text: 'Wir regeln die Anwendung, nicht die Forschung.', cite: 'Eine Sprecherin der Kommission' },
    {
      type: 'callout',
      tone: 'warning',
      title: 'Achtung',
      content: ['Die Übergangsfrist für bestehende Modelle endet im August 2027.'],
    },
    { type: 'divider' },
  ],
  faq: [
    {
      question: 'Gilt die Verordnung auch für offene Modelle?',
      answer:
        'Teilweise. Offene Modelle sind von einigen Pflichten befreit, nicht aber von der Zusammenfassung der Trainingsdaten.',
    },
    { question: 'Ab wann drohen Bußgelder?', answer: 'Für allgemeine KI-Modelle ab August 2026.' },
  ],
};

describe('articleFromHtml', () => {
  it('maps a WordPress post to the article, its FAQ and one problem per kind of dropped content', () => {
    const { article, problems } = articleFromHtml(wordpressPost);
    expect(article).toEqual(expectedArticle);
    expect(problems).toEqual([
      'an onclick attribute is not rendered; it is left out',
      'a <script> element is not rendered; it is left out',
      'a <style> element is not rendered; it is left out',
      'an onerror attribute is not rendered; it is left out',
      'a javascript: link is not safe; its text is kept without the link',
      'an <iframe> from umfrage.example.com is left out; only YouTube, Vimeo, X and Instagram embeds are kept',
    ]);
  });

  it('gives an article the server renders as it is, with what the post showed', () => {
    const { article } = articleFromHtml(wordpressPost);
    const { document, problems } = renderArticlePage({ article, locale: 'de' });
    expect(problems).toEqual([]);
    const doc = new JSDOM(document).window.document;
    expect(doc.querySelector('h1')?.textContent).toBe(article.title);
    expect([...doc.querySelectorAll('main h2, article h2')].map((h) => h.textContent)).toContain(
      'Welche Fristen gelten?',
    );
    expect(doc.querySelector('table caption')?.textContent).toContain('Die Fristen der Verordnung im Überblick');
    expect(doc.querySelector('pre code')?.textContent).toBe(
      'pip install ki-pruefung\nki-pruefung --modell ./modell.safetensors',
    );
    expect(doc.body.textContent).toContain('Foto: Nordwerk');
    expect(doc.body.textContent).toContain('Wir regeln die Anwendung, nicht die Forschung.');
    expect([...doc.querySelectorAll('summary')].map((s) => s.textContent)).toEqual([
      'Gilt die Verordnung auch für offene Modelle?',
      'Ab wann drohen Bußgelder?',
    ]);
  });

  it('finds the FAQ under the headings it is given', () => {
    const html =
      '<h1>Titel</h1><p>Text.</p><h2>Fragen und Antworten</h2><h3>Was kostet es?</h3><p>Nichts.</p><h2>Mehr</h2><p>Ende.</p>';
    expect(articleFromHtml(html, { faqHeadings: ['Fragen und Antworten'] }).article).toEqual({
      title: 'Titel',
      blocks: [
        { type: 'paragraph', content: ['Text.'] },
        { type: 'heading', text: 'Mehr', level: 2 },
        { type: 'paragraph', content: ['Ende.'] },
      ],
      faq: [{ question: 'Was kostet es?', answer: 'Nichts.' }],
    });
    expect(articleFromHtml(html).article.faq).toBeUndefined();
  });

  it('checks the result: a repeated heading id is dropped and named', () => {
    const { article, problems } = articleFromHtml('<h1>Titel</h1><h2 id="a">Eins</h2><h2 id="a">Zwei</h2>');
    expect(article.blocks).toEqual([
      { type: 'heading', text: 'Eins', level: 2, id: 'a' },
      { type: 'heading', text: 'Zwei', level: 2 },
    ]);
    expect(problems).toEqual(['article.blocks[1].id "a" is already used by article.blocks[0]']);
  });

  it('says when the HTML has no title', () => {
    const { article, problems } = articleFromHtml('<p>Nur ein Absatz.</p>');
    expect(article).toEqual({ title: '', blocks: [{ type: 'paragraph', content: ['Nur ein Absatz.'] }] });
    expect(problems).toEqual(['article.title must not be empty']);
  });

  it('never throws: anything but a string gives an empty article and a problem', () => {
    for (const value of [undefined, null, 7, {}, [], Symbol('html'), () => '<p>x</p>']) {
      const { article, problems } = articleFromHtml(value as unknown as string);
      expect(article).toEqual({ title: '', blocks: [] });
      expect(problems[0]).toMatch(/^the HTML must be a string, not /);
    }
  });
});
