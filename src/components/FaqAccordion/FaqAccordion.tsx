'use client';

import * as React from 'react';
import { JsonLdScript } from '../../internal/JsonLdScript';
import { useStrings, type ArticleKitOverrides } from '../../provider/context';
import type { WithStrings } from '../../provider/strings';
import { faqJsonLd } from '../../schema/faqJsonLd';
import type { FaqItem } from '../../schema/types';
import { Root } from './FaqAccordion.styles';
import { faqEntries, questionLevel } from './faqLogic';
import { useFaqAccordion } from './useFaqAccordion';

/** Props of {@link FaqAccordion}. */
export interface FaqAccordionProps extends ArticleKitOverrides {
  /**
   * The questions and answers. An answer may be text or rich content (links, lists). Each item's
   * id (for `#id` links and `value`) is its `id`, else a slug of the question.
   */
  items: readonly FaqItem[];
  /**
   * Heading of the section, one level above the questions. `null` leaves it out, e.g. when the
   * page has its own heading for the FAQ.
   * @default labels.faqTitle ("FAQ")
   */
  title?: React.ReactNode;
  /**
   * Heading level of each question (2 to 6); the section title is one level higher.
   * @default 3
   */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /**
   * `'multiple'` lets readers open any number of answers; `'single'` closes the open answer when
   * another one opens.
   * @default 'multiple'
   */
  type?: 'single' | 'multiple';
  /** Ids of the items open at first, when the accordion manages its own state. */
  defaultValue?: readonly string[];
  /** Ids of the open items, when the host manages the state (use with `onValueChange`). */
  value?: readonly string[];
  /** Called with the ids of the open items whenever the reader opens or closes one. */
  onValueChange?: (value: string[]) => void;
  /**
   * Also render FAQPage structured data (JSON-LD) for search engines, built from the same items.
   * Leave it off when the page already publishes it, e.g. through `ArticleLayout structuredData`.
   * @default false
   */
  structuredData?: boolean;
  /**
   * Id of the root element; the section title's id is derived from it (`<id>-title`). Set it to
   * keep the ids the same in every render, e.g. when server markup rendered inside a larger tree
   * is hydrated as its own root.
   * @default an id from React's `useId`
   */
  id?: string;
  /** Class name for the root element, for host styles. */
  className?: string;
}

const chevron = (
  <svg viewBox="0 0 24 24" aria-hidden="true">
    <path d="m6 9 6 6 6-6" />
  </svg>
);

/** {@link FaqAccordion} before an entry binds its strings (see `./index.ts`); the docs are there. */
export function FaqAccordion({
  items,
  title,
  headingLevel = 3,
  type = 'multiple',
  defaultValue,
  value,
  onValueChange,
  structuredData = false,
  id: rootId,
  className,
  locale,
  labels,
  akStrings,
}: FaqAccordionProps & WithStrings<'faq'>): React.JSX.Element | null {
  const { labels: strings, lang } = useStrings({ locale, labels }, akStrings.faq, akStrings.locale, true);
  const entries = faqEntries(items);
  const single = type === 'single';
  const generatedId = React.useId();
  const groupId = rootId ? `${rootId}-title` : generatedId;
  const { rootRef, open, enhanced, toggle, moveFocus } = useFaqAccordion({
    ids: entries.map((entry) => entry.id),
    single,
    defaultValue,
    value,
    onValueChange,
  });
  if (!entries.length) return null;

  const level = questionLevel(headingLevel);
  const Question = `h${level}` as 'h3';
  const Title = `h${level - 1}` as 'h2';
  const heading = title === undefined ? strings.faqTitle : title;
  const hasTitle = heading != null && heading !== false && heading !== '';
  const jsonLd = structuredData && faqJsonLd(entries);

  return (
    <Root
      ref={rootRef as React.RefObject<HTMLElement>}
      data-ak="FaqAccordion"
      id={rootId || undefined}
      lang={lang}
      className={className}
      aria-labelledby={hasTitle ? groupId : undefined}
    >
      {hasTitle && (
        <Title id={groupId} data-ak-part="title">
          {heading}
        </Title>
      )}
      {entries.map(({ id, question, answer }, index) => {
        const isOpen = open.includes(id);
        const content = (
          <div data-ak-part="answer-content">
            {answer}
            <span id={id} data-ak-part="anchor" />
          </div>
        );
        // Server markup: `<details>` opens, closes, is found by find-in-page and revealed by `#id`
        // without JavaScript; `name` makes single mode exclusive. Enhanced: the question heading
        // holds a button that controls a region.
        return enhanced ? (
          <div key={id} data-ak-part="item">
            <Question data-ak-part="question">
              <button
                type="button"
                id={`${id}--question`}
                aria-expanded={isOpen}
                aria-controls={`${id}--answer`}
                data-ak-part="trigger"
                onClick={(event) => toggle(id, event.currentTarget)}
                onKeyDown={(event) => moveFocus(event, index)}
              >
                <span>{question}</span>
                {chevron}
              </button>
            </Question>
            <div
              id={`${id}--answer`}
              role="region"
              aria-labelledby={`${id}--question`}
              data-ak-part="answer"
              // A closed answer stays in the page, so find-in-page (and a `#id` link) can reveal it:
              // the browser removes the attribute and fires `beforematch`. Set here because React
              // writes `hidden="until-found"` as `hidden=""`.
              ref={(panel) => panel?.[isOpen ? 'removeAttribute' : 'setAttribute']('hidden', 'until-found')}
            >
              {content}
            </div>
          </div>
        ) : (
          <details
            key={id}
            data-ak-part="item"
            name={single ? groupId : undefined}
            open={isOpen}
            suppressHydrationWarning
          >
            <summary data-ak-part="trigger">
              <Question data-ak-part="question">{question}</Question>
              {chevron}
            </summary>
            <div data-ak-part="answer">{content}</div>
          </details>
        );
      })}
      {jsonLd && <JsonLdScript data={jsonLd} />}
    </Root>
  );
}
