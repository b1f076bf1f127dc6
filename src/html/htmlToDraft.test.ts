// The mapping rule by rule, before the FAQ is taken out and the article validated.
import { htmlToDraft } from './htmlToDraft';
import { MAX_NESTING } from './sanitize';

const blocks = (html: string) => htmlToDraft(html).draft.blocks;

describe('htmlToDraft: headings and title', () => {
  it('takes the first h1 as the title and maps the other headings to levels 2 to 4', () => {
    const { draft, problems } = htmlToDraft(
      '<h1>Neue Chips für Europa</h1><h2 id="h-markt">Der Markt</h2><h3>Preise</h3><h4>Im Detail</h4>' +
        '<h5>Fußnote</h5><h6>Noch tiefer</h6><h1>Zweiter Titel</h1>',
    );
    expect(draft.title).toBe('Neue Chips für Europa');
    expect(draft.blocks).toEqual([
      { type: 'heading', text: 'Der Markt', level: 2, id: 'h-markt' },
      { type: 'heading', text: 'Preise', level: 3 },
      { type: 'heading', text: 'Im Detail', level: 4 },
      { type: 'heading', text: 'Fußnote', level: 4 },
      { type: 'heading', text: 'Noch tiefer', level: 4 },
      { type: 'heading', text: 'Zweiter Titel', level: 2 },
    ]);
    expect(problems).toEqual([]);
  });

  it('reads a heading as plain text, whitespace collapsed, and skips an empty one', () => {
    expect(blocks('<h2>  Was <em>bleibt</em>\n   <a href="/x">offen</a>? </h2><h2> </h2><h3 id=" ">Ende</h3>')).toEqual(
      [
        { type: 'heading', text: 'Was bleibt offen?', level: 2 },
        { type: 'heading', text: 'Ende', level: 3 },
      ],
    );
  });

  it('leaves the title empty without an h1', () => {
    expect(htmlToDraft('<p>Nur Text.</p>').draft.title).toBe('');
  });
});

describe('htmlToDraft: paragraphs and inline content', () => {
  it('maps strong, em, code and links, and keeps the text of other inline elements', () => {
    expect(
      blocks(
        '<p><b>Fett</b>, <strong>stark</strong>, <i>kursiv</i>, <em>betont</em>, <code>npm i</code>, <kbd>Strg</kbd>, ' +
          '<a href="https://example.org/a" title="Quelle">Link</a>, <span class="x">Span</span>, <mark>Mark</mark>, ' +
          'H<sub>2</sub>O und m<sup>2</sup>.</p>',
      ),
    ).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'strong', children: ['Fett'] },
          ', ',
          { type: 'strong', children: ['stark'] },
          ', ',
          { type: 'em', children: ['kursiv'] },
          ', ',
          { type: 'em', children: ['betont'] },
          ', ',
          { type: 'code', text: 'npm i' },
          ', ',
          { type: 'code', text: 'Strg' },
          ', ',
          { type: 'link', href: 'https://example.org/a', title: 'Quelle', children: ['Link'] },
          ', Span, Mark, H2O und m2.',
        ],
      },
    ]);
  });

  it('collapses whitespace as a browser does, across elements, and keeps no-break spaces', () => {
    expect(blocks('<p>\n   Ein  \t<strong> fetter </strong>  Satz<br>mit\u00a0Umbruch <em> </em> </p>')).toEqual([
      {
        type: 'paragraph',
        content: ['Ein ', { type: 'strong', children: ['fetter '] }, 'Satz mit\u00a0Umbruch'],
      },
    ]);
  });

  it('keeps nested marks', () => {
    expect(blocks('<p><strong>Alles <em>sehr</em> wichtig</strong></p>')).toEqual([
      {
        type: 'paragraph',
        content: [{ type: 'strong', children: ['Alles ', { type: 'em', children: ['sehr'] }, ' wichtig'] }],
      },
    ]);
  });

  it('keeps the text of a link to an unsafe address without the link, once per scheme', () => {
    const html =
      '<p><a href="javascript:alert(1)">eins</a> <a href=" JavaScript:alert(2)">zwei</a> ' +
      '<a href="java&#09;script:alert(3)">drei</a> <a href="data:text/html,x">vier</a> <a href="/ok">fünf</a></p>';
    const { draft, problems } = htmlToDraft(html);
    expect(draft.blocks).toEqual([
      { type: 'paragraph', content: ['eins zwei drei vier ', { type: 'link', href: '/ok', children: ['fünf'] }] },
    ]);
    expect(problems).toEqual([
      'a javascript: link is not safe; its text is kept without the link',
      'a data: link is not safe; its text is kept without the link',
    ]);
  });

  it('keeps relative, mailto and tel links and reads an anchor without href as text', () => {
    expect(
      blocks('<p><a name="oben">Anker</a> <a href="#faq">FAQ</a> <a href="mailto:r@example.org">Mail</a></p>'),
    ).toEqual([
      {
        type: 'paragraph',
        content: [
          'Anker ',
          { type: 'link', href: '#faq', children: ['FAQ'] },
          ' ',
          { type: 'link', href: 'mailto:r@example.org', children: ['Mail'] },
        ],
      },
    ]);
  });

  it('leaves out empty paragraphs, such as the spacers of editors', () => {
    expect(blocks('<p>&nbsp;</p><p> </p><p><br></p><p><strong> </strong></p>')).toEqual([]);
  });

  it('makes a paragraph of text directly in a wrapper, ending it at each block', () => {
    expect(blocks('<div>Vorher <strong>fett</strong><p>Absatz</p>nachher</div><section>Abschnitt</section>')).toEqual([
      { type: 'paragraph', content: ['Vorher ', { type: 'strong', children: ['fett'] }] },
      { type: 'paragraph', content: ['Absatz'] },
      { type: 'paragraph', content: ['nachher'] },
      { type: 'paragraph', content: ['Abschnitt'] },
    ]);
  });

  it('unwraps an inline element that holds blocks', () => {
    expect(blocks('<a href="/teaser"><div><h3>Teaser</h3><p>Mehr lesen</p></div></a>')).toEqual([
      { type: 'heading', text: 'Teaser', level: 3 },
      { type: 'paragraph', content: ['Mehr lesen'] },
    ]);
  });
});

describe('htmlToDraft: lists', () => {
  it('maps ul and ol to lists of inline content', () => {
    expect(
      blocks('<ul><li>Eins</li><li><a href="/zwei">Zwei</a> und <em>drei</em></li><li> </li></ul><ol><li>A</li></ol>'),
    ).toEqual([
      {
        type: 'list',
        ordered: false,
        items: [
          ['Eins'],
          [{ type: 'link', href: '/zwei', children: ['Zwei'] }, ' und ', { type: 'em', children: ['drei'] }],
        ],
      },
      { type: 'list', ordered: true, items: [['A']] },
    ]);
  });

  it('flattens a nested list into its parent, with a problem', () => {
    const { draft, problems } = htmlToDraft(
      '<ul><li>Modelle<ul><li>offen</li><li>geschlossen<ol><li>groß</li></ol></li></ul></li><li>Daten</li></ul>',
    );
    expect(draft.blocks).toEqual([
      { type: 'list', ordered: false, items: [['Modelle'], ['offen'], ['geschlossen'], ['groß'], ['Daten']] },
    ]);
    expect(problems).toEqual(['a list inside a list is flattened: its items follow the item it belonged to']);
  });

  it('keeps the paragraphs of one item apart by a space', () => {
    expect(blocks('<ol><li><p>Erstens.</p><p>Zweitens.</p></li></ol>')).toEqual([
      { type: 'list', ordered: true, items: [['Erstens. Zweitens.']] },
    ]);
  });
});

describe('htmlToDraft: quotes and posts', () => {
  it('maps a blockquote with its cite or footer as the source', () => {
    expect(
      blocks(
        '<blockquote class="wp-block-quote"><p>Wir regeln die Anwendung.</p><cite>Kommission</cite></blockquote>' +
          '<blockquote><p>Rechenzentren sind Infrastruktur.</p><footer>— <cite>Mara Lind</cite>, Nordwerk</footer></blockquote>' +
          '<blockquote>Wie es in <cite>Faust</cite> heißt.</blockquote>',
      ),
    ).toEqual([
      { type: 'quote', text: 'Wir regeln die Anwendung.', cite: 'Kommission' },
      { type: 'quote', text: 'Rechenzentren sind Infrastruktur.', cite: 'Mara Lind, Nordwerk' },
      { type: 'quote', text: 'Wie es in Faust heißt.' },
    ]);
  });

  it('takes the source of a quote in a figure from its caption', () => {
    expect(blocks('<figure><blockquote><p>Ein Satz.</p></blockquote><figcaption>— Ada</figcaption></figure>')).toEqual([
      { type: 'quote', text: 'Ein Satz.', cite: 'Ada' },
    ]);
  });

  it('turns an X or Instagram post into an embed of the post', () => {
    const tweet =
      '<blockquote class="twitter-tweet"><p lang="de">Neue Zahlen zu <a href="https://twitter.com/hashtag/KI">#KI</a></p>' +
      '&mdash; Nordwerk (@nordwerk) <a href="https://twitter.com/nordwerk/status/1790000000000000001?ref_src=twsrc">1. Juli 2025</a></blockquote>';
    const instagram =
      '<blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/C8abcDEFghi/"><a href="https://www.instagram.com/p/C8abcDEFghi/">Beitrag ansehen</a></blockquote>';
    expect(blocks(tweet + instagram)).toEqual([
      { type: 'embed', url: 'https://twitter.com/nordwerk/status/1790000000000000001?ref_src=twsrc', provider: 'x' },
      { type: 'embed', url: 'https://www.instagram.com/p/C8abcDEFghi/', provider: 'instagram' },
    ]);
  });

  it('shows a post without the address of the post as a quote', () => {
    const { draft, problems } = htmlToDraft('<blockquote class="twitter-tweet"><p>Nur Text</p></blockquote>');
    expect(draft.blocks).toEqual([{ type: 'quote', text: 'Nur Text' }]);
    expect(problems).toEqual(['a post embed without the address of the post is shown as a quote']);
  });
});

describe('htmlToDraft: images', () => {
  it('maps a figure with its image, sizes and caption', () => {
    expect(
      blocks(
        '<figure class="wp-block-image"><a href="/gross.jpg"><img src="/bild-640.jpg" alt=" Serverraum " width="640" height="360" ' +
          'srcset="/bild-640.jpg 640w, /bild-1280.jpg 1280w" sizes="(min-width: 45rem) 42rem, 100vw" loading="lazy" decoding="async"></a>' +
          '<figcaption>Ein <em>Serverraum</em> in Luleå.</figcaption></figure>',
      ),
    ).toEqual([
      {
        type: 'image',
        src: '/bild-640.jpg',
        alt: 'Serverraum',
        width: 640,
        height: 360,
        srcSet: '/bild-640.jpg 640w, /bild-1280.jpg 1280w',
        sizes: '(min-width: 45rem) 42rem, 100vw',
        caption: 'Ein Serverraum in Luleå.',
      },
    ]);
  });

  it('takes the credit from a trailing <small>, a credit class or a "Foto:" at the end', () => {
    const figure = (caption: string) => `<figure><img src="/a.jpg" alt=""><figcaption>${caption}</figcaption></figure>`;
    expect(
      blocks(
        figure('Die Halle. <small>Foto: dpa</small>') +
          figure('Die Halle <span class="image-credit">Nordwerk</span>') +
          figure('Die Halle von innen. | Foto: Lena Hartmann') +
          figure('Bild: KI-generiert') +
          figure('Die Halle © Nordwerk AG') +
          figure('Das Foto zeigt die Halle.'),
      ).map((block) => [(block as { caption?: string }).caption, (block as { credit?: string }).credit]),
    ).toEqual([
      ['Die Halle.', 'Foto: dpa'],
      ['Die Halle', 'Nordwerk'],
      ['Die Halle von innen.', 'Foto: Lena Hartmann'],
      [undefined, 'Bild: KI-generiert'],
      ['Die Halle', '© Nordwerk AG'],
      ['Das Foto zeigt die Halle.', undefined],
    ]);
  });

  it('maps a bare image, and an image inside a paragraph as a block of its own', () => {
    expect(
      blocks('<img src="https://example.org/a.jpg" alt="A"><p>Vorher <img src="/b.png" alt="B"> nachher</p>'),
    ).toEqual([
      { type: 'image', src: 'https://example.org/a.jpg', alt: 'A' },
      { type: 'paragraph', content: ['Vorher'] },
      { type: 'image', src: '/b.png', alt: 'B' },
      { type: 'paragraph', content: ['nachher'] },
    ]);
  });

  it('takes the image of a lazy-loading plugin from its data attributes and of a picture from its img', () => {
    expect(
      blocks(
        '<img src="data:image/svg+xml,%3Csvg%3E" data-src="/echt.jpg" data-srcset="/echt-2x.jpg 2x" alt="Echt">' +
          '<picture><source srcset="/c.avif" type="image/avif"><img src="/c.jpg" alt="C"></picture>',
      ),
    ).toEqual([
      { type: 'image', src: '/echt.jpg', alt: 'Echt', srcSet: '/echt-2x.jpg 2x' },
      { type: 'image', src: '/c.jpg', alt: 'C' },
    ]);
  });

  it('leaves out an image with an unsafe address and a srcset with one', () => {
    const { draft, problems } = htmlToDraft(
      '<img src="javascript:alert(1)" alt="x"><img src="data:image/png;base64,AAAA" alt="y"><img alt="z">' +
        '<img src="/ok.jpg" srcset="/ok.jpg 1x, javascript:alert(2) 2x" alt="ok">',
    );
    expect(draft.blocks).toEqual([{ type: 'image', src: '/ok.jpg', alt: 'ok' }]);
    expect(problems).toEqual([
      'an image with a javascript: address is left out; only http(s) and relative addresses are loaded',
      'an image with a data: address is left out; only http(s) and relative addresses are loaded',
      'an image without an address is left out',
      'an image srcset with an address that is not http(s) or relative is left out; the image keeps its src',
    ]);
  });

  it('treats an image without alt as decorative and says so', () => {
    const { draft, problems } = htmlToDraft('<img src="/deko.png">');
    expect(draft.blocks).toEqual([{ type: 'image', src: '/deko.png', alt: '' }]);
    expect(problems).toEqual(['the image "/deko.png" has no alt attribute; it is treated as decorative']);
  });

  it('keeps each image of a gallery and leaves an image in running text out', () => {
    const { draft, problems } = htmlToDraft(
      '<figure class="wp-block-gallery"><figure><img src="/1.jpg" alt="1"></figure><figure><img src="/2.jpg" alt="2"><figcaption>Zwei</figcaption></figure></figure>' +
        '<ul><li>Mit <img src="/icon.png" alt="Symbol"> Bild</li></ul>',
    );
    expect(draft.blocks).toEqual([
      { type: 'image', src: '/1.jpg', alt: '1' },
      { type: 'image', src: '/2.jpg', alt: '2', caption: 'Zwei' },
      { type: 'list', ordered: false, items: [['Mit Bild']] },
    ]);
    expect(problems).toEqual([
      'an image inside a list item, table cell, heading, quote or box cannot be shown there; it is left out',
    ]);
  });
});

describe('htmlToDraft: tables', () => {
  it('maps a WordPress table block: head, body, caption from the figure and alignment', () => {
    expect(
      blocks(
        '<figure class="wp-block-table"><table><thead><tr><th>Modell</th><th class="has-text-align-right" data-align="right">Preis</th></tr></thead>' +
          '<tbody><tr><td><strong>Lumen X2</strong></td><td class="has-text-align-right" data-align="right">31.000 €</td></tr>' +
          '<tr><td>Lumen X1</td><td></td></tr></tbody></table><figcaption class="wp-element-caption">Preise pro Stück</figcaption></figure>',
      ),
    ).toEqual([
      {
        type: 'table',
        header: ['Modell', 'Preis'],
        rows: [
          [[{ type: 'strong', children: ['Lumen X2'] }], '31.000 €'],
          ['Lumen X1', ''],
        ],
        caption: 'Preise pro Stück',
        align: [null, 'end'],
      },
    ]);
  });

  it('takes the first row as the header without a head, the caption element and align attributes', () => {
    expect(
      blocks(
        '<table><caption>Werte</caption><tr><td>Jahr</td><td align="center">Wert</td></tr><tr><td>2025</td><td align="center">7</td></tr></table>',
      ),
    ).toEqual([
      { type: 'table', header: ['Jahr', 'Wert'], rows: [['2025', '7']], caption: 'Werte', align: [null, 'center'] },
    ]);
  });

  it('says that merged cells are shown as single ones', () => {
    const { draft, problems } = htmlToDraft(
      '<table><tr><th colspan="2">Kopf</th></tr><tr><td>a</td><td>b</td></tr></table>',
    );
    expect(draft.blocks).toEqual([{ type: 'table', header: ['Kopf'], rows: [['a', 'b']] }]);
    expect(problems).toEqual(['merged table cells (colspan, rowspan) are shown as single cells']);
  });
});

describe('htmlToDraft: code, dividers, newsletter', () => {
  it('keeps the text of a code block exactly, with its language', () => {
    expect(
      blocks(
        '<pre class="wp-block-code"><code class="language-python">def f(x):\n    return x  *  2\n</code></pre>' +
          '<pre class="lang-sh">echo 1<br>echo 2</pre><pre>\n</pre>',
      ),
    ).toEqual([
      { type: 'code', text: 'def f(x):\n    return x  *  2', language: 'python' },
      { type: 'code', text: 'echo 1\necho 2', language: 'sh' },
    ]);
  });

  it('maps hr to a divider and the newsletter comment to the newsletter block, ignoring other comments', () => {
    expect(
      blocks(
        '<!-- wp:paragraph --><p>Eins</p><!-- /wp:paragraph --><!-- Newsletter --><hr class="wp-block-separator"><!-- Notiz -->',
      ),
    ).toEqual([{ type: 'paragraph', content: ['Eins'] }, { type: 'newsletter' }, { type: 'divider' }]);
  });

  it('ends a paragraph at the newsletter comment', () => {
    expect(blocks('<div>Vorher<!-- newsletter -->nachher</div>')).toEqual([
      { type: 'paragraph', content: ['Vorher'] },
      { type: 'newsletter' },
      { type: 'paragraph', content: ['nachher'] },
    ]);
  });
});

describe('htmlToDraft: embeds', () => {
  it('turns YouTube and Vimeo frames into embeds and leaves other frames out', () => {
    const { draft, problems } = htmlToDraft(
      '<iframe src="https://www.youtube.com/embed/Xk3mQ9vT2aB?feature=oembed" title="Die Anhörung" allowfullscreen></iframe>' +
        '<p><iframe src="//player.vimeo.com/video/123456789"></iframe></p>' +
        '<iframe src="https://umfrage.example.com/42"></iframe><iframe src="https://umfrage.example.com/43"></iframe>' +
        '<iframe src="javascript:alert(1)"></iframe><iframe srcdoc="<p>x</p>"></iframe>',
    );
    expect(draft.blocks).toEqual([
      {
        type: 'embed',
        url: 'https://www.youtube.com/embed/Xk3mQ9vT2aB?feature=oembed',
        provider: 'youtube',
        title: 'Die Anhörung',
      },
      { type: 'embed', url: 'https://player.vimeo.com/video/123456789', provider: 'vimeo' },
    ]);
    expect(problems).toEqual([
      'an <iframe> from umfrage.example.com is left out; only YouTube, Vimeo, X and Instagram embeds are kept',
      'an <iframe> with a javascript: address is left out; only YouTube, Vimeo, X and Instagram embeds are kept',
      'an <iframe> without an address is left out; only YouTube, Vimeo, X and Instagram embeds are kept',
    ]);
  });

  it('maps the WordPress embed block, as stored and as rendered', () => {
    const { draft, problems } = htmlToDraft(
      '<figure class="wp-block-embed is-provider-vimeo"><div class="wp-block-embed__wrapper">\nhttps://vimeo.com/76979871\n</div><figcaption>Der Film</figcaption></figure>' +
        '<figure class="wp-block-embed is-provider-youtube"><div class="wp-block-embed__wrapper"><iframe title="Rede im Parlament" src="https://www.youtube.com/embed/Xk3mQ9vT2aB?feature=oembed"></iframe></div></figure>' +
        '<figure class="wp-block-embed is-provider-spotify"><div class="wp-block-embed__wrapper">https://open.spotify.com/episode/1</div></figure>',
    );
    expect(draft.blocks).toEqual([
      { type: 'embed', url: 'https://vimeo.com/76979871', provider: 'vimeo', caption: 'Der Film' },
      {
        type: 'embed',
        url: 'https://www.youtube.com/embed/Xk3mQ9vT2aB?feature=oembed',
        provider: 'youtube',
        title: 'Rede im Parlament',
      },
    ]);
    expect(problems).toEqual([
      'an embed of "https://open.spotify.com/episode/1" is left out; only YouTube, Vimeo, X and Instagram embeds are kept',
    ]);
  });
});

describe('htmlToDraft: callouts, wrappers and page chrome', () => {
  it('turns a box marked as notice, note or warning into a callout, with its heading as title', () => {
    expect(
      blocks(
        '<div class="wp-block-jetpack-notice"><p>Die Zahlen sind vorläufig.</p></div>' +
          '<aside class="callout callout-warning"><h4>Achtung</h4><p>Frist <strong>endet</strong> bald.</p></aside>' +
          '<div class="note"><p class="note-title">Hinweis</p></div>',
      ),
    ).toEqual([
      { type: 'callout', tone: 'note', content: ['Die Zahlen sind vorläufig.'] },
      {
        type: 'callout',
        tone: 'warning',
        title: 'Achtung',
        content: ['Frist ', { type: 'strong', children: ['endet'] }, ' bald.'],
      },
      { type: 'callout', tone: 'note', content: ['Hinweis'] },
    ]);
  });

  it('unwraps divs, sections and asides without such classes', () => {
    expect(
      blocks(
        '<article><main><section class="entry-content"><aside><div class="wp-block-group"><p>Text</p></div></aside></section></main></article>',
      ),
    ).toEqual([{ type: 'paragraph', content: ['Text'] }]);
  });

  it('leaves the page navigation and footer out and takes the title from the header', () => {
    const { draft, problems } = htmlToDraft(
      '<nav><a href="/">Start</a></nav><header class="entry-header"><p>KI</p><h1>Der Titel</h1><time>1. Juli</time></header>' +
        '<p>Text</p><footer>Schlagwörter: KI</footer>',
    );
    expect(draft).toEqual({ title: 'Der Titel', blocks: [{ type: 'paragraph', content: ['Text'] }] });
    expect(problems).toEqual([
      'a <nav> element is page chrome, not article text; it is left out',
      'a <header> element is page chrome, not article text; it is left out',
      'a <footer> element is page chrome, not article text; it is left out',
    ]);
  });
});

describe('htmlToDraft: active content', () => {
  it('leaves out scripts, styles, forms and other active content with all they hold, once per kind', () => {
    const { draft, problems } = htmlToDraft(
      '<p>Eins<script>document.write("zwei")</script></p><script src="/a.js"></script><style>p{color:red}</style>' +
        '<form action="/s"><input name="q"><button>Los</button></form><object data="/x.swf"></object><embed src="/y">' +
        '<svg onload="alert(1)"><text>Grafik</text></svg><video src="/v.mp4">Kein Video</video><noscript><img src="/pixel.gif"></noscript>' +
        '<template><p>Vorlage</p></template><textarea>Eingabe</textarea><p>Drei</p>',
    );
    expect(draft.blocks).toEqual([
      { type: 'paragraph', content: ['Eins'] },
      { type: 'paragraph', content: ['Drei'] },
    ]);
    expect(problems).toEqual([
      'a <script> element is not rendered; it is left out',
      'a <style> element is not rendered; it is left out',
      'a <form> element is not rendered; it is left out',
      'an <object> element is not rendered; it is left out',
      'an <embed> element is not rendered; it is left out',
      'an onload attribute is not rendered; it is left out',
      'a <svg> element is not rendered; it is left out',
      'a <video> element is not rendered; it is left out',
      'a <textarea> element is not rendered; it is left out',
    ]);
  });

  it('names each event handler attribute once and keeps the content of its element', () => {
    const { draft, problems } = htmlToDraft(
      '<p onclick="a()">Eins <span onmouseover="b()">zwei</span></p><p onclick="c()" style="color:red" class="x">Drei</p>',
    );
    expect(draft.blocks).toEqual([
      { type: 'paragraph', content: ['Eins zwei'] },
      { type: 'paragraph', content: ['Drei'] },
    ]);
    expect(problems).toEqual([
      'an onclick attribute is not rendered; it is left out',
      'an onmouseover attribute is not rendered; it is left out',
    ]);
  });

  it(`leaves out what is nested more than ${MAX_NESTING} levels deep`, () => {
    const depth = MAX_NESTING + 50;
    const { draft, problems } = htmlToDraft(`${'<div>'.repeat(depth)}tief${'</div>'.repeat(depth)}<p>flach</p>`);
    expect(draft.blocks).toEqual([{ type: 'paragraph', content: ['flach'] }]);
    expect(problems).toEqual([`the HTML is nested more than ${MAX_NESTING} levels deep; what lies deeper is left out`]);
  });

  it('answers anything but a string with an empty draft and a problem', () => {
    for (const [value, name] of [
      [undefined, 'undefined'],
      [null, 'null'],
      [42, 'number'],
      [['<p>x</p>'], 'an array'],
      [{ html: '<p>x</p>' }, 'object'],
    ] as const) {
      expect(htmlToDraft(value)).toEqual({
        draft: { title: '', blocks: [] },
        problems: [`the HTML must be a string, not ${name}`],
      });
    }
  });
});
