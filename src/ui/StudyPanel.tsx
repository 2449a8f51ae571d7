import { useEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { useT } from '../state/i18n.ts';
import { useStudyStore } from '../state/studyStore.ts';
import { MuscleAtlas } from './MuscleAtlas.tsx';
import { MuscleCard } from './MuscleCard.tsx';
import { Notices } from './Notices.tsx';
import { SHEET_STOPS, SheetHandle } from './SheetHandle.tsx';

/** The atlas page's panel: the list of muscles, or the card of the one opened. */
export function StudyPanel({ children }: { children?: ReactNode }) {
  const t = useT();
  const muscleId = useStudyStore((s) => s.muscleId);
  const [sheet, setSheet] = useState<number>(SHEET_STOPS[1]);
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
    <aside
      className="side-panel study-panel"
      aria-label={t('atlas.panel')}
      style={{ '--sheet-height': `${sheet}%` } as CSSProperties}
    >
      <SheetHandle height={sheet} onHeight={setSheet} />
      <Notices />
      {children}
      <div className="panel-body">
        {muscleId ? <MuscleCard key={muscleId} muscleId={muscleId} /> : <MuscleAtlas />}
      </div>
      <footer className="panel-footer">
        <p>{t('atlas.footer')}</p>
      </footer>
    </aside>
  );
}
