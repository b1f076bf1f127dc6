import fc from 'fast-check';
import { newsletterPosition, type PlacedBlock } from './placement';

const p = (length = 100): PlacedBlock => ({ kind: 'paragraph', length });
const s = (length = 20): PlacedBlock => ({ kind: 'section', length });
const h = (length = 20): PlacedBlock => ({ kind: 'heading', length });
const o = (length = 0): PlacedBlock => ({ kind: 'other', length });

/** `count` sections of a heading and a paragraph each, all of the same length. */
const equalSections = (count: number) => Array.from({ length: count }, () => [s(), p()]).flat();

describe('newsletterPosition', () => {
  it('puts the box between the second and the third of five equal sections', () => {
    // s p s p | s p s p s p
    expect(newsletterPosition(equalSections(5))).toBe(4);
  });

  it.each([
    [2, 2],
    [3, 2],
    [4, 4],
    [6, 6],
  ])('puts it at the last section break at or before the middle of %i equal sections', (count, at) => {
    expect(newsletterPosition(equalSections(count))).toBe(at);
  });

  it('never puts it before the first paragraph', () => {
    // An opening section break with no text before it is no place: the next one is.
    expect(newsletterPosition([s(), s(), p(), s(), p()])).toBe(3);
    // A lead image before the first paragraph does not make it one either.
    expect(newsletterPosition([o(), s(), p(), s(), p()])).toBe(3);
  });

  it('never puts it right after a heading', () => {
    // A section break right after a subheading (an empty subsection) is no place.
    expect(newsletterPosition([p(), h(), s(), p(), s(), p()])).toBe(4);
    // Two level-2 headings in a row: only the place before the first is one.
    expect(newsletterPosition([p(), s(), s(), p(), p(), p()])).toBe(1);
  });

  it('takes a break after an image or a list as well as after a paragraph', () => {
    expect(newsletterPosition([p(), o(), s(), p(), s(), p()])).toBe(2);
  });

  it('takes the first place when the first section alone is longer than half the text', () => {
    expect(newsletterPosition([p(2000), s(), p(), s(), p()])).toBe(1);
  });

  it('measures by text, not by blocks: a long second half pulls the place towards the end', () => {
    // Text before the breaks: 100, 200, 300 of 1300 in all; the last of those at or before 650.
    expect(newsletterPosition([p(), s(0), p(), s(0), p(), s(0), p(1000)])).toBe(5);
    // A long opening: no break lies at or before the middle, so the first one.
    expect(newsletterPosition([p(1000), s(0), p(), s(0), p(), s(0), p()])).toBe(1);
  });

  it('goes after a paragraph when the article has no sections', () => {
    expect(newsletterPosition([p(), p(), p(), p()])).toBe(2);
    expect(newsletterPosition([p(), h(), p(), h(), p()])).toBe(1);
    expect(newsletterPosition([p(), o(), p()])).toBe(1);
  });

  it('goes after the body when there is no place in it', () => {
    expect(newsletterPosition([])).toBe(0);
    expect(newsletterPosition([p()])).toBe(1);
    expect(newsletterPosition([o(), o()])).toBe(2);
    expect(newsletterPosition([s(), o(), h()])).toBe(3);
    // Sections without any paragraph: no text to place it in.
    expect(newsletterPosition([s(), o(), s(), o()])).toBe(4);
  });

  it('finds a place for articles of any shape', () => {
    const block = fc.record({
      kind: fc.constantFrom<PlacedBlock['kind']>('paragraph', 'section', 'heading', 'other'),
      length: fc.nat({ max: 5000 }),
    });
    fc.assert(
      fc.property(fc.array(block, { maxLength: 40 }), (blocks) => {
        const at = newsletterPosition(blocks);
        expect(Number.isInteger(at) && at >= 0 && at <= blocks.length).toBe(true);
        const firstParagraph = blocks.findIndex((b) => b.kind === 'paragraph');
        if (firstParagraph < 0) expect(at).toBe(blocks.length);
        if (at === blocks.length) return;
        // Rules 1 and 2: after the first paragraph, not after a heading, before a section or after a paragraph.
        expect(at).toBeGreaterThan(firstParagraph);
        expect(['section', 'heading']).not.toContain(blocks[at - 1]!.kind);
        const hasSectionPlace = blocks.some(
          (b, i) => b.kind === 'section' && i > firstParagraph && !/^(section|heading)$/.test(blocks[i - 1]!.kind),
        );
        if (hasSectionPlace) expect(blocks[at]!.kind).toBe('section');
        else expect(blocks[at - 1]!.kind).toBe('paragraph');
      }),
    );
  });
});
