import * as React from 'react';
import fc from 'fast-check';
import { demoArticleDe } from '../../stories/demo/article.de';
import { articleShape, hasNodeContent, isRenderable } from './validateArticleShape';

describe('articleShape', () => {
  it('passes a valid article on as it is', () => {
    expect(articleShape(demoArticleDe)).toEqual(demoArticleDe);
  });

  it('gives an empty article for data that is not one', () => {
    for (const value of [null, undefined, 'Artikel', 42, [], new Date(0)]) {
      expect(articleShape(value)).toEqual({ title: '', blocks: [] });
    }
  });

  it('drops fields of the wrong kind and FAQ items whose answer React cannot render or that show nothing', () => {
    const answer = React.createElement('p', null, 'Ja.');
    const shape = articleShape({
      title: 7,
      lead: ['kein', 'Text'],
      publishedAt: 20251128n,
      author: 'Lena Hartmann',
      blocks: 'x',
      faq: [
        { question: 'Text?', answer: 'Ja.' },
        { question: 'Element?', answer },
        { question: 'Objekt?', answer: { text: 'nein' } },
        { question: 'Leer?', answer: '  ' },
        { question: 'Ohne Antwort?' },
        null,
      ],
      prev: 'zurück',
      next: { href: '/weiter', title: 'Weiter' },
    });
    expect(shape).toEqual({
      title: '',
      blocks: [],
      faq: [
        { question: 'Text?', answer: 'Ja.' },
        { question: 'Element?', answer },
      ],
      next: { href: '/weiter', title: 'Weiter' },
    });
  });

  it('never throws, and always gives blocks as an array and FAQ answers React can render', () => {
    const junk = fc.anything({ maxDepth: 3, withBigInt: true, withMap: true, withSet: true, withDate: true });
    const article = fc.record(
      { title: junk, blocks: fc.oneof(fc.array(junk), junk), faq: fc.oneof(fc.array(junk), junk), prev: junk },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(article, junk), (data) => {
        const shape = articleShape(data);
        expect(Array.isArray(shape.blocks)).toBe(true);
        for (const item of shape.faq ?? []) {
          expect(isRenderable(item.answer) && hasNodeContent(item.answer)).toBe(true);
        }
      }),
    );
  });
});
