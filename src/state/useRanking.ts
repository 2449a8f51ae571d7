import { useMemo } from 'react';
import { rankTriggerPoints, type RankedTriggerPoint } from '../domain/ranking.ts';
import { useAtlas } from './atlasStore.ts';
import { useSelectionStore } from './selectionStore.ts';

/** The ranked trigger points for the current selection (derived, never stored). */
export function useRanking(): RankedTriggerPoint[] {
  const { atlas } = useAtlas();
  const areas = useSelectionStore((s) => s.areas);
  return useMemo(() => rankTriggerPoints(atlas, areas), [atlas, areas]);
}
