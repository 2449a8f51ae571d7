import { useSelectionStore } from '../state/selectionStore.ts';
import { selectBodyAvailable, useViewStore } from '../state/viewStore.ts';

/** What the colours on the body mean. */
export function Legend() {
  const hasAreas = useSelectionStore((s) => s.areas.length > 0);
  const hasPattern = useSelectionStore((s) => s.chosen !== null);
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
