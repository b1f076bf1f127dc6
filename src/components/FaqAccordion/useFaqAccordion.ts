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

/**
 * Keeps a closed answer in the page, so find-in-page (and a `#id` link) can reveal it: the
 * browser removes the attribute and fires `beforematch`. Set here because React writes
 * `hidden="until-found"` as `hidden=""`.
 */
export function hideUntilFound(panel: HTMLElement | null, open: boolean): void {
  if (open) panel?.removeAttribute('hidden');
  else panel?.setAttribute('hidden', 'until-found');
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
  const [enhanced, setEnhanced] = React.useState(false);
  const open = value === undefined ? uncontrolled : normalizeOpen(value, single);
  // Listeners are added once; they read the current props and state from here.
  const latest = React.useRef({ ids, single, open, commit: (_: string[]) => {} });
  latest.current = {
    ids,
    single,
    open,
    commit(next) {
      if (value === undefined) setUncontrolled(next);
      onValueChange?.(next);
    },
  };
  const rendered = ids.length > 0;
  // What the hand-over leaves for the first enhanced render: the index of the question to focus,
  // and the id of the item opened for the URL's `#id`, to scroll to.
  const handOver = React.useRef<[number, string]>([-1, '']);

  const setItem = (id: string, wantOpen: boolean, keepInPlace?: HTMLElement) => {
    const { open, single, commit } = latest.current;
    if (open.includes(id) === wantOpen) return;
    // In single mode the item that closes may stand above the one that opens. It collapses at
    // once (no animation), and the page scrolls by the height it lost, so the question the
    // reader clicked stays under the pointer instead of sliding out of view.
    const closing = wantOpen && single ? open.map((openId) => byId(`${openId}--answer`)?.style) : [];
    const top = () => keepInPlace?.getBoundingClientRect().top ?? 0;
    const before = top();
    for (const style of closing) if (style) style.transition = 'none';
    flushSync(() => commit(nextOpen(open, id, wantOpen, single)));
    // Reading the layout applies the collapse before the transitions come back.
    const moved = top() - before;
    if (moved) scrollBy(0, moved);
    for (const style of closing) if (style) style.transition = '';
  };

  // Re-runs when the items come and go: without any, nothing is rendered.
  useClientLayoutEffect(() => {
    const { ids, open, single, commit } = latest.current;
    const root = rootRef.current;
    if (!root) return;
    if (!enhanced) {
      // Hand-over from the server markup: keep what the reader opened before hydration (or what
      // the browser opened for a `#id` link or find-in-page), then render the ARIA accordion.
      const details = [...root.querySelectorAll<HTMLDetailsElement>(':scope>details')];
      let next = ids.filter((_, i) => details[i]?.open);
      const target = hashId();
      const opensTarget = ids.includes(target) && !next.includes(target);
      if (opensTarget) next = nextOpen(next, target, true, single);
      handOver.current = [
        details.indexOf(document.activeElement?.parentElement as HTMLDetailsElement),
        opensTarget ? target : '',
      ];
      if (next.join() !== ids.filter((id) => open.includes(id)).join()) commit(next);
      setEnhanced(true);
      return;
    }
    const [focus, target] = handOver.current;
    if (focus >= 0) byId(`${ids[focus]}--question`)?.focus();
    if (target) byId(target)?.scrollIntoView?.();
    handOver.current = [-1, ''];

    const controller = new AbortController();
    const { signal } = controller;
    // Find-in-page (and a text fragment) found text in a closed answer.
    root.addEventListener(
      'beforematch',
      (event) => {
        const id = latest.current.ids.find((id) => (event.target as Element).id === `${id}--answer`);
        if (id) setItem(id, true);
      },
      { signal },
    );
    addEventListener(
      'hashchange',
      () => {
        const id = hashId();
        if (!latest.current.ids.includes(id)) return;
        setItem(id, true);
        byId(id)?.scrollIntoView?.();
      },
      { signal },
    );
    return () => controller.abort();
  }, [enhanced, rendered]);

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
    enhanced,
    toggle: (id, button) => setItem(id, !latest.current.open.includes(id), button),
    moveFocus,
  };
}
