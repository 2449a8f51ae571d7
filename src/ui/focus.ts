import { useLayoutEffect, type RefObject } from 'react';

/**
 * Where keyboard focus goes after an action that replaces what was focused (opening a result,
 * switching a point's side, going back to the list, removing the last chip). The control that
 * acts asks for the element the next view should focus, by its `data-focus` key; the view focuses
 * it when it mounts, or its own fallback (its heading), so focus is never dropped to the page.
 * A view that mounts without being asked (a shared link, a click on the body) leaves focus alone.
 */
let wanted: string | undefined;

/** Any key no element has: the next view focuses its fallback, its heading. */
export const FOCUS_HEADING = 'heading';

/** The next view to mount focuses the element with this `data-focus` key (or its heading). */
export function focusNext(key: string): void {
  wanted = key;
}

/** On mount, when asked: focuses the element asked for inside `root`, else `fallback`. */
export function useFocusOnMount(
  root: RefObject<HTMLElement | null>,
  fallback: RefObject<HTMLElement | null>,
): void {
  useLayoutEffect(() => {
    const key = wanted;
    if (key === undefined || !root.current) return;
    wanted = undefined;
    const target =
      [...root.current.querySelectorAll<HTMLElement>('[data-focus]')].find(
        (element) => element.dataset.focus === key,
      ) ?? fallback.current;
    target?.focus({ preventScroll: true });
  }, [root, fallback]);
}
