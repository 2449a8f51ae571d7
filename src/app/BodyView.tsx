import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { canUseWebGL } from '../scene/webgl.ts';
import type { BodyDisplay } from '../domain/display.ts';
import type { BodyArea } from '../domain/regions.ts';
import { useT } from '../state/i18n.ts';
import { pointerStore } from '../state/pointer.ts';
import { useViewStore } from '../state/viewStore.ts';

// The 3D view (three.js and React Three Fiber) is most of the code: load it as its own chunk so
// the panel, search and list are usable while it arrives.
const loadBodyCanvas = () =>
  import('../scene/BodyCanvas.tsx').then((m) => ({ default: m.BodyCanvas }));

/**
 * Every page's body: paints the display it is given, reports clicks to `onAreaClick` (the
 * explorer's selection, the session's findings, the diary's entry), and follows the view store's
 * figure and camera commands. The body itself reads no store. Without a click handler nothing
 * is hovered either: a body only to look at (the present view, the diary's history) offers no
 * tap.
 */
export function BodyView({
  display,
  onAreaClick,
}: {
  display: BodyDisplay;
  onAreaClick?: (area: BodyArea) => void;
}) {
  const t = useT();
  // lazy() keeps a failed load for good: a body mounted again (after "Try again") asks anew.
  const [BodyCanvas] = useState(() => lazy(loadBodyCanvas));
  const figure = useViewStore((s) => s.figure);
  const command = useViewStore((s) => s.command);
  const attempt = useViewStore((s) => s.graphicsAttempt);
  const { hover, setGraphics, setModel, leaveView, setMoving } = useViewStore.getState();
  const onAreaHover = useCallback(
    (area: BodyArea | null, at?: { x: number; y: number }) => {
      if (at) pointerStore.setState(at);
      hover(onAreaClick ? area : null);
    },
    [hover, onAreaClick],
  );
  const webgl = canUseWebGL();
  useEffect(() => {
    if (!webgl) setGraphics('unavailable');
  }, [webgl, setGraphics]);
  if (!webgl) return null;
  return (
    <Suspense fallback={null}>
      <BodyCanvas
        key={attempt}
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
