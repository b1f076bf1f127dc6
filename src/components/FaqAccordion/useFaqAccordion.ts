import * as React from 'react';
import { flushSync } from 'react-dom';
import { nextOpen, normalizeOpen } from './faqLogic';

// useLayoutEffect warns on the server under React 18; there the effect has nothing to do anyway.
const useClientLayoutEffect = typeof document === 'undefined' ? React.useEffect : React.useLayoutEffect;

const byId = (id: string) => document.getElementById(id);

function hashId(): string {
  try {
    return decodeURIComponent(location.hash.slice(1));
  } catch {
    return '';
  }
}

/** Options of {@link useFaqAccordion}. */
export interface UseFaqAccordionOptions {
  /** Ids of the rendered items, in order (unique, as `faqEntries` makes them). */
  ids: string[];
  single: boolean;
  defaultValue?: readonly string[];
  value?: readonly string[];
  onValueChange?: (value: string[]) => void;
}

/** What {@link useFaqAccordion} gives the component. */
export interface FaqAccordionState {
  /** Goes on the accordion's root element. */
  rootRef: React.RefObject<HTMLElement | null>;
  /** Ids of the open items. */
  open: string[];
  /**
   * False while the server markup (`<details>`, which works without JavaScript) is hydrated;
   * true once the component has taken over with heading, button and region.
   */
  enhanced: boolean;
  /** Opens or closes an item from its button, keeping the button where it is on screen. */
  toggle: (id: string, button: HTMLElement) => void;
  /** Up/Down/Home/End on the question at `index`: focus moves to another question. */
  moveFocus: (event: React.KeyboardEvent, index: number) => void;
}

/**
 * State and behaviour of a FAQ accordion: open items (controlled or not), the hand-over from the
 * server's `<details>` markup, arrow-key focus, find-in-page reveal and `#id` links. An item's
 * elements are found by id: `<id>` (the anchor in its answer), `<id>--question`, `<id>--answer`.
 */
export function useFaqAccordion({
  ids,
  single,
  defaultValue,
  value,
  onValueChange,
}: UseFaqAccordionOptions): FaqAccordionState {
  const rootRef = React.useRef<HTMLElement | null>(null);
  const [uncontrolled, setUncontrolled] = React.useState(() => normalizeOpen(defaultValue, single));
  // Undefined while the server markup is in place; after the hand-over, the index of the question
  // that had the focus there (-1 for none), to focus again once it is a button.
  const [handedOver, setHandedOver] = React.useState<number>();
  const open = value === undefined ? uncontrolled : normalizeOpen(value, single);
  const commit = (next: string[]) => {
    if (value === undefined) setUncontrolled(next);
    onValueChange?.(next);
  };

  /** Opens or closes one of the items (other ids are ignored) and keeps `keepInPlace` where it is on screen. */
  const setItem = (id: string, wantOpen: boolean, keepInPlace: Element) => {
    if (!ids.includes(id) || open.includes(id) === wantOpen) return;
    const root = rootRef.current!;
    const before = keepInPlace.getBoundingClientRect().top;
    // In single mode the item that closes may stand above the one that opens. It collapses at
    // once (the styles drop the transition of an answer that closes while the root carries
    // `data-ak-instant`), and the page scrolls by the height it lost, so the question the reader
    // clicked stays under the pointer instead of sliding out of view.
    root.toggleAttribute('data-ak-instant', wantOpen);
    flushSync(() => commit(nextOpen(open, id, wantOpen, single)));
    // Reading the layout applies the collapse before the transitions come back.
    const moved = keepInPlace.getBoundingClientRect().top - before;
    if (moved) scrollBy(0, moved);
    root.removeAttribute('data-ak-instant');
  };

  // Runs after every render, so the listeners always see the current props and state.
  useClientLayoutEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    if (handedOver === undefined) {
      // Hand-over from the server markup: keep what the reader opened before hydration (or what
      // the browser opened for a `#id` link or find-in-page), then render the ARIA accordion.
      const details = [...root.querySelectorAll<HTMLDetailsElement>(':scope>details')];
      let next = ids.filter((_, i) => details[i]!.open);
      const target = ids.indexOf(hashId());
      if (target >= 0 && !details[target]!.open) {
        // A page rendered in the browser: there was no item for the URL's `#id` when it loaded.
        next = nextOpen(next, ids[target]!, true, single);
        details[target]!.open = true;
        details[target]!.scrollIntoView?.();
      }
      if (next.join() !== ids.filter((id) => open.includes(id)).join()) commit(next);
      setHandedOver(details.indexOf(document.activeElement?.parentElement as HTMLDetailsElement));
      return;
    }
    if (handedOver >= 0) {
      byId(`${ids[handedOver]}--question`)?.focus();
      setHandedOver(-1);
    }

    // Find-in-page (and a text fragment) found text in a closed answer; the browser scrolls to it.
    // Keeping the root in place keeps the page where it is until then.
    const onMatch = (event: Event) => setItem((event.target as Element).id.slice(0, -'--answer'.length), true, root);
    const onHash = () => {
      const id = hashId();
      setItem(id, true, root);
      if (ids.includes(id)) byId(id)?.scrollIntoView?.();
    };
    root.addEventListener('beforematch', onMatch);
    addEventListener('hashchange', onHash);
    return () => {
      root.removeEventListener('beforematch', onMatch);
      removeEventListener('hashchange', onHash);
    };
  });

  const moveFocus = (event: React.KeyboardEvent, index: number) => {
    const count = ids.length;
    const to = (
      { ArrowDown: index + 1, ArrowUp: index - 1 + count, Home: 0, End: count - 1 } as Record<string, number>
    )[event.key];
    if (to === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    byId(`${ids[to % count]}--question`)?.focus();
  };

  return {
    rootRef,
    open,
    enhanced: handedOver !== undefined,
    toggle: (id, button) => setItem(id, !open.includes(id), button),
    moveFocus,
  };
}
