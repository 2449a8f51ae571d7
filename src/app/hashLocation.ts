/**
 * The app's address lives in the URL's fragment: `#/therapist?areas=left.temple`. A static host
 * serves one page whatever the route (no server rewrites), and the fragment never reaches the
 * server at all, so what a person selects, health data, stays on the device even in a shared
 * link. wouter routes on it through these two hooks.
 */
import { useSyncExternalStore } from 'react';

const CHANGE = 'referral-explorer:navigate';

function parts(): { path: string; search: string } {
  const raw = window.location.hash.replace(/^#/, '');
  const at = raw.indexOf('?');
  const path = at < 0 ? raw : raw.slice(0, at);
  return {
    path: path.startsWith('/') ? path : `/${path}`,
    search: at < 0 ? '' : raw.slice(at + 1),
  };
}

function subscribe(callback: () => void): () => void {
  window.addEventListener('hashchange', callback);
  window.addEventListener('popstate', callback);
  window.addEventListener(CHANGE, callback);
  return () => {
    window.removeEventListener('hashchange', callback);
    window.removeEventListener('popstate', callback);
    window.removeEventListener(CHANGE, callback);
  };
}

/**
 * Goes to `to` (a path with an optional `?query`), adding a history entry unless `replace`:
 * only steps a person would want Back to undo get one.
 */
export function navigate(to: string, { replace = false }: { replace?: boolean } = {}): void {
  const url = `${window.location.pathname}${window.location.search}#${to.startsWith('/') ? to : `/${to}`}`;
  if (replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  window.dispatchEvent(new Event(CHANGE));
}

/** wouter's location hook: the fragment's path. */
export function useHashLocation(): [string, (to: string, options?: { replace?: boolean }) => void] {
  const path = useSyncExternalStore(
    subscribe,
    () => parts().path,
    () => '/',
  );
  return [path, navigate];
}

/**
 * How a `<Link href="/session">` is written in the page: as `#/session`, so opening it in a new
 * tab (or copying it) gives an address a static host can serve, not a path it does not have.
 */
useHashLocation.hrefs = (href: string): string => `#${href}`;

/** wouter's search hook: the fragment's query. */
export function useHashSearch(): string {
  return useSyncExternalStore(
    subscribe,
    () => parts().search,
    () => '',
  );
}

/** The fragment's query now (outside React). */
export function currentSearch(): string {
  return parts().search;
}

/** The fragment's path now (outside React). */
export function currentPath(): string {
  return parts().path;
}

/**
 * Moves an address of the old form (`?areas=left.temple`, read by the server too) into the
 * fragment, without a history entry, so old links and bookmarks keep working.
 */
export function moveQueryIntoFragment(): void {
  const query = window.location.search;
  if (!query || window.location.hash.includes('?')) return;
  const path = parts().path;
  window.history.replaceState(null, '', `${window.location.pathname}#${path}${query}`);
}
