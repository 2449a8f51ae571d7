import { useMemo } from 'react';
import { atlas } from '../../data/index.ts';
import { rankTriggerPoints, type RankedTriggerPoint } from '../domain/ranking.ts';
import { useSelectionStore } from './selectionStore.ts';

/** The ranked trigger points for the current selection (derived, never stored). */
export function useRanking(): RankedTriggerPoint[] {
  const areas = useSelectionStore((s) => s.areas);
  return useMemo(() => rankTriggerPoints(atlas, areas), [areas]);
}
