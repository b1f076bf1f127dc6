import * as React from 'react';
import { rawNodeText } from '../../internal/text';
import { devWarn } from '../../internal/warn';
import { useStrings, type ArticleKitOverrides, type LinkComponent } from '../../provider/context';
import type { WithStrings } from '../../provider/strings';
import { safeHref } from '../../internal/url';
import type { ArticleAuthor, ArticleBlock, Breadcrumb, CustomBlock } from '../../schema/types';
import { Root } from './ArticleBody.styles';
import { headingLevel } from '../../blocks/heading/render';
import { newsletterPosition } from './placement';
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
  /**
   * ISO 8601 date or date-time of the last update. Shown as "Aktualisiert am …" when it is a later
   * day than `publishedAt`.
   */
  updatedAt?: string;
  /** The author for the byline; `url` makes the name a link. For several, use `authors`. */
  author?: ArticleAuthor;
  /** Several authors for the byline, in order ("Von Lena Hartmann und Jonas Ebert"); used instead of `author`. */
  authors?: readonly ArticleAuthor[];
  /** The section of the site ("KI"), shown above the title. */
  section?: string;
  /**
   * The path from the site's home to the article's section, shown above the title as a
   * breadcrumb trail (a `nav` named by the locale's `breadcrumbLabel`). `ArticleLayout`'s JSON-LD
   * describes the same trail.
   */
  breadcrumbs?: readonly Breadcrumb[];
  /**
   * A table of contents from the level-2 headings, after the header: a `nav` named by the
   * locale's `tocTitle` ("Inhalt"), linking to each heading's anchor.
   * @default false
   */
  toc?: boolean;
  /**
   * Makes each heading's text a link to the heading itself, for readers who share a section.
   * The link is the heading's text, so the heading is read once; a `#` shows on hover and focus.
   * @default false
   */
  headingLinks?: boolean;
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

/** Internal props of {@link ArticleBody}, set by `ArticleLayout`. */
interface InternalProps {
  /**
   * A `newsletter` block to place by the placement rule (`newsletterPosition`) among the blocks
   * that are shown, for an article that has no slot of its own.
   */
  akNewsletter?: DataBlock;
}

/** {@link ArticleBody} before an entry binds its strings (see `./index.ts`); the docs are there. */
export function ArticleBody({
  title,
  lead,
  publishedAt,
  updatedAt,
  author,
  authors: authorsProp,
  section,
  breadcrumbs,
  toc = false,
  headingLinks = false,
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
  akNewsletter,
}: ArticleBodyProps & WithStrings<'body'> & InternalProps): React.JSX.Element {
  const kit = useStrings({ locale: localeProp, labels: labelsProp }, akStrings.body, akStrings.locale, true);
  const { locale, labels, lang } = kit;
  const linkComponent = linkProp ?? kit.linkComponent;
  if (blocks !== undefined && !Array.isArray(blocks)) devWarn('ArticleBody: `blocks` is not an array; it is ignored.');
  const list: readonly unknown[] = Array.isArray(blocks) ? blocks : [];

  const firstImage = list.findIndex((block) => (block as DataBlock | null)?.type === 'image');
  const ids = headingIds(list);
  const context: BlockContext = {
    components,
    headingIds: ids,
    eagerImage: firstImage < EAGER_IMAGE_WITHIN ? firstImage : -1,
    headingLinks,
    linkComponent,
    locale,
    labels,
    hostText: [],
  };
  const rendered = list.map((block, index) => renderBlock(block, index, context));
  const body = rendered.map((node, index) => <React.Fragment key={index}>{node}</React.Fragment>);
  if (akNewsletter) {
    // The rule reads the blocks as the reader gets them: only those that show something.
    const shown = rendered.flatMap((node, index) => (node ? [index] : []));
    const at = newsletterPosition(
      shown.map((index) => {
        const { type, level } = list[index] as DataBlock;
        return {
          kind:
            type === 'paragraph'
              ? 'paragraph'
              : type === 'heading'
                ? headingLevel(level) === 2
                  ? 'section'
                  : 'heading'
                : 'other',
          length: rawNodeText(rendered[index]).trim().length,
        };
      }),
    );
    body.splice(
      at < shown.length ? shown[at]! : body.length,
      0,
      <React.Fragment key="newsletter">{renderBlock(akNewsletter, -1, context)}</React.Fragment>,
    );
  }

  const heading = textOf(title);
  const leadText = textOf(lead);
  const kicker = textOf(section);
  const people = (Array.isArray(authorsProp) && authorsProp.length ? authorsProp : [author]).filter(
    (person): person is ArticleAuthor => !!textOf(person?.name),
  );
  const published = formatPublished(publishedAt, labels.dateLocale);
  const updated = formatPublished(updatedAt, labels.dateLocale);
  // An update on the day of publication is no news to the reader.
  const showUpdated = updated && (!published || updated.iso.slice(0, 10) > published.iso.slice(0, 10));
  const trail = (Array.isArray(breadcrumbs) ? breadcrumbs : []).filter(
    (crumb): crumb is Breadcrumb => !!textOf(crumb?.title) && !!safeHref(crumb?.href),
  );
  const hasHeader = heading || leadText || people.length || published || showUpdated;
  const contents = toc ? tocEntries(list, ids) : [];
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
  const names = people.map((person, i) => (
    <SafeLink key={i} href={person.url} rel="author" linkComponent={linkComponent}>
      {textOf(person.name)}
    </SafeLink>
  ));

  return (
    // lang only when a locale was chosen (here or by a provider): otherwise the host's applies.
    <Root as={as} data-ak="ArticleBody" lang={lang} className={className}>
      {hasHeader && (
        <header>
          {trail.length > 0 && (
            <nav aria-label={labels.breadcrumbLabel} data-part="breadcrumbs">
              <ol>
                {trail.map((crumb, i) => (
                  <li key={i}>
                    <SafeLink href={crumb.href} linkComponent={linkComponent}>
                      {textOf(crumb.title)}
                    </SafeLink>
                  </li>
                ))}
              </ol>
            </nav>
          )}
          {kicker && <p data-part="section">{kicker}</p>}
          {heading && <h1>{heading}</h1>}
          {leadText && <p data-part="lead">{leadText}</p>}
          {(names.length > 0 || published || showUpdated || minutes > 0) && (
            <p data-part="meta">
              {names.length > 0 && (
                <span>
                  {beforeAuthor}
                  {afterAuthor === undefined && ' '}
                  {joinList(names, labels.dateLocale)}
                  {afterAuthor}
                </span>
              )}
              {published && (
                <span>
                  <span data-part="date-label">{`${labels.publishedOn} `}</span>
                  <time dateTime={published.iso}>{published.text}</time>
                </span>
              )}
              {showUpdated && (
                <span>
                  {`${labels.updatedOn} `}
                  <time dateTime={updated.iso}>{updated.text}</time>
                </span>
              )}
              {minutes > 0 && <span>{labels.readingTime.replace('{minutes}', `${minutes}`)}</span>}
            </p>
          )}
        </header>
      )}
      {contents.length > 0 && (
        // Named by its visible title; the id comes from the first heading's, unique in the article.
        <nav aria-labelledby={`${contents[0]!.id}--toc`} data-part="toc">
          <p id={`${contents[0]!.id}--toc`}>{labels.tocTitle}</p>
          <ol>
            {contents.map(({ id, text }) => (
              <li key={id}>
                <a href={`#${id}`}>{text}</a>
              </li>
            ))}
          </ol>
        </nav>
      )}
      {body}
      {children}
    </Root>
  );
}

/** The level-2 headings with their anchors, for the table of contents. */
function tocEntries(blocks: readonly unknown[], ids: (string | undefined)[]) {
  return blocks.flatMap((block, index) => {
    const { type, level, text } = (block ?? {}) as DataBlock;
    const words = textOf(text);
    const id = ids[index];
    return type === 'heading' && headingLevel(level) === 2 && words && id ? [{ id, text: words }] : [];
  });
}

/**
 * Names joined as the language joins a list ("A, B und C"), through `Intl.ListFormat`; the
 * names stay elements (links).
 */
function joinList(items: React.ReactNode[], tag: string): React.ReactNode[] {
  if (items.length < 2) return items;
  let parts: { type: string; value: string }[];
  try {
    parts = new Intl.ListFormat(tag, { type: 'conjunction' }).formatToParts(items.map((_, i) => `${i}`));
  } catch {
    // An invalid language tag from a label override: commas are understood everywhere.
    parts = items.flatMap((_, i) => [
      ...(i ? [{ type: 'literal', value: ', ' }] : []),
      { type: 'element', value: `${i}` },
    ]);
  }
  return parts.map((part) => (part.type === 'element' ? items[Number(part.value)] : part.value));
}
