import * as React from 'react';
import { hydrateRoot } from 'react-dom/client';
import { EmbedConsent } from '../blocks/embed/EmbedConsent';
import { FaqAccordion } from '../components/FaqAccordion';
import { NewsletterCta } from '../components/NewsletterCta';
import { ElementBase } from './elementBase';

// The components a server page may mark as islands, by the name in `component`.
const COMPONENTS: Record<string, React.ElementType> = { EmbedConsent, FaqAccordion, NewsletterCta };

// Shared by every copy of this module on a page (a host may load two versions): an island is
// hydrated by whichever copy reaches it first, and only once.
const HYDRATED = Symbol.for('article-kit.island');

type Island = Element & { [HYDRATED]?: true };

const warn = (message: string) => console.warn(`[article-kit] ${message}`);

/** How a warning names an island: its tag with the component and, when the props have one, the id. */
function nameOf(island: Element, props?: Record<string, unknown>): string {
  const id = typeof props?.id === 'string' ? ` #${props.id}` : '';
  return `<article-kit-island component="${island.getAttribute('component') ?? ''}">${id}`;
}

/** Sets `hydrated` on the island once React has committed the hydrated tree. */
function Hydrated({ island, children }: { island: Element; children: React.ReactNode }) {
  React.useEffect(() => island.setAttribute('hydrated', ''), [island]);
  return children;
}

/**
 * Hydrates one `<article-kit-island>` with its component and the props in its
 * `<script type="application/json">`. Anything wrong is warned about, naming the island, and
 * leaves the server markup as it is: it works without JavaScript.
 */
export function hydrateIsland(element: Element): void {
  const island = element as Island;
  if (island[HYDRATED]) return;
  island[HYDRATED] = true;

  const name = island.getAttribute('component') ?? '';
  const Component = Object.hasOwn(COMPONENTS, name) ? COMPONENTS[name] : undefined;
  if (!Component) {
    warn(`${nameOf(island)}: unknown component; its server markup stays as it is.`);
    return;
  }
  const data = island.querySelector(':scope > script[type="application/json"]');
  const container = island.querySelector(':scope > article-kit-root');
  if (!data || !container) {
    warn(
      `${nameOf(island)}: no ${data ? '<article-kit-root>' : '<script type="application/json">'} child; its server markup stays as it is.`,
    );
    return;
  }
  let props: unknown;
  try {
    props = JSON.parse(data.textContent ?? '');
  } catch (error) {
    warn(
      `${nameOf(island)}: its props are not valid JSON (${(error as Error).message}); its server markup stays as it is.`,
    );
    return;
  }
  if (!props || typeof props !== 'object' || Array.isArray(props)) {
    warn(`${nameOf(island)}: its props are not a JSON object; its server markup stays as it is.`);
    return;
  }
  const named = nameOf(island, props as Record<string, unknown>);

  // A render that throws would leave React an empty root: the server markup is put back instead.
  const serverMarkup = container.cloneNode(true);
  const root = hydrateRoot(
    container,
    <Hydrated island={island}>
      <Component {...(props as Record<string, unknown>)} />
    </Hydrated>,
    {
      onRecoverableError: (error) => warn(`${named}: hydration did not match the server markup: ${message(error)}`),
      onUncaughtError: (error) => {
        warn(`${named}: failed to render (${message(error)}); its server markup is put back.`);
        // After React has finished with the root: unmount it, then restore what the server sent.
        setTimeout(() => {
          root.unmount();
          container.replaceChildren(...serverMarkup.childNodes);
        });
      },
    },
  );
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Hydrates every `<article-kit-island>` in `root` that is not hydrated yet. Importing the module
 * does this for the page, and islands added to it later hydrate themselves (they are custom
 * elements); call it for a document the module's custom elements do not reach, such as the
 * `contentDocument` of a same-origin iframe.
 * @param root where to look for islands @default document
 */
export function hydrateIslands(root: ParentNode = document): void {
  root.querySelectorAll('article-kit-island[component]').forEach(hydrateIsland);
}

/**
 * `<article-kit-island component="FaqAccordion | NewsletterCta">`: the marker that
 * `renderArticlePage(page, { hydrate })` puts around each interactive part of a server-rendered
 * page. Hydrates itself once connected, also when added to the page after the module loaded,
 * and carries the attribute `hydrated` once React has taken over (a hook for host CSS). It stays
 * hydrated when moved or taken out and put back: some tab and carousel scripts detach their
 * panels for a while, and a root unmounted then could not be hydrated again.
 */
export class ArticleKitIslandElement extends ElementBase {
  /** @internal */
  connectedCallback(): void {
    // Connected by the parser at its start tag, before its children exist: wait for the end of
    // the document unless the parser is already past the island.
    if (document.readyState === 'loading' && !this.nextSibling) {
      document.addEventListener('DOMContentLoaded', () => this.isConnected && hydrateIsland(this), { once: true });
      return;
    }
    hydrateIsland(this);
  }
}
