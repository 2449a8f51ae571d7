import { useState } from 'react';
import { viewForFindings, type Finding } from '../domain/session.ts';
import { useAtlas } from '../state/atlasStore.ts';
import { useCurrentSession } from '../state/sessionStore.ts';
import { useT } from '../state/i18n.ts';
import { showTriggerPoint } from '../state/intents.ts';
import { useSessionDisplay } from '../state/useSessionDisplay.ts';
import { useViewStore } from '../state/viewStore.ts';
import { GraphicsNotice } from '../ui/GraphicsNotice.tsx';
import { PresentView } from '../ui/PresentView.tsx';
import '../ui/findings.css';
import '../ui/present.css';
import { BodyView } from './BodyView.tsx';
import { useBodyStatus } from './useBodyStatus.ts';

/**
 * The session turned to the client: the body large, showing the point being explained in full
 * (the others as small numbered marks) or all of them, and beside it the plain-words summary.
 * No header, no editing: nothing the client need not see.
 */
export function PresentPage() {
  const t = useT();
  const [focusId, setFocusId] = useState<string>();
  const display = useSessionDisplay(focusId);
  const bodyStatus = useBodyStatus();
  const moving = useViewStore((s) => s.moving);
  const session = useCurrentSession();
  const index = useAtlas();
  const onFocus = (finding: Finding | undefined) => {
    setFocusId(finding?.id);
    if (finding) showTriggerPoint({ id: finding.triggerPointId, side: finding.side });
    else useViewStore.getState().showView(viewForFindings(session.findings, index));
  };
  return (
    <main className="app-main present-page">
      <section
        className="viewport"
        aria-label={t('body.label')}
        data-body-status={bodyStatus}
        data-camera={moving ? 'moving' : 'rest'}
      >
        <BodyView display={display} />
        <GraphicsNotice />
      </section>
      <PresentView onFocus={onFocus} />
    </main>
  );
}
