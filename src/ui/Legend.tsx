import { atlas } from '../../data/index.ts';
import { SURFACE_MUSCLES } from '../domain/anatomy/muscleMap.ts';
import { findTriggerPoint } from '../domain/lookup.ts';
import { useSelectionStore } from '../state/selectionStore.ts';
import { selectBodyAvailable, useViewStore } from '../state/viewStore.ts';

/** What the colours on the body mean. */
export function Legend() {
  const hasAreas = useSelectionStore((s) => s.areas.length > 0);
  const hasPattern = useSelectionStore((s) => s.chosen !== null);
  const outlined = useSelectionStore((s) => {
    const muscleId = s.chosen ? findTriggerPoint(atlas, s.chosen.id)?.muscle.id : undefined;
    return muscleId !== undefined && (SURFACE_MUSCLES as readonly string[]).includes(muscleId);
  });
  const bodyAvailable = useViewStore(selectBodyAvailable);
  if (!bodyAvailable || (!hasAreas && !hasPattern)) return null;
  return (
    <ul className="legend" aria-label="Colour key">
      {hasAreas && (
        <li>
          <span className="swatch swatch-selected" aria-hidden="true" /> Where it hurts
        </li>
      )}
      {hasPattern && (
        <>
          <li>
            <span className="swatch swatch-essential" aria-hidden="true" /> Main referred pain
          </li>
          <li>
            <span className="swatch swatch-spillover" aria-hidden="true" /> Sometimes
          </li>
          {outlined && (
            <li>
              <span className="swatch swatch-outline" aria-hidden="true" /> The muscle
            </li>
          )}
          <li>
            <span className="swatch swatch-x" aria-hidden="true">
              ✕
            </span>{' '}
            Trigger point
          </li>
        </>
      )}
    </ul>
  );
}
