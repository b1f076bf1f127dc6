import { renderToString } from 'react-dom/server';
import { JsonLdScript } from '../internal/JsonLdScript';
import { serializeJsonLd } from '../internal/jsonLd';
import { articleJsonLd } from './articleJsonLd';
import type { Article } from './types';

const article: Article = {
  title: 'Lumatek und Nordwerk: Milliarden-Deal 2025',
  lead: 'Der Münchner Chipentwickler Lumatek übernimmt den Rechenzentrumsbetreiber Nordwerk.',
  publishedAt: '2025-11-28',
  author: { name: 'Lena Hartmann', url: 'https://example.com/autorinnen/lena-hartmann' },
  blocks: [{ type: 'paragraph', text: 'Erster Absatz.' }],
};

// Clean text in many scripts, and text with each thing the clean-up changes: runs of spaces,
// tabs, line breaks, no-break and ideographic spaces, a byte order mark, spaces at the ends and
// before punctuation.
const TEXTS = [
  'Lumatek übernimmt Nordwerk für 4,2 Milliarden Euro.',
  'Äpfel, Öl und Übergrößen: Straße',
  'Crème brûlée à la Ångström, Łódź, Dvořák',
  'Nai\u0308ve Cafe\u0301 mit kombinierten Zeichen',
  '大規模言語モデル：2025年の展望',
  'KI 🤖 für alle 🚀!',
  '',
  ' ',
  '  Leerzeichen  am Rand  ',
  'Zeilen\numbruch und\tTab',
  'Ende .',
  'Frage ?Antwort !',
  'ein , zwei ; drei : vier',
  'geschützt\u00a0Leerzeichen',
  'ideografisch\u3000Leerzeichen',
  '\ufeffmit BOM',
  'Zeile\u2028Absatz\u2029Ende',
  '\r\n',
];

describe('articleJsonLd', () => {
  it('builds a NewsArticle with headline, description, date and author', () => {
    expect(articleJsonLd(article)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Lumatek und Nordwerk: Milliarden-Deal 2025',
      description: 'Der Münchner Chipentwickler Lumatek übernimmt den Rechenzentrumsbetreiber Nordwerk.',
      datePublished: '2025-11-28',
      author: { '@type': 'Person', name: 'Lena Hartmann', url: 'https://example.com/autorinnen/lena-hartmann' },
    });
  });

  it('uses the first paragraph when there is no lead', () => {
    expect(articleJsonLd({ ...article, lead: undefined }).description).toBe('Erster Absatz.');
  });

  it('leaves out what is missing or unreadable instead of guessing', () => {
    const data = articleJsonLd({
      title: '  Nur ein\nTitel ',
      publishedAt: 'letzten Freitag',
      author: { name: 'Mara Lind', url: 'javascript:alert(1)' },
      blocks: [],
    });
    expect(data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Nur ein Titel',
      author: { '@type': 'Person', name: 'Mara Lind' },
    });
  });

  it('survives data that does not match the types', () => {
    const broken = { title: 42, author: 'Lena', blocks: 'keine' } as unknown as Article;
    expect(articleJsonLd(broken)).toEqual({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: '' });
  });

  it('cannot close the script element it is written into', () => {
    const hostile: Article = {
      ...article,
      title: 'Deal</script><script>alert(1)</script>',
      lead: '<!-- </SCRIPT > & Ende',
    };
    const json = serializeJsonLd(articleJsonLd(hostile));
    expect(json).not.toMatch(/<\/script/i);
    expect(json).not.toContain('<!--');
    // The text itself is unchanged: the escapes are undone by the JSON parser.
    expect(JSON.parse(json)).toMatchObject({ headline: hostile.title, description: hostile.lead });

    const html = renderToString(<JsonLdScript data={articleJsonLd(hostile)} />);
    expect(html.match(/<\/script/gi)).toHaveLength(1);
  });

  it('writes each text field as one tidy line, whether or not it needed tidying', () => {
    for (const text of TEXTS) {
      const line = text.replace(/\s+/g, ' ').trim();
      const data = articleJsonLd({ title: text, lead: text, author: { name: text }, blocks: [] });
      expect(data.headline, JSON.stringify(text)).toBe(line);
      expect(data.description, JSON.stringify(text)).toBe(line || undefined);
      expect((data.author as { name?: string } | undefined)?.name, JSON.stringify(text)).toBe(line || undefined);
      const fromBlocks = articleJsonLd({ title: 'T', blocks: [{ type: 'paragraph', text }] });
      expect(fromBlocks.description, JSON.stringify(text)).toBe(line || undefined);
    }
  });

  it('serialises structured data with and without a less-than sign as JSON that reads back the same', () => {
    for (const text of [...TEXTS, 'a < b', '<<>>', '\u2028<']) {
      const json = serializeJsonLd({ headline: text });
      expect(json).toBe(JSON.stringify({ headline: text }).replace(/</g, '\\u003c'));
      expect(JSON.parse(json)).toEqual({ headline: text });
    }
  });
});
