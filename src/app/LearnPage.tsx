import { FigureSwitch } from '../ui/FigureSwitch.tsx';
import { GraphicsNotice } from '../ui/GraphicsNotice.tsx';
import { StudyDescription } from '../ui/StudyDescription.tsx';
import { StudyPanel } from '../ui/StudyPanel.tsx';
import { ViewControls } from '../ui/ViewControls.tsx';
import '../ui/findings.css';
import '../ui/learn.css';
import { useT } from '../state/i18n.ts';
import { useStudyDisplay } from '../state/studyStore.ts';
import { useViewStore } from '../state/viewStore.ts';
import { BodyView } from './BodyView.tsx';
import { useBodyStatus } from './useBodyStatus.ts';
import { useStudyAddress } from './useStudyAddress.ts';

/** The students' atlas: every muscle by body area; one opened shows all its trigger points. */
export function LearnPage() {
  useStudyAddress();
  const t = useT();
  const display = useStudyDisplay();
  const bodyStatus = useBodyStatus();
  const moving = useViewStore((s) => s.moving);
  return (
    <main className="app-main learn-main">
      <section
        className="viewport"
        aria-label={t('body.label')}
        data-body-status={bodyStatus}
        data-camera={moving ? 'moving' : 'rest'}
      >
        <BodyView display={display} />
        <StudyDescription />
        <GraphicsNotice problemKey="graphics.problem.learn" />
        <ViewControls />
        <FigureSwitch />
      </section>
      <StudyPanel />
    </main>
  );
}
