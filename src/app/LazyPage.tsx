import { lazy, Suspense, useState, type ComponentType } from 'react';
import { useT } from '../state/i18n.ts';

/**
 * Every page but the explorer, each with its code and its styles in chunks of their own: a first
 * visit to the explorer downloads none of them, and a link to one (`#/learn`, `#/plan?p=…`)
 * fetches only its own.
 */
const PAGES = {
  session: () => import('./SessionPage.tsx').then((m) => m.SessionPage),
  present: () => import('./PresentPage.tsx').then((m) => m.PresentPage),
  plan: () => import('./PlanPage.tsx').then((m) => m.PlanPage),
  learn: () => import('./LearnPage.tsx').then((m) => m.LearnPage),
  quiz: () => import('./QuizPage.tsx').then((m) => m.QuizPage),
  region: () => import('./RegionPage.tsx').then((m) => m.RegionRoute),
  diary: () => import('./DiaryPage.tsx').then((m) => m.DiaryPage),
} satisfies Record<string, () => Promise<ComponentType>>;

export type PageId = keyof typeof PAGES;

export function isPageId(id: string): id is PageId {
  return Object.hasOwn(PAGES, id);
}

/**
 * Starts fetching a page's code (a link to it pointed at or focused), so that opening it is
 * instant. Fetching is all it does: a failure here is met again, and shown, when it opens.
 */
export function prefetchPage(page: PageId): void {
  PAGES[page]().catch(() => undefined);
}

/**
 * A page loaded when first shown, with a line saying so while it comes. A chunk that does not
 * arrive throws to the page's error boundary (App.tsx), which offers to try again.
 */
export function LazyPage({ page }: { page: PageId }) {
  // Keyed: going from one page to another (the session to its present view) sits in the same
  // place in the tree, and must not keep the first page's component.
  return <PageOf key={page} page={page} />;
}

function PageOf({ page }: { page: PageId }) {
  // lazy() keeps a failed load for good: a page mounted again (after "Try again") asks anew.
  const [Page] = useState(() => lazy(() => PAGES[page]().then((c) => ({ default: c }))));
  return (
    <Suspense fallback={<PageLoading page={page} />}>
      <Page />
    </Suspense>
  );
}

function PageLoading({ page }: { page: PageId }) {
  const t = useT();
  return (
    <main className="app-main page-loading">
      <p role="status">{t('page.loading', { page })}</p>
    </main>
  );
}
