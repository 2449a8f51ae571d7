import { areaKey } from '../domain/regions.ts';
import { useAtlasWords, useT } from '../state/i18n.ts';
import { useSelectionStore } from '../state/selectionStore.ts';
import { selectBodyAvailable, useViewStore } from '../state/viewStore.ts';
import { areaInText, areaName } from './format.ts';

/** The areas that hurt, as removable chips. */
export function SelectionChips() {
  const t = useT();
  const words = useAtlasWords();
  const areas = useSelectionStore((s) => s.areas);
  const removeArea = useSelectionStore((s) => s.removeArea);
  const clearAreas = useSelectionStore((s) => s.clearAreas);
  const focusArea = useViewStore((s) => s.focusArea);
  const bodyAvailable = useViewStore(selectBodyAvailable);
  if (areas.length === 0) return null;
  return (
    <div className="chips" role="group" aria-label={t('chips.label')}>
      <ul className="chip-list">
        {areas.map((area) => (
          <li key={areaKey(area)} className="chip">
            {bodyAvailable ? (
              <button
                type="button"
                className="chip-label"
                title={t('chips.show', { area: areaInText(words, area) })}
                onClick={() => focusArea(area)}
              >
                {areaName(words, area)}
              </button>
            ) : (
              <span>{areaName(words, area)}</span>
            )}
            <button
              type="button"
              className="chip-remove"
              aria-label={t('chips.remove', { area: areaInText(words, area) })}
              onClick={() => removeArea(area)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={clearAreas}>
        {t('chips.clear')}
      </button>
    </div>
  );
}
