import { useLayoutEffect, useRef } from 'react';
import { areaKey, type BodyArea } from '../domain/regions.ts';
import { useAtlasWords, useT } from '../state/i18n.ts';
import { useSelectionStore } from '../state/selectionStore.ts';
import { selectBodyAvailable, useViewStore } from '../state/viewStore.ts';
import { FOCUS_HEADING, focusNext } from './focus.ts';
import { areaInText, areaName } from './format.ts';

/**
 * The areas that hurt, as removable chips. Removing one moves focus to the next chip's remove
 * button (or the previous one); removing the last, or clearing them all, to the start heading.
 */
export function SelectionChips() {
  const t = useT();
  const words = useAtlasWords();
  const areas = useSelectionStore((s) => s.areas);
  const removeArea = useSelectionStore((s) => s.removeArea);
  const clearAreas = useSelectionStore((s) => s.clearAreas);
  const focusArea = useViewStore((s) => s.focusArea);
  const bodyAvailable = useViewStore(selectBodyAvailable);
  const group = useRef<HTMLDivElement>(null);
  const focusAfter = useRef<string | undefined>(undefined);
  useLayoutEffect(() => {
    const key = focusAfter.current;
    focusAfter.current = undefined;
    if (!key) return;
    group.current?.querySelector<HTMLElement>(`[data-focus="${key}"]`)?.focus();
  }, [areas]);
  const remove = (area: BodyArea, i: number) => {
    const neighbour = areas[i + 1] ?? areas[i - 1];
    if (neighbour) focusAfter.current = `remove:${areaKey(neighbour)}`;
    else focusNext(FOCUS_HEADING);
    removeArea(area);
  };
  if (areas.length === 0) return null;
  return (
    <div className="chips" role="group" aria-label={t('chips.label')} ref={group}>
      <ul className="chip-list">
        {areas.map((area, i) => (
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
              data-focus={`remove:${areaKey(area)}`}
              onClick={() => remove(area, i)}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="link-button"
        onClick={() => {
          focusNext(FOCUS_HEADING);
          clearAreas();
        }}
      >
        {t('chips.clear')}
      </button>
    </div>
  );
}
