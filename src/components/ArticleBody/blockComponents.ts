import type * as React from 'react';
import type { Locale } from '../../provider/locales';
import type { ArticleBlock, CustomBlock, HeadingBlock } from '../../schema/types';

/** The least a block has: its `type`, the key into the `components` map. */
export interface BlockShape {
  type: string;
}

/** Props every block renderer receives. */
export interface BlockRendererProps<Block extends object = CustomBlock> {
  /** The block from the article's data. */
  block: Block;
  /** Position of the block in `blocks`, e.g. to load the first image eagerly. */
  index: number;
  /**
   * The body's interface language (its `locale` prop, else the provider's, else `'en'`); always
   * given by `ArticleBody`. A renderer in a server component cannot read the provider; it reads
   * this instead.
   */
  locale?: Locale;
}

/**
 * A component that renders one block (a function component or `React.memo` of one). Written as
 * a method type on purpose: its `block` is then compared both ways, so a renderer for a host's
 * own interface (`ChartBlock`) fits the map without a cast.
 */
export type BlockRenderer<Block extends object = CustomBlock> = {
  render(props: BlockRendererProps<Block>): React.ReactNode;
}['render'];

/**
 * What a renderer of a built-in type receives. Headings arrive with their final `id` (the
 * unique slug anchors point to) and a valid `level`.
 */
export type BuiltInBlock<Type extends ArticleBlock['type']> = Type extends 'heading'
  ? HeadingBlock & { id: string; level: 2 | 3 | 4 }
  : Extract<ArticleBlock, { type: Type }>;

/** Renderers that replace the built-in ones, typed by block type. */
export type BuiltInBlockComponents = {
  [Type in ArticleBlock['type']]?: BlockRenderer<BuiltInBlock<Type>>;
};

/**
 * A block of a type the map does not declare. Its fields are `any` (not `unknown`) so that a
 * renderer written for any block interface, or for a partial shape, fits without a cast.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
export type UndeclaredBlock = { readonly [field: string]: any };

/**
 * Renderers by block type for `ArticleBody`'s `components`: custom types, and built-in types
 * to replace their default rendering. `newsletter` has no visible default; its renderer decides
 * what appears at that place in the article (`ArticleLayout` puts its `NewsletterCta` there).
 *
 * Built-in keys are always type-checked. Name your own block types to check theirs too, and to
 * reject keys you did not declare:
 * `const components: BlockComponents<ChartBlock | CalloutBlock> = { chart: Chart, callout: Callout }`.
 * Without the type argument any other key is accepted and its renderer's `block` is untyped.
 */
export type BlockComponents<Custom extends BlockShape = never> = BuiltInBlockComponents &
  ([Custom] extends [never]
    ? { [type: string]: BlockRenderer<UndeclaredBlock> | undefined }
    : { [Block in Custom as Block['type']]?: BlockRenderer<Block> });
