import { useRef, type PointerEvent } from 'react';
import { useT } from '../state/i18n.ts';

/** Heights (percent of the screen) the phone's bottom sheet settles at. */
export const SHEET_STOPS = [28, 50, 90] as const;

/** The nearest resting height for a dragged sheet. */
export function snapSheet(percent: number): number {
  return SHEET_STOPS.reduce((best, stop) =>
    Math.abs(stop - percent) < Math.abs(best - percent) ? stop : best,
  );
}

/**
 * The grip at the top of the bottom sheet on a phone: drag it up or down, or tap it (or press
 * Enter) to open the sheet fully or bring it back down. Hidden on wider screens.
 */
export function SheetHandle({
  height,
  onHeight,
}: {
  height: number;
  onHeight: (percent: number) => void;
}) {
  const t = useT();
  const drag = useRef<{ startY: number; startHeight: number; moved: boolean } | null>(null);
  // A drag ends with a click event too; only a tap (or Enter) toggles the sheet.
  const dragged = useRef(false);
  const expanded = height >= SHEET_STOPS[2];

  const onPointerDown = (e: PointerEvent<HTMLButtonElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId);
    drag.current = { startY: e.clientY, startHeight: height, moved: false };
  };
  const onPointerMove = (e: PointerEvent<HTMLButtonElement>) => {
    const d = drag.current;
    if (!d) return;
    const delta = ((d.startY - e.clientY) / window.innerHeight) * 100;
    if (Math.abs(delta) > 1.5) d.moved = true;
    if (d.moved) onHeight(Math.min(92, Math.max(18, d.startHeight + delta)));
  };
  const onPointerUp = () => {
    const d = drag.current;
    drag.current = null;
    dragged.current = Boolean(d?.moved);
    if (d?.moved) onHeight(snapSheet(height));
  };

  return (
    <button
      type="button"
      className="sheet-handle"
      aria-expanded={expanded}
      aria-label={t('sheet.toggle', { expanded: expanded ? 'yes' : 'no' })}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onClick={() => {
        if (dragged.current) dragged.current = false;
        else onHeight(expanded ? SHEET_STOPS[1] : SHEET_STOPS[2]);
      }}
    >
      <span aria-hidden="true" />
    </button>
  );
}
