import { useMemo } from 'react';
import type { RedFlagFacts as RedFlag } from '../domain/atlas.ts';
import { emergencyFlagsFor, isAtOnce, safetyFor, type TechniqueSafety } from '../domain/safety.ts';
import { useAtlas } from './atlasStore.ts';
import { useSelectionStore } from './selectionStore.ts';

/**
 * The warnings for the chosen trigger point (derived, never stored): those of the selected
 * areas, of the place it is pressed and of its muscle. Undefined when no point is chosen.
 */
export function useTechniqueSafety(): TechniqueSafety | undefined {
  const index = useAtlas();
  const areas = useSelectionStore((s) => s.areas);
  const id = useSelectionStore((s) => s.chosen?.id);
  return useMemo(() => {
    const entry = id ? index.triggerPoint(id) : undefined;
    return entry ? safetyFor(index.atlas, entry.muscle, entry.triggerPoint, areas) : undefined;
  }, [areas, id, index]);
}

/**
 * The emergencies to name at once, at the top of the panel: those of the selected areas, and,
 * once a trigger point is chosen, those of its technique too (a point reached from search has
 * no areas, but pressing the chest still needs the heart warning).
 */
export function useEmergencyFlags(): readonly RedFlag[] {
  const { atlas } = useAtlas();
  const areas = useSelectionStore((s) => s.areas);
  const safety = useTechniqueSafety();
  return useMemo(
    () =>
      safety ? safety.flags.map((f) => f.flag).filter(isAtOnce) : emergencyFlagsFor(atlas, areas),
    [areas, safety, atlas],
  );
}
