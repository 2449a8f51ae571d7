import { useMemo } from 'react';
import type { BodyDisplay } from '../domain/display.ts';
import { sessionDisplay } from '../domain/session.ts';
import { useAtlas } from './atlasStore.ts';
import { useCurrentSession } from './sessionStore.ts';
import { useViewStore } from './viewStore.ts';

/**
 * What the session's body shows (derived from the open session, never stored): every finding,
 * or, with `focusId`, that one in full and the others as pale numbered marks.
 */
export function useSessionDisplay(focusId?: string): BodyDisplay {
  const index = useAtlas();
  const session = useCurrentSession();
  const hovered = useViewStore((s) => s.hovered);
  return useMemo(
    () => sessionDisplay(session, index, { hovered, ...(focusId ? { focusId } : {}) }),
    [session, index, hovered, focusId],
  );
}
