// How an entry (`article-kit`, `article-kit/de`, …) hands the components their strings: each
// component takes its tables through an internal prop, and an entry wraps it once with the
// tables of the languages it carries. The components themselves import no strings, so a bundle
// holds exactly the languages of the entries it imports.
import type { ComponentType, JSX } from 'react';
import { ArticleBody as ArticleBodyBase, type ArticleBodyProps } from '../components/ArticleBody/ArticleBody';
import { ArticleLayout as ArticleLayoutBase, type ArticleLayoutProps } from '../components/ArticleLayout/ArticleLayout';
import { FaqAccordion as FaqAccordionBase, type FaqAccordionProps } from '../components/FaqAccordion/FaqAccordion';
import { NewsletterCta as NewsletterCtaBase, type NewsletterCtaProps } from '../components/NewsletterCta/NewsletterCta';
import { PrevNextNav as PrevNextNavBase, type PrevNextNavProps } from '../components/PrevNextNav/PrevNextNav';
import type { BoundStrings, Part, WithStrings } from '../provider/strings';

/** A component as an entry exports it: its public props, the strings bound. */
export type Bound<Props> = (props: Props) => JSX.Element;

/**
 * Wraps `Base` with `strings`. The wrapper has no 'use client': a server component renders it and
 * hands the client component plain data. Strings that come with the props win, so a part the
 * server rendered in any language hydrates with exactly the strings its island carries.
 */
const withStrings =
  <Props extends object, P extends Part>(
    Base: ComponentType<Props & WithStrings<P>>,
    strings: BoundStrings<P>,
  ): Bound<Props> =>
  // `akStrings` first: the props' own strings, when they bring some, replace it.
  (props: Props) => <Base akStrings={strings} {...props} />;

// One function per component, so an entry that a host imports one component from keeps only
// that component's code and tables.

export const bindArticleBody = (strings: BoundStrings<'body'>): ((props: ArticleBodyProps) => JSX.Element) =>
  withStrings<ArticleBodyProps, 'body'>(ArticleBodyBase, strings);

export const bindArticleLayout = (strings: BoundStrings<Part>): ((props: ArticleLayoutProps) => JSX.Element) =>
  withStrings<ArticleLayoutProps, Part>(ArticleLayoutBase, strings);

export const bindFaqAccordion = (strings: BoundStrings<'faq'>): ((props: FaqAccordionProps) => JSX.Element) =>
  withStrings<FaqAccordionProps, 'faq'>(FaqAccordionBase, strings);

export const bindNewsletterCta = (strings: BoundStrings<'newsletter'>): ((props: NewsletterCtaProps) => JSX.Element) =>
  withStrings<NewsletterCtaProps, 'newsletter'>(NewsletterCtaBase, strings);

export const bindPrevNextNav = (strings: BoundStrings<'nav'>): ((props: PrevNextNavProps) => JSX.Element) =>
  withStrings<PrevNextNavProps, 'nav'>(PrevNextNavBase, strings);
