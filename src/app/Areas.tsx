import type { ReactNode } from 'react';
import { useViewStore } from '../state/viewStore.ts';
import { AreaBoundary } from '../ui/AreaBoundary.tsx';

// If the body fails, the view store says it is unavailable: panels open their lists of areas.
const bodyFailed = () => useViewStore.getState().setModel('error');
const bodyRetried = () => useViewStore.getState().setModel('loading');

/** A page's body and what sits over it: fails on its own, the panel beside it carries on. */
export function BodyArea({ children }: { children: ReactNode }) {
  return (
    <AreaBoundary area="body" onError={bodyFailed} onRetry={bodyRetried}>
      {children}
    </AreaBoundary>
  );
}

/** A page's panel: fails on its own, the body beside it carries on. */
export function PanelArea({ children }: { children: ReactNode }) {
  return <AreaBoundary area="panel">{children}</AreaBoundary>;
}
