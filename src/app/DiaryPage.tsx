import { useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import { Link, useLocation } from 'wouter';
import { draftDisplay } from '../domain/diary.ts';
import { hasArea } from '../domain/diaryDraft.ts';
import { useDiaryDraftStore } from '../state/diaryDraftStore.ts';
import { useDiaryStore } from '../state/diaryStore.ts';
import { useT } from '../state/i18n.ts';
import { useViewStore } from '../state/viewStore.ts';
import { BodyDescription } from '../ui/BodyDescription.tsx';
import { DiaryEntries } from '../ui/DiaryEntries.tsx';
import { DiaryLog } from '../ui/DiaryLog.tsx';
import { DiaryStatus } from '../ui/DiaryStatus.tsx';
import { FigureSwitch } from '../ui/FigureSwitch.tsx';
import { GraphicsNotice } from '../ui/GraphicsNotice.tsx';
import { HoverTooltip } from '../ui/HoverTooltip.tsx';
import { Legend } from '../ui/Legend.tsx';
import { SHEET_STOPS, SheetHandle } from '../ui/SheetHandle.tsx';
import { ViewControls } from '../ui/ViewControls.tsx';
import { navigate } from './hashLocation.ts';
import { PageBody } from './PageBody.tsx';

/** The diary's pages, inside `/diary`: logging (with the entries), and more to come. */
const PAGES = [{ id: 'log', path: '/' }] as const;

/**
 * The pain diary: the body beside a panel, as in the explorer. On the log page the body shows
 * the entry being written and a tap adds or takes out an area.
 */
export function DiaryPage() {
  const t = useT();
  // Inside the nested route: '/' is the log.
  const [path] = useLocation();
  const page = PAGES.find((p) => p.path === path);
  useEffect(() => {
    void useDiaryStore.getState().open();
  }, []);
  useEffect(() => {
    if (!page) navigate('/diary', { replace: true });
  }, [page]);

  const draft = useDiaryDraftStore((s) => s.draft);
  const toggleArea = useDiaryDraftStore((s) => s.toggleArea);
  const hovered = useViewStore((s) => s.hovered);
  const display = useMemo(() => draftDisplay(draft.areas, hovered), [draft.areas, hovered]);
  const bodyStatus = useViewStore((s) =>
    s.graphics === 'ready' ? s.model : s.graphics === 'checking' ? 'loading' : s.graphics,
  );
  const moving = useViewStore((s) => s.moving);
  const [sheet, setSheet] = useState<number>(SHEET_STOPS[1]);
  const panelTop = useRef<HTMLDivElement>(null);

  return (
    <main className="app-main diary-main">
      <section
        className="viewport"
        aria-label={t('body.label')}
        data-body-status={bodyStatus}
        data-camera={moving ? 'moving' : 'rest'}
      >
        <PageBody display={display} onAreaClick={toggleArea} />
        <BodyDescription display={display} />
        <GraphicsNotice />
        <ViewControls />
        <Legend display={display} />
        <FigureSwitch />
        <HoverTooltip isSelected={(area) => hasArea(useDiaryDraftStore.getState().draft, area)} />
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
          <DiaryLog />
          <DiaryEntries
            onEdit={() => {
              panelTop.current?.scrollTo({ top: 0, behavior: 'smooth' });
              setSheet((h) => Math.max(h, SHEET_STOPS[1]));
            }}
          />
        </div>
      </aside>
    </main>
  );
}
