/* eslint-disable no-restricted-syntax -- the serialised, escaped JSON below is data, never HTML */
import * as React from 'react';
import { serializeJsonLd } from './jsonLd';

/** The interactive parts the browser bundle (`article-kit/browser`) knows how to hydrate. */
export type IslandComponent = 'EmbedConsent' | 'FaqAccordion' | 'NewsletterCta';

// React Server Components run on a React build without createContext; there no page is rendered
// for the browser bundle, so parts are never marked.
const IS_SERVER_COMPONENT = typeof (React as { createContext?: unknown }).createContext !== 'function';

/** True while `renderArticlePage` renders with `hydrate`: the interactive parts become islands. */
export const IslandContext: React.Context<boolean> | null = IS_SERVER_COMPONENT ? null : React.createContext(false);

/** Whether the parts rendered here are to be marked as islands. */
export function useIslands(): boolean {
  // The condition is fixed for the lifetime of the module, so hook order never changes.
  // eslint-disable-next-line react-hooks/rules-of-hooks
  return IslandContext ? React.useContext(IslandContext) : false;
}

/** Props of {@link Island}. */
export interface IslandProps {
  /** Which component the browser bundle hydrates here. */
  component: IslandComponent;
  /** The component's props, as plain JSON: the browser renders `<component {...props} />`. */
  props: object;
  /** The component rendered with exactly these props. */
  children: React.ReactNode;
}

const contents = { display: 'contents' };

/**
 * Marks a part for the browser bundle: its props travel in a `<script type="application/json">`
 * (every `<` escaped, so no string can end the script), and its server markup sits alone in
 * `<article-kit-root>`, the container the browser hydrates. Both wrappers are `display: contents`,
 * so the part lays out exactly as it does unmarked.
 */
export function Island({ component, props, children }: IslandProps): React.JSX.Element {
  return React.createElement(
    'article-kit-island',
    { component, style: contents },
    <script type="application/json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(props) }} />,
    React.createElement('article-kit-root', { style: contents }, children),
  );
}
