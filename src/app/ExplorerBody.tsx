import { lazy, Suspense, useCallback } from 'react';
import type { BodyArea } from '../domain/regions.ts';
import { useT } from '../state/i18n.ts';
import { pointerStore } from '../state/pointer.ts';
import { useExplorerDisplay } from '../state/useExplorerDisplay.ts';
import { useSelectionStore } from '../state/selectionStore.ts';
import { useViewStore } from '../state/viewStore.ts';

// The 3D view (three.js and React Three Fiber) is most of the code: load it as its own chunk so
// the panel, search and list are usable while it arrives.
const BodyCanvas = lazy(() =>
  import('../scene/BodyCanvas.tsx').then((m) => ({ default: m.BodyCanvas })),
);

/**
 * The explorer's body: the display derived from the selection, clicks that toggle areas, the
 * camera commands of the view store. The body itself reads no store.
 */
export function ExplorerBody() {
  const t = useT();
  const display = useExplorerDisplay();
  const toggleArea = useSelectionStore((s) => s.toggleArea);
  const figure = useViewStore((s) => s.figure);
  const command = useViewStore((s) => s.command);
  const { hover, setGraphics, setModel, leaveView, setMoving } = useViewStore.getState();
  const onAreaHover = useCallback(
    (area: BodyArea | null, at?: { x: number; y: number }) => {
      if (at) pointerStore.setState(at);
      hover(area);
    },
    [hover],
  );
  return (
    <Suspense fallback={null}>
      <BodyCanvas
        figure={figure}
        display={display}
        command={command}
        sideLabels={{
          left: t('side.yours', { side: 'left' }),
          right: t('side.yours', { side: 'right' }),
        }}
        onAreaClick={toggleArea}
        onAreaHover={onAreaHover}
        onGraphics={setGraphics}
        onModel={setModel}
        onLeaveView={leaveView}
        onMoving={setMoving}
      />
    </Suspense>
  );
}
