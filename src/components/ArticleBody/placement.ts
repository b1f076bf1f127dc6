// Where ArticleLayout's signup box goes when the article names no place for it.

/** What the placement rule needs to know of a block that is shown: what it is and how much text it holds. */
export interface PlacedBlock {
  kind: 'paragraph' | 'section' | 'heading' | 'other';
  /** Characters of text it shows. */
  length: number;
}

/**
 * Where the signup box goes in an article without a `newsletter` block, among the blocks that
 * are shown: the index of the block it is placed before (`blocks.length`: after the body). The
 * rule:
 *
 * 1. It goes between two sections: before a level-2 heading. An article without such a place
 *    gets it after a paragraph instead.
 * 2. Never before the first paragraph, and never right after a heading.
 * 3. Of those places, the last one at or before the middle of the article's text, so a reader
 *    meets it around halfway; when the first section alone is longer than half, the first place.
 * 4. Without any paragraph, after the body.
 *
 * An article of five equal sections gets it between the second and the third.
 */
export function newsletterPosition(blocks: readonly PlacedBlock[]): number {
  const before: number[] = [];
  let total = 0;
  for (const block of blocks) {
    before.push(total);
    total += block.length;
  }
  const firstParagraph = blocks.findIndex((block) => block.kind === 'paragraph');
  if (firstParagraph < 0) return blocks.length;
  const afterText = (index: number) => index > firstParagraph && !/^(section|heading)$/.test(blocks[index - 1]!.kind);
  let places = blocks.flatMap((block, index) => (block.kind === 'section' && afterText(index) ? [index] : []));
  if (!places.length) {
    places = blocks.flatMap((block, index) =>
      block.kind === 'paragraph' && index + 1 < blocks.length ? [index + 1] : [],
    );
  }
  if (!places.length) return blocks.length;
  const early = places.filter((index) => before[index]! <= total / 2);
  return early.length ? early[early.length - 1]! : places[0]!;
}
