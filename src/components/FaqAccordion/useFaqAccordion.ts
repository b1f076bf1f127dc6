import * as React from 'react';
import { flushSync } from 'react-dom';
import { nextOpen, normalizeOpen } from './faqLogic';

// useLayoutEffect warns on the server under React 18; there the effect has nothing to do anyway.
const useClientLayoutEffect = typeof document === 'undefined' ? React.useEffect : React.useLayoutEffect;

/** The parts of this accordion (not of an accordion nested in an answer), in document order. */
function ownParts(root: HTMLElement, part: string): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(`[data-ak-part="${part}"]`)).filter(
    (el) => el.closest('[data-ak="FaqAccordion"]') === root,
  );
}

function hashId(): string {
  try {
    return decodeURIComponent(window.location.hash.slice(1));
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
  if (!panel) return;
  if (open) panel.removeAttribute('hidden');
  else if (panel.getAttribute('hidden') !== 'until-found') panel.setAttribute('hidden', 'until-found');
}

/** Options of {@link useFaqAccordion}. */
export interface UseFaqAccordionOptions {
  /** Ids of the rendered items, in order. */
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
}

/**
 * State and behaviour of a FAQ accordion: open items (controlled or not), the hand-over from the
 * server's `<details>` markup, arrow-key focus, find-in-page reveal and `#id` links.
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
  const latest = React.useRef({ ids, single, open, controlled: false, onValueChange });
  latest.current = { ids, single, open, controlled: value !== undefined, onValueChange };
  const focusAfterHandOver = React.useRef(-1);
  const scrollAfterHandOver = React.useRef('');

  const commit = React.useCallback((next: string[]) => {
    if (!latest.current.controlled) setUncontrolled(next);
    latest.current.onValueChange?.(next);
  }, []);

  const setItem = React.useCallback(
    (id: string, wantOpen: boolean, keepInPlace?: HTMLElement) => {
      const root = rootRef.current;
      const { open, single, ids } = latest.current;
      if (!root || open.includes(id) === wantOpen) return;
      // In single mode the item that closes may stand above the one that opens. It collapses at
      // once (no animation), and the page scrolls by the height it lost, so the question the
      // reader clicked stays under the pointer instead of sliding out of view.
      const snapping = wantOpen && single ? ownParts(root, 'answer').filter((_, i) => ids[i] !== id) : [];
      const before = keepInPlace?.getBoundingClientRect().top;
      for (const panel of snapping) panel.style.transition = 'none';
      flushSync(() => commit(nextOpen(open, id, wantOpen, single)));
      // Reading the layout applies the collapse before the transitions come back.
      const after = (keepInPlace ?? root).getBoundingClientRect().top;
      if (before !== undefined && after !== before) window.scrollBy(0, after - before);
      for (const panel of snapping) panel.style.transition = '';
    },
    [commit],
  );

  // Hand-over from the server markup: keep what the reader opened before hydration (or what the
  // browser opened for a `#id` link or find-in-page), then render the ARIA accordion.
  useClientLayoutEffect(() => {
    const root = rootRef.current;
    if (root) {
      const { ids, open, single } = latest.current;
      const details = ownParts(root, 'item') as HTMLDetailsElement[];
      let next = ids.filter((id, i) => details[i]?.open);
      const target = hashId();
      if (ids.includes(target) && !next.includes(target)) {
        next = nextOpen(next, target, true, single);
        scrollAfterHandOver.current = target;
      }
      focusAfterHandOver.current = ownParts(root, 'trigger').indexOf(document.activeElement as HTMLElement);
      const known = open.filter((id) => ids.includes(id));
      if (next.length !== known.length || next.some((id) => !known.includes(id))) commit(next);
    }
    setEnhanced(true);
  }, [commit]);

  useClientLayoutEffect(() => {
    const root = rootRef.current;
    if (!enhanced || !root) return;
    ownParts(root, 'trigger')[focusAfterHandOver.current]?.focus();
    if (scrollAfterHandOver.current) document.getElementById(scrollAfterHandOver.current)?.scrollIntoView?.();
    focusAfterHandOver.current = -1;
    scrollAfterHandOver.current = '';
  }, [enhanced]);

  React.useEffect(() => {
    const root = rootRef.current;
    if (!enhanced || !root) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const triggers = ownParts(root, 'trigger');
      const index = triggers.indexOf(event.target as HTMLElement);
      const count = triggers.length;
      const target = (
        { ArrowDown: index + 1, ArrowUp: index - 1 + count, Home: 0, End: count - 1 } as Record<string, number>
      )[event.key];
      if (index < 0 || target === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
      event.preventDefault();
      triggers[target % count]?.focus();
    };
    // Find-in-page (and a text fragment) found text in a closed answer.
    const onBeforeMatch = (event: Event) => {
      const id = latest.current.ids[ownParts(root, 'answer').indexOf(event.target as HTMLElement)];
      if (id) setItem(id, true);
    };
    const onHashChange = () => {
      const id = hashId();
      if (!latest.current.ids.includes(id)) return;
      setItem(id, true);
      document.getElementById(id)?.scrollIntoView?.();
    };
    root.addEventListener('keydown', onKeyDown);
    root.addEventListener('beforematch', onBeforeMatch);
    window.addEventListener('hashchange', onHashChange);
    return () => {
      root.removeEventListener('keydown', onKeyDown);
      root.removeEventListener('beforematch', onBeforeMatch);
      window.removeEventListener('hashchange', onHashChange);
    };
  }, [enhanced, setItem]);

  const toggle = React.useCallback(
    (id: string, button: HTMLElement) => setItem(id, !latest.current.open.includes(id), button),
    [setItem],
  );

  return { rootRef, open, enhanced, toggle };
}
