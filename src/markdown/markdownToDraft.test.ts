import type { InlineNode } from '../schema/types';
import { MAX_NESTING, MAX_SOURCE_LENGTH, markdownToDraft } from './markdownToDraft';

/** Markdown from lines, so that the line numbers in problems can be read off the test. */
const md = (...lines: string[]) => lines.join('\n');

/** The draft of a body without a title; the problem about the missing title is left out. */
function map(source: string) {
  const { draft, problems } = markdownToDraft(source);
  if (!draft) throw new Error(`no draft: ${problems.join('; ')}`);
  return { draft, blocks: draft.blocks, problems: problems.filter((p) => !p.startsWith('the article has no title')) };
}

const link = (href: string, text: string, title?: string): InlineNode => ({
  type: 'link',
  href,
  children: [text],
  ...(title ? { title } : {}),
});
const strong = (text: string): InlineNode => ({ type: 'strong', children: [text] });
const em = (text: string): InlineNode => ({ type: 'em', children: [text] });

describe('markdownToDraft: front matter', () => {
  it('maps the article fields and ignores the keys of the site generator', () => {
    const { draft, problems } = map(
      md(
        '---',
        'title: Helix 7 ist da',
        'description: Das Berliner Labor Lumen gibt sein Sprachmodell frei.',
        'date: 2025-11-28',
        'updatedAt: 2025-11-29T09:30:00+01:00',
        'author: Lena Hartmann',
        'section: KI',
        'breadcrumbs:',
        '  - { title: Startseite, href: / }',
        '  - { title: KI, href: /ki }',
        'prev: { title: Rechenzentren im Norden, href: /ki/rechenzentren }',
        'next: { title: Der AI Act im Februar, href: /ki/ai-act }',
        'tags: [KI, Sprachmodelle]',
        'slug: helix-7',
        'layout: post',
        '---',
        'Erster Absatz.',
      ),
    );
    expect(problems).toEqual([]);
    expect(draft).toEqual({
      title: 'Helix 7 ist da',
      lead: 'Das Berliner Labor Lumen gibt sein Sprachmodell frei.',
      publishedAt: '2025-11-28',
      updatedAt: '2025-11-29T09:30:00+01:00',
      author: { name: 'Lena Hartmann' },
      authors: [{ name: 'Lena Hartmann' }],
      section: 'KI',
      breadcrumbs: [
        { title: 'Startseite', href: '/' },
        { title: 'KI', href: '/ki' },
      ],
      prev: { title: 'Rechenzentren im Norden', href: '/ki/rechenzentren' },
      next: { title: 'Der AI Act im Februar', href: '/ki/ai-act' },
      blocks: [{ type: 'paragraph', content: ['Erster Absatz.'] }],
    });
  });

  it('takes lead and publishedAt under their own names too, before description and date', () => {
    const { draft } = map(
      md(
        '---',
        'title: 2025',
        'lead: Der Vorspann.',
        'description: Für Suchmaschinen.',
        'publishedAt: 2025-11-28T08:00:00Z',
        'date: 2025-11-01',
        '---',
      ),
    );
    expect(draft).toMatchObject({ title: '2025', lead: 'Der Vorspann.', publishedAt: '2025-11-28T08:00:00Z' });
  });

  it('reads several authors, each a name or a name with a page, the first also as author', () => {
    const { draft, problems } = map(
      md(
        '---',
        'title: Zwei Stimmen',
        'authors:',
        '  - name: Lena Hartmann',
        '    url: https://example.com/autoren/lena',
        '  - Jonas Weber',
        '---',
      ),
    );
    expect(problems).toEqual([]);
    expect(draft.authors).toEqual([
      { name: 'Lena Hartmann', url: 'https://example.com/autoren/lena' },
      { name: 'Jonas Weber' },
    ]);
    expect(draft.author).toEqual({ name: 'Lena Hartmann', url: 'https://example.com/autoren/lena' });
  });

  it('leaves out values of the wrong shape, naming their lines in order', () => {
    const { draft, problems } = map(
      md(
        '---',
        'title: Gültig',
        'author: [1, 2]',
        'prev: /ki/vorher',
        'breadcrumbs: [Startseite]',
        'section: { name: KI }',
        '---',
      ),
    );
    expect(draft).toEqual({ title: 'Gültig', blocks: [] });
    expect(problems).toEqual([
      "line 3: the front matter's author must be a name or a mapping with name and url; it is left out",
      "line 4: the front matter's prev must be a mapping with title and href; it is left out",
      "line 5: the front matter's breadcrumbs must be a list of mappings with title and href; it is left out",
      "line 6: the front matter's section must be text; it is left out",
    ]);
  });

  it('names the line of broken YAML and still maps the body', () => {
    const { draft, problems } = markdownToDraft(
      md('---', 'lead: Ein Vorspann', 'title: "Offenes Zitat', '---', '# Überschrift als Titel', '', 'Text.'),
    );
    expect(problems).toEqual(['line 3: the front matter is not valid YAML (Missing closing "quote); it is left out']);
    expect(draft).toEqual({
      title: 'Überschrift als Titel',
      blocks: [{ type: 'paragraph', content: ['Text.'] }],
    });
  });

  it('reports front matter that is not a mapping', () => {
    for (const yaml of [['- eins', '- zwei'], ['nur ein Satz']]) {
      const { draft, problems } = map(md('---', ...yaml, '---', 'Text.'));
      expect(problems).toEqual(['line 1: the front matter must be a YAML mapping of keys and values; it is left out']);
      expect(draft.blocks).toEqual([{ type: 'paragraph', content: ['Text.'] }]);
    }
  });

  it('accepts an empty front matter', () => {
    expect(map(md('---', '---', 'Text.')).problems).toEqual([]);
  });
});

describe('markdownToDraft: title and headings', () => {
  it('takes a leading level-1 heading as the title and maps the other levels to 2 to 4', () => {
    const { draft, problems } = map(
      md(
        '# Titel',
        '',
        '## Zwei',
        '',
        '### Drei',
        '',
        '#### Vier',
        '',
        '##### Fünf',
        '',
        '###### Sechs',
        '',
        '# Noch eins',
      ),
    );
    expect(draft.title).toBe('Titel');
    expect(draft.blocks).toEqual([
      { type: 'heading', text: 'Zwei', level: 2 },
      { type: 'heading', text: 'Drei', level: 3 },
      { type: 'heading', text: 'Vier', level: 4 },
      { type: 'heading', text: 'Fünf', level: 4 },
      { type: 'heading', text: 'Sechs', level: 4 },
      { type: 'heading', text: 'Noch eins', level: 2 },
    ]);
    expect(problems).toEqual(['line 13: a second level-1 heading becomes a level-2 heading']);
  });

  it('reports raw HTML inside a heading and keeps its words', () => {
    const { blocks, problems } = map(md('Text.', '', '## Ergebnisse <small>vorläufig</small>'));
    expect(blocks[1]).toEqual({ type: 'heading', text: 'Ergebnisse vorläufig', level: 2 });
    expect(problems).toEqual(['line 3: raw HTML is not rendered; it is left out']);
  });

  it('drops a leading heading that repeats the front matter title and keeps one that does not', () => {
    expect(map(md('---', 'title: Titel', '---', '# Titel', 'Text.')).blocks).toEqual([
      { type: 'paragraph', content: ['Text.'] },
    ]);
    const other = map(md('---', 'title: Titel', '---', '# Anderes'));
    expect(other.draft.title).toBe('Titel');
    expect(other.blocks).toEqual([{ type: 'heading', text: 'Anderes', level: 2 }]);
  });

  it('says when there is no title', () => {
    expect(markdownToDraft('Nur Text.').problems).toEqual([
      'the article has no title: give it a `title:` in the front matter or begin with a `# ` heading',
    ]);
  });
});

describe('markdownToDraft: paragraphs and inline text', () => {
  it('keeps emphasis, code, links with their titles and line breaks', () => {
    const { blocks, problems } = map(
      md(
        'Text **fett** und *kursiv*, `npm start` und [die Quelle](https://example.com/a "Zur Quelle")',
        'in der nächsten Zeile,  ',
        'nach dem Umbruch ~~alt~~ neu.',
      ),
    );
    expect(blocks).toEqual([
      {
        type: 'paragraph',
        content: [
          'Text ',
          strong('fett'),
          ' und ',
          em('kursiv'),
          ', ',
          { type: 'code', text: 'npm start' },
          ' und ',
          link('https://example.com/a', 'die Quelle', 'Zur Quelle'),
          '\nin der nächsten Zeile,\nnach dem Umbruch alt neu.',
        ],
      },
    ]);
    expect(problems).toEqual(['line 3: struck-through text is shown as normal text']);
  });

  it('turns GFM autolinks and reference links into links', () => {
    const { blocks, problems } = map(
      md(
        'Mehr bei www.example.com, <https://example.com/b> und https://example.com/c.',
        'Der [Bericht][b] und [b].',
        '',
        '[b]: https://example.com/bericht "Der Bericht"',
      ),
    );
    expect(problems).toEqual([]);
    expect(blocks).toEqual([
      {
        type: 'paragraph',
        content: [
          'Mehr bei ',
          link('http://www.example.com', 'www.example.com'),
          ', ',
          link('https://example.com/b', 'https://example.com/b'),
          ' und ',
          link('https://example.com/c', 'https://example.com/c'),
          '.\nDer ',
          link('https://example.com/bericht', 'Bericht', 'Der Bericht'),
          ' und ',
          link('https://example.com/bericht', 'b', 'Der Bericht'),
          '.',
        ],
      },
    ]);
  });

  it('makes a paragraph of only an image a figure, its title the caption', () => {
    const { blocks, problems } = map(
      md(
        '![Das Team in Berlin](https://example.com/team.jpg "Das Team von Lumen")',
        '',
        '![Diagramm](https://example.com/d1.png)',
        '![Zweites Diagramm][d2]',
        '',
        '[d2]: https://example.com/d2.png "Quelle: Lumen"',
      ),
    );
    expect(problems).toEqual([]);
    expect(blocks).toEqual([
      { type: 'image', src: 'https://example.com/team.jpg', alt: 'Das Team in Berlin', caption: 'Das Team von Lumen' },
      { type: 'image', src: 'https://example.com/d1.png', alt: 'Diagramm' },
      { type: 'image', src: 'https://example.com/d2.png', alt: 'Zweites Diagramm', caption: 'Quelle: Lumen' },
    ]);
  });

  it('keeps the alt text of an image inside running text, with a problem', () => {
    const { blocks, problems } = map(md('Intro.', '', 'Vor dem ![Diagramm](https://example.com/d.png) und danach.'));
    expect(blocks[1]).toEqual({ type: 'paragraph', content: ['Vor dem Diagramm und danach.'] });
    expect(problems).toEqual([
      'line 3: an image inside running text is shown as its alt text; give it a paragraph of its own',
    ]);
  });

  it('leaves out inline HTML with one problem per line, and footnotes', () => {
    const { blocks, problems } = map(
      md('Text <span style="color:red">rot</span> weiter.', '', 'Belegt[^1].', '', '[^1]: Die Quelle.'),
    );
    expect(blocks).toEqual([
      { type: 'paragraph', content: ['Text rot weiter.'] },
      { type: 'paragraph', content: ['Belegt.'] },
    ]);
    expect(problems).toEqual([
      'line 1: raw HTML is not rendered; it is left out',
      'line 3: footnotes are not supported; the reference [^1] is left out',
      'line 5: footnotes are not supported; the footnote [^1] is left out',
    ]);
  });
});

describe('markdownToDraft: embeds', () => {
  it('makes a paragraph of only a link to a video or post an embed', () => {
    const { blocks, problems } = map(
      md(
        '[Rundgang im Video](https://www.youtube.com/watch?v=aqz-KE-bpKQ)',
        '',
        'https://vimeo.com/76979871',
        '',
        '<https://x.com/lumenlabs/status/1861234567890>',
        '',
        'https://www.instagram.com/p/C0abcdEFG/',
      ),
    );
    expect(problems).toEqual([]);
    expect(blocks).toEqual([
      {
        type: 'embed',
        url: 'https://www.youtube.com/watch?v=aqz-KE-bpKQ',
        provider: 'youtube',
        title: 'Rundgang im Video',
      },
      { type: 'embed', url: 'https://vimeo.com/76979871', provider: 'vimeo' },
      { type: 'embed', url: 'https://x.com/lumenlabs/status/1861234567890', provider: 'x' },
      { type: 'embed', url: 'https://www.instagram.com/p/C0abcdEFG/', provider: 'instagram' },
    ]);
  });

  it('keeps a video link inside running text, and a link elsewhere, as links', () => {
    const { blocks } = map(
      md('Siehe [das Video](https://www.youtube.com/watch?v=aqz-KE-bpKQ) dazu.', '', '[Video](https://example.com/v)'),
    );
    expect(blocks).toEqual([
      {
        type: 'paragraph',
        content: ['Siehe ', link('https://www.youtube.com/watch?v=aqz-KE-bpKQ', 'das Video'), ' dazu.'],
      },
      { type: 'paragraph', content: [link('https://example.com/v', 'Video')] },
    ]);
  });
});

describe('markdownToDraft: lists', () => {
  it('maps ordered and bulleted lists, items with links as rich content, task items as their text', () => {
    const { blocks, problems } = map(
      md('1. Erstens bei [Lumen](https://example.com/lumen)', '2. Zweitens', '', '- [ ] offen', '- [x] erledigt'),
    );
    expect(problems).toEqual([]);
    expect(blocks).toEqual([
      {
        type: 'list',
        ordered: true,
        items: [['Erstens bei ', link('https://example.com/lumen', 'Lumen')], 'Zweitens'],
      },
      { type: 'list', ordered: false, items: ['offen', 'erledigt'] },
    ]);
  });

  it('flattens nested lists into the items of the outer list', () => {
    const { blocks, problems } = map(md('- Eins', '  - Eins a', '    - Eins a i', '- Zwei'));
    expect(blocks).toEqual([{ type: 'list', ordered: false, items: ['Eins', 'Eins a', 'Eins a i', 'Zwei'] }]);
    expect(problems).toEqual(['line 1: nested lists are flattened into the items of the outer list']);
  });

  it('joins lists nested past the depth limit into one item', () => {
    const source = md(...Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}- Punkt ${i}`));
    const { blocks, problems } = map(source);
    const items = Array.from({ length: 32 }, (_, i) => `Punkt ${i}`);
    items.push(Array.from({ length: 8 }, (_, i) => `Punkt ${32 + i}`).join(' '));
    expect(blocks).toEqual([{ type: 'list', ordered: false, items }]);
    expect(problems).toEqual([
      'line 33: a list nested more than 32 levels deep becomes one item',
      'line 1: nested lists are flattened into the items of the outer list',
    ]);
  });

  it('keeps the words of a code block inside an item', () => {
    const { blocks, problems } = map(md('- Starten mit:', '', '  ```sh', '  npm start', '  ```'));
    expect(blocks).toEqual([{ type: 'list', ordered: false, items: ['Starten mit:\nnpm start'] }]);
    expect(problems).toEqual(['line 3: a code block inside a list item is shown as plain text']);
  });
});

describe('markdownToDraft: quotes and callouts', () => {
  it('takes a last line starting with a dash as the source of a quote', () => {
    const { blocks } = map(
      md(
        '> Erster Satz.',
        '>',
        '> Zweiter Absatz.',
        '>',
        '> — Mira Sander, Lumen',
        '',
        '> Kurz gesagt: es läuft.',
        '> -- Jonas Weber',
        '',
        '> Nur ein Zitat.',
        '',
        '> — nur ein Gedankenstrich',
      ),
    );
    expect(blocks).toEqual([
      { type: 'quote', text: 'Erster Satz.\n\nZweiter Absatz.', cite: 'Mira Sander, Lumen' },
      { type: 'quote', text: 'Kurz gesagt: es läuft.', cite: 'Jonas Weber' },
      { type: 'quote', text: 'Nur ein Zitat.' },
      { type: 'quote', text: '— nur ein Gedankenstrich' },
    ]);
  });

  it('keeps the words of links and emphasis in a quote, naming the links', () => {
    const { blocks, problems } = map(md('> Laut [Bericht](https://example.com/b) ist es **schnell**.', '> — Lumen'));
    expect(blocks).toEqual([{ type: 'quote', text: 'Laut Bericht ist es schnell.', cite: 'Lumen' }]);
    expect(problems).toEqual(['line 1: links inside a quote are shown as their text']);
  });

  it('keeps the words of a list inside a quote, with a problem', () => {
    const { blocks, problems } = map(md('> Drei Gründe:', '>', '> - schnell', '> - offen'));
    expect(blocks).toEqual([{ type: 'quote', text: 'Drei Gründe:\n\nschnell\noffen' }]);
    expect(problems).toEqual(['line 3: a list inside a quote is shown as plain text']);
  });

  it('makes GitHub alerts callouts: notes and warnings', () => {
    const alert = (marker: string) => map(md(`> [!${marker}]`, '> Der Text.')).blocks;
    for (const marker of ['NOTE', 'TIP', 'IMPORTANT']) {
      expect(alert(marker)).toEqual([{ type: 'callout', tone: 'note', content: ['Der Text.'] }]);
    }
    for (const marker of ['WARNING', 'CAUTION']) {
      expect(alert(marker)).toEqual([{ type: 'callout', tone: 'warning', content: ['Der Text.'] }]);
    }
  });

  it('takes a bold first line as the callout title, and only a whole line', () => {
    const { blocks } = map(
      md(
        '> [!CAUTION]',
        '> **Achtung**',
        '> Vorsicht *hier*.',
        '>',
        '> Zweiter Absatz.',
        '',
        '> [!NOTE]',
        '> **Wichtig** ist das.',
      ),
    );
    expect(blocks).toEqual([
      {
        type: 'callout',
        tone: 'warning',
        title: 'Achtung',
        content: ['Vorsicht ', em('hier'), '.\nZweiter Absatz.'],
      },
      { type: 'callout', tone: 'note', content: [strong('Wichtig'), ' ist das.'] },
    ]);
  });

  it('leaves a quote with an unknown marker a quote', () => {
    expect(map(md('> [!FRAGE]', '> Warum?')).blocks).toEqual([{ type: 'quote', text: '[!FRAGE]\nWarum?' }]);
  });
});

describe('markdownToDraft: code, tables, dividers and HTML', () => {
  it('maps fenced and indented code with its language', () => {
    const { blocks } = map(
      md('```ts', 'const a = 1;', '', 'a + 1;', '```', '', '```', 'ohne', '```', '', '    eingerückt'),
    );
    expect(blocks).toEqual([
      { type: 'code', text: 'const a = 1;\n\na + 1;', language: 'ts' },
      { type: 'code', text: 'ohne' },
      { type: 'code', text: 'eingerückt' },
    ]);
  });

  it('maps a GFM table with its alignment and rich cells', () => {
    const { blocks } = map(
      md(
        '| Links | Mitte | Rechts | Ohne |',
        '| :---- | :---: | -----: | ---- |',
        '| a | **b** | 1 | |',
        '| c |',
        '| d | e | f | g | zu viel |',
      ),
    );
    expect(blocks).toEqual([
      {
        type: 'table',
        header: ['Links', 'Mitte', 'Rechts', 'Ohne'],
        rows: [
          ['a', [strong('b')], '1', ''],
          ['c', '', '', ''],
          ['d', 'e', 'f', 'g'],
        ],
        align: ['start', 'center', 'end', null],
      },
    ]);
  });

  it('maps a thematic break to a divider', () => {
    expect(map(md('Eins', '', '---', '', 'Zwei', '', '***')).blocks).toEqual([
      { type: 'paragraph', content: ['Eins'] },
      { type: 'divider' },
      { type: 'paragraph', content: ['Zwei'] },
      { type: 'divider' },
    ]);
  });

  it('places the newsletter at its comment, however it is spaced or cased', () => {
    for (const comment of ['<!-- newsletter -->', '<!--Newsletter-->', '  <!--   NEWSLETTER   -->']) {
      expect(map(comment)).toMatchObject({ blocks: [{ type: 'newsletter' }], problems: [] });
    }
  });

  it('leaves out any other raw HTML, naming its line', () => {
    const { blocks, problems } = map(
      md(
        'Davor.',
        '',
        '<script>alert(1)</script>',
        '',
        '<div class="box">',
        '<p>Hallo</p>',
        '</div>',
        '',
        '<!-- Entwurf: noch prüfen -->',
        '',
        'Danach.',
      ),
    );
    expect(blocks).toEqual([
      { type: 'paragraph', content: ['Davor.'] },
      { type: 'paragraph', content: ['Danach.'] },
    ]);
    expect(problems).toEqual([
      'line 3: raw HTML is not rendered; it is left out',
      'line 5: raw HTML is not rendered; it is left out',
      'line 9: raw HTML is not rendered; it is left out',
    ]);
  });

  it('keeps the FAQ section among the blocks, for the finishing step to take out', () => {
    expect(map(md('## Häufige Fragen', '', '### Warum?', '', 'Darum.')).blocks).toEqual([
      { type: 'heading', text: 'Häufige Fragen', level: 2 },
      { type: 'heading', text: 'Warum?', level: 3 },
      { type: 'paragraph', content: ['Darum.'] },
    ]);
  });
});

describe('markdownToDraft: input it cannot use', () => {
  it('refuses what is not a string', () => {
    expect(markdownToDraft(42)).toEqual({ problems: ['the Markdown source must be a string, not a number'] });
    expect(markdownToDraft(null).problems).toEqual(['the Markdown source must be a string, not null']);
    expect(markdownToDraft({ text: '# Titel' }).problems).toEqual([
      'the Markdown source must be a string, not an object',
    ]);
  });

  it('refuses a source longer than the limit without parsing it', () => {
    const started = performance.now();
    expect(markdownToDraft('a'.repeat(MAX_SOURCE_LENGTH + 1))).toEqual({
      problems: [
        `the Markdown source has ${MAX_SOURCE_LENGTH + 1} characters, more than the ${MAX_SOURCE_LENGTH} read; nothing of it is used`,
      ],
    });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('refuses lists and quotes nested thousands of levels deep, naming the line', () => {
    for (const marker of ['> ', '- ', '1. ']) {
      expect(markdownToDraft(md('# Titel', '', marker.repeat(10_000) + 'x'))).toEqual({
        problems: [
          `line 3: lists or quotes are nested more than ${MAX_NESTING} characters deep; nothing of the Markdown is used`,
        ],
      });
    }
  });

  it('maps emphasis nested past the depth limit as plain text', () => {
    const { blocks, problems } = map('*'.repeat(80) + 'tief' + '*'.repeat(80));
    let node = (blocks[0] as { content: InlineNode[] }).content[0];
    let depth = 0;
    while (typeof node === 'object' && (node.type === 'strong' || node.type === 'em')) {
      node = node.children[0];
      depth++;
    }
    expect(depth).toBe(32);
    expect(node).toBe('tief');
    expect(problems).toEqual(['line 1: emphasis nested more than 32 levels deep is shown as plain text']);
  });
});
