import { useEffect, useRef } from 'react';
import { useAtlasWords, useT } from '../state/i18n.ts';
import { pointerStore } from '../state/pointer.ts';
import { useSelectionStore } from '../state/selectionStore.ts';
import { useViewStore } from '../state/viewStore.ts';
import type { BodyArea } from '../domain/regions.ts';
import { areaName } from './format.ts';

/**
 * Names the area under the pointer. Follows the pointer without re-rendering React.
 * `isSelected` says whether a click would unselect it (the explorer's selection by default).
 */
export function HoverTooltip({ isSelected }: { isSelected?: (area: BodyArea) => boolean } = {}) {
  const t = useT();
  const words = useAtlasWords();
  const hovered = useViewStore((s) => s.hovered);
  const inSelection = useSelectionStore((s) =>
    hovered ? s.areas.some((a) => a.region === hovered.region && a.side === hovered.side) : false,
  );
  const selected = hovered && isSelected ? isSelected(hovered) : inSelection;
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const place = ({ x, y }: { x: number; y: number }) => {
      if (ref.current) ref.current.style.transform = `translate(${x + 14}px, ${y + 14}px)`;
    };
    place(pointerStore.getState());
    return pointerStore.subscribe(place);
  }, [hovered]);

  if (!hovered) return null;
  return (
    <div ref={ref} className="hover-tooltip" role="tooltip">
      <strong>{areaName(words, hovered)}</strong>
      <span>{t('tooltip.action', { selected: selected ? 'yes' : 'no' })}</span>
    </div>
  );
}
