import { useViewStore } from '../state/viewStore.ts';

/** The body's status, one word for tests and styles: drawn, loading, or unavailable. */
export function useBodyStatus(): string {
  return useViewStore((s) =>
    s.graphics === 'ready' ? s.model : s.graphics === 'checking' ? 'loading' : s.graphics,
  );
}
