// @vitest-environment node
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { inlineText } from '../adapters/common';
import type { Article, InlineNode } from '../schema/types';
import { renderArticlePage } from '../server';
import { articleFromMarkdown } from '.';

const demo = readFileSync(new URL('./fixtures/ki-news.md', import.meta.url), 'utf8');
const md = (...lines: string[]) => lines.join('\n');

/** Every link target and image source in the article's blocks, at any depth. */
function addresses(article: Article): string[] {
  const found: string[] = [];
  JSON.stringify(article, (key, value: unknown) => {
    if ((key === 'href' || key === 'src' || key === 'url') && typeof value === 'string') found.push(value);
    return value;
  });
  return found;
}

/** The rendered article as a browser reads it. */
const render = (article: Article) =>
  new JSDOM(
    renderArticlePage({
      article,
      locale: 'de',
      newsletter: { title: 'KI-Briefing', description: 'Jeden Freitag das Wichtigste.', action: '/newsletter' },
    }).document,
  ).window.document;

describe('articleFromMarkdown: an AI news post', () => {
  it('maps the whole post, the FAQ section out of the body', () => {
    const { article, problems } = articleFromMarkdown(demo);
    expect(problems).toEqual([]);
    const link = (href: string, text: string): InlineNode => ({ type: 'link', href, children: [text] });
    expect(article).toEqual({
      title: 'Helix 7: Berliner Labor gibt starkes Sprachmodell frei',
      lead: 'Das Berliner Labor Lumen veröffentlicht sein Sprachmodell Helix 7 mit offenen Gewichten. Es läuft auf einer einzelnen Grafikkarte und schlägt in Tests größere Modelle.',
      publishedAt: '2025-11-28',
      updatedAt: '2025-11-29T09:30:00+01:00',
      author: { name: 'Lena Hartmann', url: 'https://example.com/autoren/lena-hartmann' },
      authors: [{ name: 'Lena Hartmann', url: 'https://example.com/autoren/lena-hartmann' }, { name: 'Jonas Weber' }],
      section: 'KI',
      breadcrumbs: [
        { href: '/', title: 'Startseite' },
        { href: '/ki', title: 'KI' },
      ],
      prev: { href: '/ki/rechenzentren-norden', title: 'Rechenzentren im Norden werden knapp' },
      next: { href: '/ki/ai-act-februar', title: 'Was der AI Act ab Februar verlangt' },
      blocks: [
        {
          type: 'paragraph',
          content: [
            'Lumen hat am Freitag ',
            { type: 'strong', children: ['Helix 7'] },
            ' vorgestellt, ein Sprachmodell mit sieben Milliarden Parametern. Die Gewichte stehen unter einer ',
            {
              type: 'link',
              href: 'https://example.com/lumen/lizenz',
              children: ['offenen Lizenz'],
              title: 'Lizenztext bei Lumen',
            },
            ' zum Download bereit.',
          ],
        },
        { type: 'heading', text: 'Was Helix 7 kann', level: 2 },
        {
          type: 'paragraph',
          content: [
            'Das Modell versteht Deutsch, Englisch und Französisch und verarbeitet Kontexte bis zu 128.000 Token. Nach Angaben des Labors genügt eine Grafikkarte mit 24 GB Speicher, um es lokal auszuführen.',
          ],
        },
        {
          type: 'image',
          src: 'https://example.com/bilder/lumen-team.jpg',
          alt: 'Das Team von Lumen in seinem Büro in Berlin-Kreuzberg',
          caption: 'Das Team von Lumen in Berlin-Kreuzberg',
        },
        {
          type: 'quote',
          text: 'Wir wollten zeigen, dass ein kleines Modell mit guten Daten mithalten kann.',
          cite: 'Mira Sander, Leiterin von Lumen',
        },
        {
          type: 'embed',
          url: 'https://www.youtube.com/watch?v=aqz-KE-bpKQ',
          provider: 'youtube',
          title: 'Mira Sander stellt Helix 7 im Video vor',
        },
        { type: 'heading', text: 'Die Ergebnisse im Vergleich', level: 2 },
        {
          type: 'table',
          header: ['Modell', 'Parameter', 'MMLU (%)', 'Lizenz'],
          rows: [
            ['Helix 7', '7 Mrd.', '71,4', 'offen'],
            ['Nordwerk N7', '13 Mrd.', '69,8', 'proprietär'],
            ['Atlas Mini', '8 Mrd.', '66,2', 'offen'],
          ],
          align: ['start', 'end', 'end', 'center'],
        },
        { type: 'newsletter' },
        { type: 'heading', text: 'So probieren Sie es aus', level: 2 },
        {
          type: 'paragraph',
          content: [
            'Wer das Modell lokal starten will, braucht Python 3.11 und die Bibliothek ',
            { type: 'code', text: 'transformers' },
            ':',
          ],
        },
        {
          type: 'code',
          language: 'python',
          text: [
            'from transformers import pipeline',
            '',
            'chat = pipeline("text-generation", model="lumen/helix-7")',
            'print(chat("Was ist ein Sprachmodell?")[0]["generated_text"])',
          ].join('\n'),
        },
        { type: 'paragraph', content: ['Weitere Quellen:'] },
        {
          type: 'list',
          ordered: false,
          items: [
            [link('https://example.com/lumen/helix-7', 'Modellkarte bei Lumen')],
            [link('https://example.com/lumen/helix-7-bericht.pdf', 'Technischer Bericht (PDF)')],
            [
              'Die Testaufgaben von ',
              { type: 'em', children: ['MMLU'] },
              ' auf ',
              link('https://example.com/mmlu', 'der Projektseite'),
            ],
          ],
        },
        {
          type: 'callout',
          tone: 'warning',
          title: 'Hinweis zur Nutzung',
          content: ['Lumen untersagt den Einsatz für automatisierte Entscheidungen über Personen.'],
        },
        { type: 'divider' },
      ],
      faq: [
        {
          question: 'Ist Helix 7 kostenlos?',
          answer: 'Ja. Die Gewichte sind frei verfügbar, auch für kommerzielle Zwecke.',
        },
        {
          question: 'Welche Hardware brauche ich?',
          answer: 'Eine Grafikkarte mit mindestens 24 GB Speicher. Mit Quantisierung reichen 12 GB.',
        },
        {
          question: 'Wo kann ich das Modell herunterladen?',
          answer: 'Auf der Modellseite von Lumen und bei den üblichen Modellverzeichnissen.',
        },
      ],
    });
  });

  it('renders to a page with the table, the code, the figure, the embed link and the FAQ', () => {
    const { article } = articleFromMarkdown(demo);
    const doc = render(article);

    expect(doc.querySelector('h1')?.textContent).toBe('Helix 7: Berliner Labor gibt starkes Sprachmodell frei');
    const table = doc.querySelector('table')!;
    expect([...table.querySelectorAll('th')].map((th) => th.textContent)).toEqual([
      'Modell',
      'Parameter',
      'MMLU (%)',
      'Lizenz',
    ]);
    expect([...table.querySelectorAll('tbody tr')].map((tr) => tr.querySelector('td, th')?.textContent)).toEqual([
      'Helix 7',
      'Nordwerk N7',
      'Atlas Mini',
    ]);

    const code = doc.querySelector('pre > code')!;
    expect(code.textContent).toContain('from transformers import pipeline\n\nchat = pipeline(');
    expect(code.className).toContain('language-python');

    const figure = [...doc.querySelectorAll('figure')].find((f) => f.querySelector('img'))!;
    expect(figure.querySelector('img')?.getAttribute('src')).toBe('https://example.com/bilder/lumen-team.jpg');
    expect(figure.querySelector('img')?.getAttribute('alt')).toBe(
      'Das Team von Lumen in seinem Büro in Berlin-Kreuzberg',
    );
    expect(figure.querySelector('figcaption')?.textContent).toContain('Das Team von Lumen in Berlin-Kreuzberg');

    // Nothing is loaded from the platform before the reader agrees: a link to the video, no frame.
    expect(doc.querySelector('a[href="https://www.youtube.com/watch?v=aqz-KE-bpKQ"]')).not.toBeNull();
    expect(doc.querySelector('iframe')).toBeNull();

    expect([...doc.querySelectorAll('details summary')].map((s) => s.textContent)).toEqual([
      'Ist Helix 7 kostenlos?',
      'Welche Hardware brauche ich?',
      'Wo kann ich das Modell herunterladen?',
    ]);
    expect(doc.querySelector('form[action="/newsletter"]')).not.toBeNull();
    expect([...doc.querySelectorAll('ul a')].map((a) => a.getAttribute('href'))).toEqual(
      expect.arrayContaining([
        'https://example.com/lumen/helix-7',
        'https://example.com/lumen/helix-7-bericht.pdf',
        'https://example.com/mmlu',
      ]),
    );
  });

  it('maps a long post without trouble', () => {
    const body = demo.slice(demo.indexOf('\n# ') + 1).replace(/^# .*$/m, '## Noch ein Abschnitt');
    const source = md('# Ein langer Beitrag', '', ...Array.from({ length: 40 }, () => body));
    const { article, problems } = articleFromMarkdown(source);
    expect(article.title).toBe('Ein langer Beitrag');
    // The first FAQ section becomes the FAQ; the later ones stay in the text as sections.
    expect(article.faq).toHaveLength(3);
    expect(article.blocks.filter((block) => block.type === 'table')).toHaveLength(40);
    // One signup box per article: the later markers are reported.
    expect(article.blocks.filter((block) => block.type === 'newsletter')).toHaveLength(1);
    expect(problems.filter((p) => p.includes('newsletter'))).toHaveLength(39);
  });

  it('takes the FAQ from a section with a heading of the host’s choice', () => {
    const { article } = articleFromMarkdown(
      md('# Titel', '', 'Text.', '', '## Fragen und Antworten', '', '### Wann?', '', 'Heute.'),
      { faqHeadings: ['Fragen und Antworten'] },
    );
    expect(article.blocks).toEqual([{ type: 'paragraph', content: ['Text.'] }]);
    expect(article.faq).toEqual([{ question: 'Wann?', answer: 'Heute.' }]);
  });
});

describe('articleFromMarkdown: input it cannot use', () => {
  it('returns an empty article and one problem for what is not a string', () => {
    for (const [value, kind] of [
      [42, 'a number'],
      [null, 'null'],
      [undefined, 'undefined'],
      [{}, 'an object'],
      [['# Titel'], 'an array'],
      [true, 'a boolean'],
    ] as const) {
      expect(articleFromMarkdown(value as never)).toEqual({
        article: { title: '', blocks: [] },
        problems: [`the Markdown source must be a string, not ${kind}`],
      });
    }
  });

  it('keeps the words of links to unsafe addresses and drops the links', () => {
    const { article, problems } = articleFromMarkdown(
      md(
        '---',
        'title: Sicher',
        'author: { name: Lena Hartmann, url: "javascript:alert(1)" }',
        'prev: { title: Zurück, href: "javascript:alert(2)" }',
        '---',
        '[Klick](javascript:alert(3)) und <javascript:alert(4)> und [Daten](data:text/html;base64,PHNjcmlwdD4=)',
        'und [Ref][böse] und [Groß](JAVASCRIPT:alert(5)) und [Gut](https://example.com/gut).',
        '',
        '![Bild](javascript:alert(6))',
        '',
        '- [Liste](javascript:alert(7))',
        '',
        '[böse]: vbscript:msgbox(8)',
      ),
    );
    expect(addresses(article)).toEqual(['https://example.com/gut']);
    expect(article.author).toEqual({ name: 'Lena Hartmann' });
    expect(article.prev).toBeUndefined();
    expect(article.blocks.map((block) => block.type)).toEqual(['paragraph', 'list']);
    const paragraph = article.blocks[0] as { content: InlineNode[] };
    const list = article.blocks[1] as { items: (string | InlineNode[])[] };
    expect(inlineText(paragraph.content)).toBe('Klick und javascript:alert(4) und Daten\nund Ref und Groß und Gut.');
    expect(list.items.map((item) => inlineText(item))).toEqual(['Liste']);
    // Each link, the image and the two front matter addresses are named.
    expect(problems.filter((p) => /must be an http\(s\)/.test(p))).toHaveLength(10);
  });

  it('never lets a script or an unsafe link from the Markdown into the page', () => {
    const { article, problems } = articleFromMarkdown(
      md(
        '# Harmlos',
        '',
        '<script>alert(1)</script>',
        '',
        'Text <img src=x onerror="alert(2)"> mit [Link](javascript:alert(3)).',
        '',
        '<iframe src="https://example.com/fremd"></iframe>',
        '',
        '> [!NOTE]',
        '> <script>alert(4)</script>',
      ),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        'line 3: raw HTML is not rendered; it is left out',
        'line 5: raw HTML is not rendered; it is left out',
        'line 7: raw HTML is not rendered; it is left out',
        'line 10: raw HTML is not rendered; it is left out',
      ]),
    );
    const doc = render(article);
    const html = doc.documentElement.outerHTML;
    expect(doc.querySelectorAll('script:not([type="application/ld+json"])')).toHaveLength(0);
    expect(doc.querySelector('iframe, img[onerror]')).toBeNull();
    expect(html).not.toMatch(/javascript:|alert\(|onerror/i);
    expect([...doc.querySelectorAll('p')].map((p) => p.textContent)).toContain('Text  mit Link.');
  });

  it('never throws, whatever the Markdown holds', () => {
    const sources = [
      '',
      '---',
      '---\n---',
      '---\nx: &a [*a, *a]\ny: *a\n---',
      '- '.repeat(60) + 'x',
      '*'.repeat(5000),
      '['.repeat(5000) + ']'.repeat(5000),
      '| a |\n| - |\n' + '| b |\n'.repeat(1000),
      '\u0000\uFFFF\uD800 ```',
      '> [!NOTE]',
      '> [!WARNING]\n> **Nur ein Titel**',
    ];
    for (const source of sources) {
      const { article, problems } = articleFromMarkdown(source);
      expect(typeof article.title).toBe('string');
      expect(Array.isArray(article.blocks)).toBe(true);
      expect(Array.isArray(problems)).toBe(true);
    }
  });
});

describe('articleFromMarkdown: the post language', () => {
  it('returns the front matter’s locale or lang as written, and nothing without one', () => {
    expect(articleFromMarkdown('---\ntitle: Titel\nlocale: de\n---\nText.').locale).toBe('de');
    expect(articleFromMarkdown('---\ntitle: Titel\nlang: de-AT\n---\nText.').locale).toBe('de-AT');
    expect(articleFromMarkdown('# Titel\n\nText.').locale).toBeUndefined();
  });
});
