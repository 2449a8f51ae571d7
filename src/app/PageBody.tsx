import { lazy, Suspense, useCallback } from 'react';
import type { BodyDisplay } from '../domain/display.ts';
import type { BodyArea } from '../domain/regions.ts';
import { useT } from '../state/i18n.ts';
import { pointerStore } from '../state/pointer.ts';
import { useViewStore } from '../state/viewStore.ts';

const BodyCanvas = lazy(() =>
  import('../scene/BodyCanvas.tsx').then((m) => ({ default: m.BodyCanvas })),
);

/**
 * The body for a page other than the explorer: paints the display it is given, reports clicks
 * to `onAreaClick`, and shares the view store's figure, camera and graphics status.
 */
export function PageBody({
  display,
  onAreaClick,
}: {
  display: BodyDisplay;
  onAreaClick?: (area: BodyArea) => void;
}) {
  const t = useT();
  const figure = useViewStore((s) => s.figure);
  const command = useViewStore((s) => s.command);
  const { hover, setGraphics, setModel, leaveView, setMoving } = useViewStore.getState();
  const onAreaHover = useCallback(
    (area: BodyArea | null, at?: { x: number; y: number }) => {
      if (at) pointerStore.setState(at);
      hover(onAreaClick ? area : null);
    },
    [hover, onAreaClick],
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
        onAreaClick={onAreaClick}
        onAreaHover={onAreaHover}
        onGraphics={setGraphics}
        onModel={setModel}
        onLeaveView={leaveView}
        onMoving={setMoving}
      />
    </Suspense>
  );
}
