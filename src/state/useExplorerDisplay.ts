import { useMemo } from 'react';
import type { BodyDisplay } from '../domain/display.ts';
import { explorerDisplay } from '../domain/explorerDisplay.ts';
import { useAtlas } from './atlasStore.ts';
import { useSelectionStore } from './selectionStore.ts';
import { useViewStore } from './viewStore.ts';

/** What the explorer's body shows (derived from the selection, never stored). */
export function useExplorerDisplay(): BodyDisplay {
  const index = useAtlas();
  const areas = useSelectionStore((s) => s.areas);
  const chosen = useSelectionStore((s) => s.chosen);
  const hovered = useViewStore((s) => s.hovered);
  return useMemo(
    () => explorerDisplay({ areas, chosen, hovered }, index),
    [areas, chosen, hovered, index],
  );
}
