import type { UiKey } from '../state/i18n.ts';

/**
 * The app's modes: one body, one atlas, several ways in. The header's mode navigation lists
 * them in this order; each has its own route (see App.tsx) and its own page.
 *
 * A mode is added here only when its page is complete, so the navigation never offers a way
 * in that leads nowhere.
 */
export interface Mode {
  /** Stable id, also the navigation's test hook. */
  id: string;
  /** The route's path in the fragment (`#/session`). */
  path: string;
  /** Message id of the label in the navigation. */
  label: UiKey;
  /** Message id of the label on a narrow screen (a phone), where four full labels do not fit
   * on one row. */
  short: UiKey;
  /** Message id of the one-line description (the link's title, for who it is for). */
  description: UiKey;
}

export const MODES: readonly Mode[] = [
  {
    id: 'explorer',
    path: '/',
    label: 'mode.explorer',
    short: 'mode.explorer.short',
    description: 'mode.explorer.description',
  },
  {
    id: 'session',
    path: '/session',
    label: 'mode.session',
    short: 'mode.session.short',
    description: 'mode.session.description',
  },
  {
    id: 'learn',
    path: '/learn',
    label: 'mode.learn',
    short: 'mode.learn.short',
    description: 'mode.learn.description',
  },
  {
    id: 'diary',
    path: '/diary',
    label: 'mode.diary',
    short: 'mode.diary.short',
    description: 'mode.diary.description',
  },
];

/**
 * The mode a path belongs to: the longest mode path that starts it (the explorer for `/`).
 * `modes` is for tests, which need modes the app does not have yet.
 */
export function modeOf(path: string, modes: readonly Mode[] = MODES): Mode | undefined {
  return [...modes]
    .sort((a, b) => b.path.length - a.path.length)
    .find((m) =>
      m.path === '/' ? path === '/' : path === m.path || path.startsWith(`${m.path}/`),
    );
}
