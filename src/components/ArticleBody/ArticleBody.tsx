import * as React from 'react';
import { rawNodeText } from '../../internal/text';
import { devWarn } from '../../internal/warn';
import { useStrings, type ArticleKitOverrides, type LinkComponent } from '../../provider/context';
import type { WithStrings } from '../../provider/strings';
import type { ArticleAuthor, ArticleBlock, CustomBlock } from '../../schema/types';
import { Root } from './ArticleBody.styles';
import { renderBlock, SafeLink, type BlockContext } from './ArticleBodyBlocks';
import { formatPublished, headingIds, readingMinutes, textOf, type DataBlock } from './articleBodyLogic';
import type { BlockComponents, BlockShape } from './blockComponents';

/** An image within this many blocks from the start is likely above the fold and loads at once. */
const EAGER_IMAGE_WITHIN = 3;

/** Props of {@link ArticleBody}. */
export interface ArticleBodyProps extends ArticleKitOverrides {
  /** The article's title, rendered as the page's single `h1`. Omit it when the page renders its own h1. */
  title?: string;
  /** The lead paragraph under the title. */
  lead?: string;
  /**
   * ISO 8601 date or date-time of publication (`2025-11-28`). Shown as the calendar day written
   * there, formatted for the locale ("28. November 2025"). An unreadable date is not shown.
   */
  publishedAt?: string;
  /** The author for the byline; `url` makes the name a link. */
  author?: ArticleAuthor;
  /**
   * The article's content as typed blocks, rendered in order. Blocks of other types go to
   * `components`; without a renderer they are skipped (with a warning in development).
   */
  blocks?: ReadonlyArray<ArticleBlock | CustomBlock | BlockShape>;
  /**
   * Renderers by block type: for your own block types, or to replace a built-in one. The
   * `newsletter` block shows nothing by itself; its renderer fills that place in the article.
   * @example components={{ chart: ({ block }: BlockRendererProps<ChartBlock>) => <Chart data={block.data} /> }}
   */
  components?: BlockComponents;
  /** Content rendered after the blocks, with the same typography. */
  children?: React.ReactNode;
  /**
   * Reading time in minutes to show instead of the estimate from the text, or `false` to hide it.
   * By default it is estimated from the text the lead, blocks and children show (about 200 words
   * a minute in German, 230 in English, 175 to 225 in the other languages); a block shown by a host's renderer counts its `text`
   * field. It is part of the header's meta line, so it shows only when there is a title, lead,
   * author or date.
   */
  readingTime?: number | false;
  /**
   * Component that renders the article's internal links (rich paragraph links and the author's
   * page), such as Next.js `Link`. External, `mailto:` and `tel:` links stay plain `<a>`s.
   * Overrides the provider's `linkComponent`; pass it here when rendering from a server
   * component, where the provider cannot be read.
   * @default the provider's linkComponent, else a plain `<a>`
   */
  linkComponent?: LinkComponent;
  /**
   * The root element: `article` when the body stands for the whole article, `div` when a
   * surrounding element (such as `ArticleLayout`'s) already is the article.
   * @default 'article'
   */
  as?: 'article' | 'div';
  /** Class name for the root element, for host CSS. */
  className?: string;
}

/** {@link ArticleBody} before an entry binds its strings (see `./index.ts`); the docs are there. */
export function ArticleBody({
  title,
  lead,
  publishedAt,
  author,
  blocks,
  components,
  children,
  readingTime,
  linkComponent: linkProp,
  as,
  className,
  locale: localeProp,
  labels: labelsProp,
  akStrings,
}: ArticleBodyProps & WithStrings<'body'>): React.JSX.Element {
  const kit = useStrings({ locale: localeProp, labels: labelsProp }, akStrings.body, akStrings.locale, true);
  const { locale, labels, lang } = kit;
  const linkComponent = linkProp ?? kit.linkComponent;
  if (blocks !== undefined && !Array.isArray(blocks)) devWarn('ArticleBody: `blocks` is not an array; it is ignored.');
  const list: readonly unknown[] = Array.isArray(blocks) ? blocks : [];

  const firstImage = list.findIndex((block) => (block as DataBlock | null)?.type === 'image');
  const context: BlockContext = {
    components,
    headingIds: headingIds(list),
    eagerImage: firstImage < EAGER_IMAGE_WITHIN ? firstImage : -1,
    linkComponent,
    locale,
    hostText: [],
  };
  const body = list.map((block, index) => (
    <React.Fragment key={index}>{renderBlock(block, index, context)}</React.Fragment>
  ));

  const heading = textOf(title);
  const leadText = textOf(lead);
  const authorName = textOf(author?.name);
  const published = formatPublished(publishedAt, labels.dateLocale);
  const hasHeader = heading || leadText || authorName || published;
  // The meta line belongs to the article's header: a body without one (the page renders title
  // and byline itself) shows no reading time either.
  const minutes =
    hasHeader && readingTime !== false
      ? readingTime! >= 1
        ? Math.round(readingTime!)
        : readingMinutes(rawNodeText([leadText, body, children, context.hostText]), locale)
      : 0;
  // "Von {author}"; a label without the placeholder puts the name after it.
  const [beforeAuthor, afterAuthor] = labels.bylineAuthor.split('{author}');

  return (
    // lang only when a locale was chosen (here or by a provider): otherwise the host's applies.
    <Root as={as} data-ak="ArticleBody" lang={lang} className={className}>
      {hasHeader && (
        <header>
          {heading && <h1>{heading}</h1>}
          {leadText && <p data-part="lead">{leadText}</p>}
          {(authorName || published || minutes > 0) && (
            <p data-part="meta">
              {authorName && (
                <span>
                  {beforeAuthor}
                  {afterAuthor === undefined && ' '}
                  <SafeLink href={author?.url} rel="author" linkComponent={linkComponent}>
                    {authorName}
                  </SafeLink>
                  {afterAuthor}
                </span>
              )}
              {published && (
                <span>
                  <span data-part="date-label">{`${labels.publishedOn} `}</span>
                  <time dateTime={published.iso}>{published.text}</time>
                </span>
              )}
              {minutes > 0 && <span>{labels.readingTime.replace('{minutes}', `${minutes}`)}</span>}
            </p>
          )}
        </header>
      )}
      {body}
      {children}
    </Root>
  );
}
