import { useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { Link, useLocation } from 'wouter';
import { diaryDisplay, draftDisplay, summariseAreas } from '../domain/diary.ts';
import { periodOf, type HistoryPeriod } from '../domain/diaryHistory.ts';
import { hasArea } from '../domain/diaryDraft.ts';
import { useDiaryDraftStore } from '../state/diaryDraftStore.ts';
import { useDiaryStore } from '../state/diaryStore.ts';
import { useT } from '../state/i18n.ts';
import { useViewStore } from '../state/viewStore.ts';
import { BodyDescription } from '../ui/BodyDescription.tsx';
import { DiaryBackup } from '../ui/DiaryBackup.tsx';
import { DiaryEntries } from '../ui/DiaryEntries.tsx';
import { DiaryHistory } from '../ui/DiaryHistory.tsx';
import { DiaryLog } from '../ui/DiaryLog.tsx';
import { DiaryStatus } from '../ui/DiaryStatus.tsx';
import { DiarySummary } from '../ui/DiarySummary.tsx';
import { FigureSwitch } from '../ui/FigureSwitch.tsx';
import { GraphicsNotice } from '../ui/GraphicsNotice.tsx';
import { HoverTooltip } from '../ui/HoverTooltip.tsx';
import { Legend, legendFor } from '../ui/Legend.tsx';
import { SHEET_STOPS, SheetHandle } from '../ui/SheetHandle.tsx';
import { ViewControls } from '../ui/ViewControls.tsx';
import '../ui/diary.css';
import { BodyView } from './BodyView.tsx';
import { navigate } from './hashLocation.ts';
import { useBodyStatus } from './useBodyStatus.ts';

/** The diary's pages, inside `/diary`: logging (with the entries), the history. */
const PAGES = [
  { id: 'log', path: '/' },
  { id: 'history', path: '/history' },
  { id: 'backup', path: '/backup' },
] as const;

/** The printable summary: a page of its own, without the body. */
const SUMMARY = '/summary';

/**
 * The pain diary: the body beside a panel, as in the explorer. On the log page the body shows
 * the entry being written and a tap adds or takes out an area.
 */
export function DiaryPage() {
  const t = useT();
  // Inside the nested route: '/' is the log.
  const [path] = useLocation();
  const page = PAGES.find((p) => p.path === path);
  const summary = path === SUMMARY;
  useEffect(() => {
    void useDiaryStore.getState().open();
  }, []);
  useEffect(() => {
    if (!page && !summary) navigate('/diary', { replace: true });
  }, [page, summary]);

  const draft = useDiaryDraftStore((s) => s.draft);
  const toggleArea = useDiaryDraftStore((s) => s.toggleArea);
  const hovered = useViewStore((s) => s.hovered);
  const entries = useDiaryStore((s) => s.diary.entries);
  const [choice, setChoice] = useState<HistoryPeriod>('30');
  // "Now" for the history: a clock read every minute, and never before the newest entry, so an
  // entry just saved is always in the period.
  const [clock, setClock] = useState(() => Date.now());
  useEffect(() => {
    const id = window.setInterval(() => setClock(Date.now()), 60_000);
    return () => window.clearInterval(id);
  }, []);
  const newest = entries[0] ? Date.parse(entries[0].at) : 0;
  const now = Math.max(clock, newest);
  const period = useMemo(() => periodOf(choice, entries, now), [choice, entries, now]);
  const logging = page?.id === 'log';
  const display = useMemo(
    () =>
      logging ? draftDisplay(draft.areas, hovered) : diaryDisplay(summariseAreas(entries, period)),
    [logging, draft.areas, hovered, entries, period],
  );
  const bodyStatus = useBodyStatus();
  const moving = useViewStore((s) => s.moving);
  const [sheet, setSheet] = useState<number>(SHEET_STOPS[1]);
  const panelTop = useRef<HTMLDivElement>(null);

  if (summary) return <DiarySummary now={now} />;
  return (
    <main className="app-main diary-main">
      <section
        className="viewport"
        aria-label={t('body.label')}
        data-body-status={bodyStatus}
        data-camera={moving ? 'moving' : 'rest'}
      >
        <BodyView display={display} onAreaClick={logging ? toggleArea : undefined} />
        <BodyDescription display={display} />
        <GraphicsNotice />
        <ViewControls />
        <Legend entries={legendFor(display)} />
        <FigureSwitch />
        {logging && (
          <HoverTooltip isSelected={(area) => hasArea(useDiaryDraftStore.getState().draft, area)} />
        )}
      </section>
      <aside
        className="side-panel diary-panel"
        aria-label={t('diary.panel.label')}
        style={{ '--sheet-height': `${sheet}%` } as CSSProperties}
      >
        <SheetHandle height={sheet} onHeight={setSheet} />
        <div className="panel-body diary-panel-body" ref={panelTop}>
          <DiaryStatus />
          {PAGES.length > 1 && (
            <nav className="diary-tabs" aria-label={t('diary.tabs.label')}>
              {PAGES.map((p) => (
                <Link key={p.id} href={p.path} aria-current={p === page ? 'page' : undefined}>
                  {t('diary.tab', { page: p.id })}
                </Link>
              ))}
            </nav>
          )}
          {logging ? (
            <>
              <DiaryLog />
              <DiaryEntries
                onEdit={() => {
                  panelTop.current?.scrollTo({ top: 0, behavior: 'smooth' });
                  setSheet((h) => Math.max(h, SHEET_STOPS[1]));
                }}
              />
            </>
          ) : page?.id === 'history' ? (
            <DiaryHistory choice={choice} period={period} now={now} onChoice={setChoice} />
          ) : (
            <DiaryBackup />
          )}
        </div>
      </aside>
    </main>
  );
}
