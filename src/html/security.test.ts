// @vitest-environment node
// Hostile, broken and huge HTML: the adapter never throws, and nothing it lets through makes the
// server-rendered page run code or load an unsafe address.
import { JSDOM } from 'jsdom';
import { DANGEROUS_SCHEME, payloads } from '../../test/security/payloads';
import { renderArticlePage } from '../server';
import { htmlToDraft } from './htmlToDraft';
import { articleFromHtml } from '.';

/** Every place in a post's markup where text or an address from a CMS ends up. */
const inEveryPlace = (payload: string) =>
  [
    // The payload is the title when it leaves any words, else the next h1 is.
    `<h1>${payload}</h1><h1>Titel</h1>`,
    `<p>${payload} <strong>${payload}</strong></p>`,
    `<p><a href="${payload}">eins</a> <a href='${payload}'>zwei</a> <a href=${payload}>drei</a></p>`,
    `<a title="${payload}" href="/ok">vier</a>`,
    `<figure><img src="${payload}" alt="${payload}"><figcaption>${payload}</figcaption></figure>`,
    `<img src="/ok.jpg" alt="ok" srcset="${payload} 2x" sizes="${payload}" width="${payload}">`,
    `<h2 id="${payload}">${payload}</h2>`,
    `<ul><li>${payload}</li><li><a href="${payload}">x</a></li></ul>`,
    `<blockquote>${payload}<cite>${payload}</cite></blockquote>`,
    `<table><caption>${payload}</caption><tr><th align="${payload}">${payload}</th></tr><tr><td>${payload}</td></tr></table>`,
    `<pre><code class="language-${payload}">${payload}</code></pre>`,
    `<iframe src="${payload}" title="${payload}"></iframe>`,
    `<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">${payload}</div><figcaption>${payload}</figcaption></figure>`,
    `<blockquote class="twitter-tweet"><a href="${payload}">Post</a></blockquote>`,
    `<div class="callout"><h4>${payload}</h4><p>${payload}</p></div>`,
    `<!--${payload}-->`,
  ].join('\n');

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'background', 'ping'];

/** What in a rendered page could run code or load an unsafe address. */
function dangers(page: string): string[] {
  const doc = new JSDOM(page).window.document;
  const found: string[] = [];
  for (const script of doc.querySelectorAll('script')) {
    if (script.getAttribute('type') !== 'application/ld+json') found.push(`script: ${script.outerHTML}`);
    else JSON.parse(script.textContent ?? '');
  }
  for (const element of doc.querySelectorAll('iframe, object, embed, base, meta[http-equiv], frame, frameset')) {
    found.push(`element: ${element.outerHTML}`);
  }
  for (const element of doc.querySelectorAll('*')) {
    for (const { name, value } of element.attributes) {
      if (/^on/i.test(name)) found.push(`handler: ${name} on <${element.localName}>`);
      const addresses = /srcset$/i.test(name)
        ? value.split(',').map((candidate) => candidate.trim())
        : URL_ATTRIBUTES.includes(name.toLowerCase())
          ? [value]
          : [];
      for (const address of addresses) {
        if (DANGEROUS_SCHEME.test(address)) found.push(`address: ${name}="${value}" on <${element.localName}>`);
      }
    }
  }
  return found;
}

/** The adapter's article rendered by the server, as a whole page and as a fragment. */
function render(html: string): string[] {
  const { article, problems } = articleFromHtml(html);
  expect(problems.every((problem) => typeof problem === 'string')).toBe(true);
  // Lenient: a payload as the only title is fine to render, and an empty title is no danger.
  const page = renderArticlePage({ article, locale: 'de' }, { lenient: true });
  return [page.document, `<!doctype html><body>${page.html}`];
}

describe('articleFromHtml: hostile input', () => {
  it.each(payloads)('lets nothing of payload $id run or load in the rendered page', ({ text }) => {
    for (const page of render(inEveryPlace(text))) expect(dangers(page)).toEqual([]);
  });

  it('lets nothing of all payloads together run or load', () => {
    const html = payloads.map(({ text }) => inEveryPlace(text)).join('\n');
    for (const page of render(html)) expect(dangers(page)).toEqual([]);
  });

  it('finds the dangers it looks for, so that an empty list means something', () => {
    expect(
      dangers(
        '<script>x()</script><p onclick="y()"><a href=" javascript:z()">a</a><img srcset="/a.jpg 1x, data:image/png,x 2x"></p><iframe></iframe>',
      ),
    ).toHaveLength(5);
  });

  it('keeps the words of a payload as words', () => {
    const { article } = articleFromHtml('<p>Vorher <img src=x onerror=__xss(1)> "&lt;script&gt;" nachher</p>');
    expect(article.blocks).toEqual([
      { type: 'paragraph', content: ['Vorher'] },
      { type: 'image', src: 'x', alt: '' },
      { type: 'paragraph', content: ['"<script>" nachher'] },
    ]);
  });
});

describe('articleFromHtml: broken HTML', () => {
  it('reads broken markup as a browser does', () => {
    const { draft } = htmlToDraft(
      '<p>Eins<p>Zwei <b>fett <i>beides</b> kursiv</i></p></div></span>' +
        '<ul><li>A<li>B</ul><table><td>Zelle</table><h3>Offen<div>Rest',
    );
    expect(draft.blocks).toEqual([
      { type: 'paragraph', content: ['Eins'] },
      {
        type: 'paragraph',
        content: [
          'Zwei ',
          { type: 'strong', children: ['fett ', { type: 'em', children: ['beides'] }] },
          { type: 'em', children: [' kursiv'] },
        ],
      },
      { type: 'list', ordered: false, items: [['A'], ['B']] },
      { type: 'table', header: ['Zelle'], rows: [] },
      { type: 'heading', text: 'Offen Rest', level: 3 },
    ]);
  });

  it('keeps text that only looks like markup, and unclosed comments and tags', () => {
    const { draft } = htmlToDraft(
      '<p>a < b && c > d</p><p>5 <3</p><p><a href=/x>ohne Anführungszeichen</a><!-- newsletter',
    );
    expect(draft.blocks).toEqual([
      { type: 'paragraph', content: ['a < b && c > d'] },
      { type: 'paragraph', content: ['5 <3'] },
      { type: 'paragraph', content: [{ type: 'link', href: '/x', children: ['ohne Anführungszeichen'] }] },
      { type: 'newsletter' },
    ]);
  });

  it('maps a whole page, leaving its head out', () => {
    const { article, problems } = articleFromHtml(
      '<!doctype html><html><head><title>Seite</title><meta http-equiv="refresh" content="0;url=/x"><link rel="stylesheet" href="/a.css"></head>' +
        '<body><h1>Titel</h1><p>Text</p></body></html>',
    );
    expect(article).toEqual({ title: 'Titel', blocks: [{ type: 'paragraph', content: ['Text'] }] });
    expect(problems).toEqual([
      'a <title> element is not rendered; it is left out',
      'a <meta> element is not rendered; it is left out',
      'a <link> element is not rendered; it is left out',
    ]);
  });

  it('maps empty and whitespace-only input to an empty article', () => {
    for (const html of ['', '   \n', '<!-- -->', '<div><span></span></div>']) {
      expect(htmlToDraft(html)).toEqual({ draft: { title: '', blocks: [] }, problems: [] });
    }
  });
});

describe('articleFromHtml: huge input', () => {
  it('maps a post of 20 000 paragraphs (about 2 MB)', () => {
    const paragraph =
      '<p>Ein <strong>langer</strong> Text mit <a href="/link">Link</a> und <em>mehr</em> Wörtern.</p>\n';
    const { article } = articleFromHtml(`<h1>Lang</h1>${paragraph.repeat(20_000)}`);
    expect(article.blocks).toHaveLength(20_000);
  });

  it('maps one paragraph of 100 000 inline elements and a list of 50 000 items', () => {
    const { draft } = htmlToDraft(
      `<div><p>${'<span>a</span> '.repeat(100_000)}</p><ul>${'<li>Punkt</li>'.repeat(50_000)}</ul></div>`,
    );
    expect(draft.blocks).toEqual([
      { type: 'paragraph', content: [`${'a '.repeat(100_000).trim()}`] },
      { type: 'list', ordered: false, items: Array.from({ length: 50_000 }, () => ['Punkt']) },
    ]);
  });

  it('gives up on markup nested too deeply for the parser, without throwing', () => {
    const { article, problems } = articleFromHtml(`${'<div>'.repeat(100_000)}tief`);
    expect(article).toEqual({ title: '', blocks: [] });
    expect(problems[0]).toBe('the HTML could not be parsed; nothing of it is used');
  });
});
