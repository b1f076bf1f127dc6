export { ArticleBody } from './ArticleBody';
export type { ArticleBodyProps } from './ArticleBody';
export type {
  BlockComponents,
  BlockRenderer,
  BlockRendererProps,
  BlockShape,
  BuiltInBlock,
  BuiltInBlockComponents,
  UndeclaredBlock,
} from './blockComponents';
