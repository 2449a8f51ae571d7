import { areaKey, areaLabel } from '../domain/regions.ts';
import { useSelectionStore } from '../state/selectionStore.ts';
import { selectBodyAvailable, useViewStore } from '../state/viewStore.ts';

/** The areas that hurt, as removable chips. */
export function SelectionChips() {
  const areas = useSelectionStore((s) => s.areas);
  const removeArea = useSelectionStore((s) => s.removeArea);
  const clearAreas = useSelectionStore((s) => s.clearAreas);
  const focusArea = useViewStore((s) => s.focusArea);
  const bodyAvailable = useViewStore(selectBodyAvailable);
  if (areas.length === 0) return null;
  return (
    <div className="chips" aria-label="Where it hurts">
      <ul className="chip-list">
        {areas.map((area) => (
          <li key={areaKey(area)} className="chip">
            {bodyAvailable ? (
              <button
                type="button"
                className="chip-label"
                title={`Show the ${areaLabel(area).toLowerCase()} on the body`}
                onClick={() => focusArea(area)}
              >
                {areaLabel(area)}
              </button>
            ) : (
              <span>{areaLabel(area)}</span>
            )}
            <button
              type="button"
              className="chip-remove"
              aria-label={`Remove ${areaLabel(area).toLowerCase()}`}
              onClick={() => removeArea(area)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={clearAreas}>
        Clear all
      </button>
    </div>
  );
}
