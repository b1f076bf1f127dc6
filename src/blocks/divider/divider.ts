/** A thematic break between parts of the text. */
export interface DividerBlock {
  type: 'divider';
}

export const dividerExamples: DividerBlock[] = [{ type: 'divider' }];
