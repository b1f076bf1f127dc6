import { createElement as h } from 'react';
import { serializeJsonLd } from '../internal/jsonLd';
import { faqJsonLd } from './faqJsonLd';

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
});
