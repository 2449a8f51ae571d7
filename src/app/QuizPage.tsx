import { FigureSwitch } from '../ui/FigureSwitch.tsx';
import { GraphicsNotice } from '../ui/GraphicsNotice.tsx';
import { HoverTooltip } from '../ui/HoverTooltip.tsx';
import { QuizDescription } from '../ui/QuizDescription.tsx';
import { Legend, legendFor } from '../ui/Legend.tsx';
import { QuizPanel } from '../ui/QuizPanel.tsx';
import { ViewControls } from '../ui/ViewControls.tsx';
import '../ui/findings.css';
import '../ui/learn.css';
import { useT } from '../state/i18n.ts';
import { useEffect } from 'react';
import { useLearnStore } from '../state/learnStore.ts';
import { useQuizDisplay, useQuizStore } from '../state/quizStore.ts';
import { ProgressOverview } from '../ui/ProgressOverview.tsx';
import { useViewStore } from '../state/viewStore.ts';
import { sameArea } from '../domain/regions.ts';
import { BodyView } from './BodyView.tsx';
import { useBodyStatus } from './useBodyStatus.ts';
import { useQuizAddress } from './useQuizAddress.ts';

/** The quiz: the body shows each question's clue and then its answer; the panel asks. */
export function QuizPage() {
  useEffect(() => void useLearnStore.getState().open(), []);
  useQuizAddress();
  const t = useT();
  const display = useQuizDisplay();
  const bodyStatus = useBodyStatus();
  const moving = useViewStore((s) => s.moving);
  const picking = useQuizStore(
    (s) => s.round?.[s.at]?.kind === 'refers' && s.answers.length <= s.at,
  );
  const togglePick = useQuizStore((s) => s.togglePick);
  return (
    <main className="app-main learn-main">
      <section
        className="viewport"
        aria-label={t('body.label')}
        data-body-status={bodyStatus}
        data-camera={moving ? 'moving' : 'rest'}
      >
        <BodyView display={display} onAreaClick={picking ? togglePick : undefined} />
        <QuizDescription />
        <GraphicsNotice problemKey="graphics.problem.quiz" />
        <ViewControls />
        <Legend entries={legendFor(display, { pain: 'quiz.legend.picked' })} />
        <FigureSwitch />
        {picking && <PickTooltip />}
      </section>
      <QuizPanel>
        <ProgressOverview />
      </QuizPanel>
    </main>
  );
}

/** Names the area under the pointer and whether a click picks or unpicks it. */
function PickTooltip() {
  const picks = useQuizStore((s) => s.picks);
  return <HoverTooltip isSelected={(area) => picks.some((p) => sameArea(p, area))} />;
}
