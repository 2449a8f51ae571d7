import { useEffect, useMemo } from 'react';
import { useHandoutStore } from '../state/handoutStore.ts';
import { formatDate, useT } from '../state/i18n.ts';
import { showTriggerPoint } from '../state/intents.ts';
import { currentSession, useCurrentSession, useSessionStore } from '../state/sessionStore.ts';
import { useSessionDisplay } from '../state/useSessionDisplay.ts';
import { useViewStore } from '../state/viewStore.ts';
import { FigureSwitch } from '../ui/FigureSwitch.tsx';
import { GraphicsNotice } from '../ui/GraphicsNotice.tsx';
import { Handout } from '../ui/Handout.tsx';
import { HandoutControls } from '../ui/HandoutControls.tsx';
import { HoverTooltip } from '../ui/HoverTooltip.tsx';
import { SessionLegend } from '../ui/SessionLegend.tsx';
import { SessionPanel } from '../ui/SessionPanel.tsx';
import { ViewControls } from '../ui/ViewControls.tsx';
import '../ui/findings.css';
import '../ui/handout.css';
import '../ui/session.css';
import { BodyArea, PanelArea } from './Areas.tsx';
import { BodyView } from './BodyView.tsx';
import { useBodyStatus } from './useBodyStatus.ts';
import { useHandout } from './useHandout.ts';

/**
 * The therapist's session: every trigger point found, together on one body, numbered and
 * coloured as in the list beside it; a click on the body adds or removes an area of the
 * client's pain.
 */
export function SessionPage() {
  const t = useT();
  const display = useSessionDisplay();
  const toggleArea = useSessionStore((s) => s.toggleArea);
  const bodyStatus = useBodyStatus();
  const moving = useViewStore((s) => s.moving);
  const session = useCurrentSession();
  const figure = useViewStore((s) => s.figure);
  const points = useMemo(
    () => session.findings.map((f) => ({ triggerPointId: f.triggerPointId, side: f.side })),
    [session.findings],
  );
  const handout = useHandout({ points, areas: session.areas, figure }, true);
  const name = useHandoutStore((s) => s.names[session.id] ?? '');
  useFirstFindingInView();
  return (
    <main className="app-main session-page">
      <section
        className="viewport"
        aria-label={t('body.label')}
        data-body-status={bodyStatus}
        data-camera={moving ? 'moving' : 'rest'}
      >
        <BodyArea>
          <BodyView display={display} onAreaClick={(area) => void toggleArea(area)} />
          <GraphicsNotice />
          <ViewControls />
          <SessionLegend display={display} />
          <FigureSwitch />
          <HoverTooltip />
        </BodyArea>
      </section>
      <PanelArea>
        <SessionPanel
          handout={
            <HandoutControls
              nameKey={session.id}
              who="client"
              onPrint={() => void handout.print()}
              bodyAvailable={handout.bodyAvailable}
            />
          }
        />
      </PanelArea>
      {session.findings.length > 0 && (
        <Handout
          items={handout.items}
          safety={handout.safety}
          pictures={handout.pictures}
          bodyAvailable={handout.bodyAvailable}
          name={name}
          date={formatDate(session.createdAt, { day: 'numeric', month: 'long', year: 'numeric' })}
        />
      )}
    </main>
  );
}

/** Once the session has loaded, turns the body to its first finding, so the page opens on it. */
function useFirstFindingInView() {
  useEffect(() => {
    let cancelled = false;
    void useSessionStore
      .getState()
      .open()
      .then(() => {
        const first = currentSession(useSessionStore.getState().book).findings[0];
        if (!cancelled && first) showTriggerPoint({ id: first.triggerPointId, side: first.side });
      });
    return () => {
      cancelled = true;
    };
  }, []);
}
