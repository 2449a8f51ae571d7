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
 * The body on the learn pages: it paints the display it is given (a muscle studied, a quiz
 * question) and reports clicks to the page; the camera follows the view store's commands.
 */
export function LearnBody({
  display,
  onAreaClick,
  hover = false,
}: {
  display: BodyDisplay;
  onAreaClick?: (area: BodyArea) => void;
  /** Whether the area under the pointer is tracked (for a page that names it). */
  hover?: boolean;
}) {
  const t = useT();
  const figure = useViewStore((s) => s.figure);
  const command = useViewStore((s) => s.command);
  const {
    hover: setHovered,
    setGraphics,
    setModel,
    leaveView,
    setMoving,
  } = useViewStore.getState();
  const onAreaHover = useCallback(
    (area: BodyArea | null, at?: { x: number; y: number }) => {
      if (at) pointerStore.setState(at);
      setHovered(area);
    },
    [setHovered],
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
        {...(onAreaClick ? { onAreaClick } : {})}
        {...(hover ? { onAreaHover } : {})}
        onGraphics={setGraphics}
        onModel={setModel}
        onLeaveView={leaveView}
        onMoving={setMoving}
      />
    </Suspense>
  );
}
