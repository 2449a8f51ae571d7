import { useEffect, useRef } from 'react';
import { useStudyStore } from '../state/studyStore.ts';
import { MuscleAtlas } from './MuscleAtlas.tsx';
import { MuscleCard } from './MuscleCard.tsx';
import { LearnSheet } from './LearnSheet.tsx';

/** The atlas page's panel: the list of muscles, or the card of the one opened. */
export function StudyPanel() {
  const muscleId = useStudyStore((s) => s.muscleId);
  // Back in the list, the keyboard is where it left: on the muscle just closed.
  const last = useRef<string | null>(null);
  useEffect(() => {
    if (muscleId) last.current = muscleId;
    else if (last.current) {
      document.querySelector<HTMLElement>(`[data-muscle="${last.current}"]`)?.focus();
      last.current = null;
    }
  }, [muscleId]);
  return (
    <LearnSheet className="study-panel" label="atlas.panel">
      {muscleId ? <MuscleCard key={muscleId} muscleId={muscleId} /> : <MuscleAtlas />}
    </LearnSheet>
  );
}
