import type * as React from 'react';
import { Island, useIslands } from '../../internal/island';
import { JsonLdScript } from '../../internal/JsonLdScript';
import { devWarn } from '../../internal/warn';
import { useStrings, type ArticleKitOverrides, type LinkComponent } from '../../provider/context';
import type { Locale } from '../../provider/locales';
import type { BoundStrings, Part, WithStrings } from '../../provider/strings';
import type { Article } from '../../schema/types';
import { validateArticle } from '../../schema/validateArticle';
import { articleShape } from '../../schema/validateArticleShape';
import { ArticleBody, type ArticleBodyProps } from '../ArticleBody/ArticleBody';
import type { BlockRendererProps } from '../ArticleBody/blockComponents';
import { FaqAccordion, type FaqAccordionProps } from '../FaqAccordion/FaqAccordion';
import { NewsletterCta, type NewsletterCtaProps } from '../NewsletterCta/NewsletterCta';
import { PrevNextNav, type PrevNextNavProps } from '../PrevNextNav/PrevNextNav';
import { Root } from './ArticleLayout.styles';
import {
  articleGraph,
  faqWithPageIds,
  isNewsletterBlock,
  placeNewsletter,
  type NewsArticleExtras,
  type NewsletterSlotBlock,
} from './articleLayoutLogic';

// The host's bundler or Node provides it; the library's own types leave Node's out.
declare const process: { env: Record<string, string | undefined> };

/** Props of {@link ArticleLayout}. */
export interface ArticleLayoutProps extends ArticleKitOverrides {
  /**
   * The whole article: title, lead, meta, blocks, FAQ and previous/next links. Checked at
   * runtime: what is invalid is left out, so bad content never breaks the page. Development
   * builds check every field and warn naming it (`article.blocks[3].text must be a string`).
   */
  article: Article;
  /**
   * Props of the `NewsletterCta`, shown at the article's `{ type: 'newsletter' }` block. An
   * article without one gets the box by `newsletterPlacement`. Without this prop no signup box is
   * shown. From a server component page, pass `action` (a plain form post); `onSubscribe` needs a
   * client component. A skip link before the box lets keyboard and screen-reader users pass it.
   */
  newsletter?: NewsletterCtaProps;
  /**
   * Where the signup box goes when the article has no `newsletter` block. `'auto'`: between two
   * sections around the middle of the text (the last section break at or before the middle;
   * never before the first paragraph or right after a heading; after a paragraph when there are
   * no sections). `'end'`: after the body.
   * @default 'auto'
   */
  newsletterPlacement?: 'auto' | 'end';
  /**
   * A table of contents from the level-2 headings, after the article's header (`ArticleBody`'s
   * `toc`).
   * @default false
   */
  toc?: boolean;
  /**
   * Adds one `<script type="application/ld+json">` with a graph of the `NewsArticle` and, when
   * the article has a FAQ, the `FAQPage`, built from the same data the page shows. Pass an object
   * to add properties to the `NewsArticle`, such as `image`, `publisher` or `url`.
   * @default false
   */
  structuredData?: boolean | NewsArticleExtras;
  /**
   * More props for the `ArticleBody`, such as `components` (renderers for your own block
   * types), `readingTime`, or `children` (shown after the blocks).
   */
  bodyProps?: Omit<
    ArticleBodyProps,
    | 'title'
    | 'lead'
    | 'publishedAt'
    | 'updatedAt'
    | 'author'
    | 'authors'
    | 'section'
    | 'breadcrumbs'
    | 'blocks'
    | 'as'
    | keyof ArticleKitOverrides
  >;
  /**
   * More props for the `FaqAccordion`, such as `type: 'single'`, `title` or `defaultValue`.
   * Its own structured data stays off while `structuredData` is on, so the FAQ is published once.
   */
  faqProps?: Omit<FaqAccordionProps, 'items' | keyof ArticleKitOverrides>;
  /**
   * More props for the `PrevNextNav`, such as `linkComponent` (a router's `Link`; a server
   * component page can pass Next.js `Link` here).
   */
  navProps?: Omit<PrevNextNavProps, 'prev' | 'next' | keyof ArticleKitOverrides>;
  /**
   * Component for the page's internal links (the body's links and the previous/next cards), such
   * as Next.js `Link`. A server component page can pass it here; `navProps.linkComponent` and
   * `bodyProps.linkComponent` override it for one part.
   * @default the provider's linkComponent, else a plain `<a>`
   */
  linkComponent?: LinkComponent;
  /** Class name for the root element, for host styles. */
  className?: string;
}

type SlotCta = NewsletterCtaProps & WithStrings<'newsletter'> & { skipStrings: BoundStrings<'body'>['body'] };

// Defined once, outside any render, so the signup box keeps its state when the page re-renders.
function NewsletterSlot({ block }: BlockRendererProps<NewsletterSlotBlock>) {
  return <Newsletter {...(block.cta as SlotCta)} />;
}

/**
 * The strings a client part gets from the layout. With a `locale` chosen here, only that
 * language's table: a server page sends a client component's props along with the page, and an
 * island carries them to the browser bundle, which then hydrates it with the same words whatever
 * languages it ships. Without one, the part may still take the provider's language in the
 * browser, so every table of the entry goes along.
 */
function usePartStrings<P extends 'faq' | 'newsletter'>(
  props: ArticleKitOverrides & WithStrings<P>,
  part: P,
): BoundStrings<P> {
  const strings = props.akStrings as { readonly locale: Locale } & {
    readonly [K in P]: { readonly [L in Locale]?: Record<string, string> };
  };
  const { locale } = useStrings(props, strings[part], strings.locale, true);
  if (props.locale === undefined) return props.akStrings;
  return { locale, [part]: { [locale]: strings[part][locale] } } as unknown as BoundStrings<P>;
}

/**
 * The signup box; for the browser bundle, an island with a fixed id, so its markup is the same as
 * the box rendered on its own.
 */
function Newsletter({ skipStrings, ...props }: SlotCta) {
  const akStrings = usePartStrings(props, 'newsletter');
  const skipLabel = useStrings(props, skipStrings, props.akStrings.locale, true).labels.skipNewsletter;
  const islands = useIslands();
  // Fixed rather than from useId, which server components do not have.
  const end = `${props.id ?? 'ak-newsletter'}-end`;
  const island = { id: 'ak-newsletter', ...props, akStrings };
  return (
    <>
      {/* A way past the promotion for readers who move by keyboard or screen reader. */}
      <a href={`#${end}`} data-ak-part="skip-newsletter">
        {skipLabel}
      </a>
      {islands ? (
        <Island component="NewsletterCta" props={island}>
          <NewsletterCta {...island} />
        </Island>
      ) : (
        <NewsletterCta {...props} akStrings={akStrings} />
      )}
      <span id={end} tabIndex={-1} data-ak-part="skip-target" />
    </>
  );
}

/** The FAQ; for the browser bundle, an island like the signup box. */
function Faq(props: FaqAccordionProps & WithStrings<'faq'>) {
  const akStrings = usePartStrings(props, 'faq');
  if (!useIslands()) return <FaqAccordion {...props} akStrings={akStrings} />;
  const island = { id: 'ak-faq', ...props, akStrings };
  return (
    <Island component="FaqAccordion" props={island}>
      <FaqAccordion {...island} />
    </Island>
  );
}

/** {@link ArticleLayout} before an entry binds its strings (see `./index.ts`); the docs are there. */
export function ArticleLayout({
  article: input,
  newsletter,
  newsletterPlacement = 'auto',
  toc,
  structuredData = false,
  bodyProps,
  faqProps,
  navProps,
  linkComponent,
  className,
  locale,
  labels,
  akStrings,
}: ArticleLayoutProps & WithStrings<Part>): React.JSX.Element {
  const components = bodyProps?.components;
  let article: Article;
  // The full check names each broken field for the developer and is most of the layout's
  // weight. Written as `process.env.NODE_ENV`, the condition is replaced by the host's bundler,
  // which then drops the validator from production builds; there a cheap check of the shape
  // remains, and each part skips what it cannot render.
  if (process.env.NODE_ENV !== 'production') {
    const checked = validateArticle(input, {
      customTypes: components && typeof components === 'object' ? Object.keys(components) : [],
    });
    for (const problem of checked.problems) devWarn(`ArticleLayout: ${problem}; it is left out.`);
    article = checked.article;
  } else {
    article = articleShape(input);
  }

  const overrides = { locale, labels };
  // The box is a client component: it cannot read the layout's props, so it gets them here.
  const cta: SlotCta | undefined = newsletter && {
    ...newsletter,
    locale: newsletter.locale ?? locale,
    labels: labels && newsletter.labels ? { ...labels, ...newsletter.labels } : (newsletter.labels ?? labels),
    // Only the box's own tables: they travel to the client with its props.
    akStrings: { locale: akStrings.locale, newsletter: akStrings.newsletter },
    skipStrings: akStrings.body,
  };
  const hasSlot = article.blocks.some(isNewsletterBlock);
  // Without a slot in the data, the body finds the place among the blocks it shows.
  const autoSlot = !!cta && !hasSlot && newsletterPlacement !== 'end';
  const blocks = cta && hasSlot ? placeNewsletter(article.blocks, cta) : article.blocks;
  const faq = faqWithPageIds(article.faq ?? [], blocks);
  const extras = typeof structuredData === 'object' && structuredData !== null ? structuredData : undefined;

  return (
    <Root data-ak="ArticleLayout" lang={locale} className={className}>
      <ArticleBody
        linkComponent={linkComponent}
        {...bodyProps}
        {...overrides}
        akStrings={akStrings}
        as="div"
        title={article.title}
        lead={article.lead}
        publishedAt={article.publishedAt}
        updatedAt={article.updatedAt}
        author={article.author}
        authors={article.authors}
        section={article.section}
        breadcrumbs={article.breadcrumbs}
        toc={toc ?? bodyProps?.toc}
        blocks={blocks}
        components={cta ? { newsletter: NewsletterSlot, ...components } : components}
        akNewsletter={autoSlot ? { type: 'newsletter', cta } : undefined}
      >
        {bodyProps?.children}
        {cta && !hasSlot && !autoSlot && <Newsletter {...cta} />}
      </ArticleBody>
      {faq.length > 0 && (
        <Faq
          {...faqProps}
          {...overrides}
          akStrings={{ locale: akStrings.locale, faq: akStrings.faq }}
          items={faq}
          structuredData={!structuredData && !!faqProps?.structuredData}
        />
      )}
      <PrevNextNav
        linkComponent={linkComponent}
        {...navProps}
        {...overrides}
        akStrings={akStrings}
        prev={article.prev}
        next={article.next}
      />
      {structuredData !== false && structuredData !== null && structuredData !== undefined && (
        <JsonLdScript data={articleGraph(article, extras)} />
      )}
    </Root>
  );
}
