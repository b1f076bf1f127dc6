import { createElement as h } from 'react';
import { serializeJsonLd } from '../internal/jsonLd';
import { nodeText } from '../internal/text';
import { faqJsonLd } from './faqJsonLd';

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

describe('faqJsonLd', () => {
  it('describes every question and answer as a schema.org FAQPage', () => {
    expect(
      faqJsonLd([
        { question: 'Wann kommt die KI-Verordnung?', answer: 'Schrittweise ab 2025.' },
        { id: 'kosten', question: 'Was kostet die Prüfung?', answer: 'Das hängt vom Risiko ab.' },
      ]),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: [
        {
          '@type': 'Question',
          name: 'Wann kommt die KI-Verordnung?',
          acceptedAnswer: { '@type': 'Answer', text: 'Schrittweise ab 2025.' },
        },
        {
          '@type': 'Question',
          name: 'Was kostet die Prüfung?',
          acceptedAnswer: { '@type': 'Answer', text: 'Das hängt vom Risiko ab.' },
        },
      ],
    });
  });

  it('takes the text of rich answers', () => {
    const answer = h(
      'div',
      null,
      h('p', null, 'Drei Anbieter liefern Hochleistungs-KI-Chips:'),
      h('ul', null, h('li', null, 'Lumatek'), h('li', null, h('a', { href: '/nordwerk' }, 'Nordwerk'))),
    );
    expect(faqJsonLd([{ question: 'Wer liefert?', answer }])?.mainEntity[0]?.acceptedAnswer.text).toBe(
      'Drei Anbieter liefern Hochleistungs-KI-Chips: Lumatek Nordwerk',
    );
  });

  it('leaves out empty and repeated questions, and returns null when nothing is left', () => {
    const data = faqJsonLd([
      { question: ' ', answer: 'Ohne Frage.' },
      { question: 'Ohne Antwort?', answer: null },
      { question: 'Doppelt?', answer: 'Erste Antwort.' },
      { question: 'Doppelt?', answer: 'Zweite Antwort.' },
    ]);
    expect(data?.mainEntity.map((q) => [q.name, q.acceptedAnswer.text])).toEqual([['Doppelt?', 'Erste Antwort.']]);
    expect(faqJsonLd([])).toBeNull();
    expect(faqJsonLd([{ question: '', answer: '' }])).toBeNull();
    expect(faqJsonLd(undefined)).toBeNull();
  });

  it('cannot close its script element when serialised', () => {
    const data = faqJsonLd([{ question: 'Was passiert mit </script><script>alert(1)</script>?', answer: 'Nichts.' }]);
    const json = serializeJsonLd(data);
    expect(json).not.toMatch(/<\/script/i);
    expect(JSON.parse(json)).toEqual(data);
  });

  it('gives a string answer the text nodeText gives, whether or not it needed tidying', () => {
    const answerOf = (answer: string) => faqJsonLd([{ question: 'F?', answer }])?.mainEntity[0]?.acceptedAnswer.text;
    for (const text of TEXTS) expect(answerOf(text), JSON.stringify(text)).toBe(nodeText(text) || undefined);

    // Random strings of letters, punctuation and every kind of space.
    const alphabet = [...'aäß字🤖.,;:!?-', ' ', ' ', '\t', '\n', '\u00a0', '\u2028', '\u3000', '\ufeff'];
    let seed = 11;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (let run = 0; run < 2000; run++) {
      const length = Math.floor(random() * 24);
      const text = Array.from({ length }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expect(answerOf(text), JSON.stringify(text)).toBe(nodeText(text) || undefined);
    }
  });
});
