import { useMemo } from 'react';
import { rankMuscles, type RankedMuscle } from '../domain/ranking.ts';
import { useAtlas } from './atlasStore.ts';
import { useSelectionStore } from './selectionStore.ts';

/** The ranked muscles for the current selection (derived, never stored). */
export function useRanking(): RankedMuscle[] {
  const { atlas } = useAtlas();
  const areas = useSelectionStore((s) => s.areas);
  return useMemo(() => rankMuscles(atlas, areas), [atlas, areas]);
}
