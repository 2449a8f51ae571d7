import { useId, useMemo, useState } from 'react';
import { Link } from 'wouter';
import { compareWeeks, inPeriod, summariseAreas } from '../domain/diary.ts';
import {
  HISTORY_PERIODS,
  doneCounts,
  periodOf,
  weekTrend,
  type HistoryPeriod,
} from '../domain/diaryHistory.ts';
import { useAtlas } from '../state/atlasStore.ts';
import { useDiaryStore } from '../state/diaryStore.ts';
import { formatDate, formatList, formatNumber, useAtlasWords, useT } from '../state/i18n.ts';
import { AreaChart } from './AreaChart.tsx';
import { areasText, doneText, shortDate, timeOfDay } from './diaryText.ts';
import { areaName } from './format.ts';

const CHARTED = 6;

/**
 * A summary of the diary to print and take to a doctor or therapist: the period, where it hurt
 * and how much, the weeks compared, each area's chart, what was done, and every entry. A plain
 * page (no 3D body) that prints on A4 or Letter; the buttons are not printed.
 */
export function DiarySummary({ now }: { now: number }) {
  const t = useT();
  const words = useAtlasWords();
  const index = useAtlas();
  const id = useId();
  const entries = useDiaryStore((s) => s.diary.entries);
  const status = useDiaryStore((s) => s.status);
  const [choice, setChoice] = useState<HistoryPeriod>('30');
  const period = useMemo(() => periodOf(choice, entries, now), [choice, entries, now]);
  const inside = useMemo(() => entries.filter((e) => inPeriod(e, period)), [entries, period]);
  const summaries = useMemo(() => summariseAreas(entries, period), [entries, period]);
  const weeks = useMemo(() => compareWeeks(entries, now), [entries, now]);
  const done = useMemo(() => doneCounts(entries, period), [entries, period]);
  const longDate = (ms: number) =>
    formatDate(ms, { day: 'numeric', month: 'long', year: 'numeric' });

  return (
    <main className="diary-summary">
      <div className="diary-summary-actions">
        <Link href="/backup">{t('diary.summary.back')}</Link>
        <label>
          <span>{t('diary.history.period')}</span>{' '}
          <select
            value={choice}
            onChange={(e) => {
              const value = e.target.value;
              const found = HISTORY_PERIODS.find((p) => p === value);
              if (found) setChoice(found);
            }}
          >
            {HISTORY_PERIODS.map((p) => (
              <option key={p} value={p}>
                {t('diary.history.periodOption', { days: p })}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="diary-print" onClick={() => window.print()}>
          {t('diary.summary.print')}
        </button>
      </div>

      <article className="diary-summary-page" aria-labelledby={`${id}-title`}>
        <header>
          <h1 id={`${id}-title`}>{t('diary.summary.title')}</h1>
          <p>
            {t('diary.summary.period', {
              from: longDate(Math.max(period.from, 0)),
              to: longDate(now),
              count: inside.length,
            })}
          </p>
          <p className="diary-summary-note">{t('diary.summary.note')}</p>
        </header>

        {status !== 'ready' ? (
          <p>{t('diary.loading')}</p>
        ) : inside.length === 0 ? (
          <p>{t('diary.history.empty')}</p>
        ) : (
          <>
            <section aria-labelledby={`${id}-where`}>
              <h2 id={`${id}-where`}>{t('diary.history.heatTitle')}</h2>
              <table className="diary-summary-table">
                <thead>
                  <tr>
                    <th scope="col">{t('diary.summary.area')}</th>
                    <th scope="col">{t('diary.summary.times')}</th>
                    <th scope="col">{t('diary.summary.mean')}</th>
                    <th scope="col">{t('diary.summary.worst')}</th>
                  </tr>
                </thead>
                <tbody>
                  {summaries.map((s) => (
                    <tr key={`${s.area.side}.${s.area.region}`}>
                      <th scope="row">{areaName(words, s.area)}</th>
                      <td>{s.count}</td>
                      <td>{formatNumber(s.mean)}</td>
                      <td>{s.max}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>

            {weeks.length > 0 && (
              <section aria-labelledby={`${id}-weeks`}>
                <h2 id={`${id}-weeks`}>{t('diary.history.weeksTitle')}</h2>
                <ul>
                  {weeks.map((w) => (
                    <li key={`${w.area.side}.${w.area.region}`}>
                      {t('diary.week', {
                        trend: weekTrend(w),
                        area: areaName(words, w.area),
                        now: formatNumber(w.thisWeek ?? 0),
                        before: formatNumber(w.lastWeek ?? 0),
                      })}
                    </li>
                  ))}
                </ul>
              </section>
            )}

            <section aria-labelledby={`${id}-charts`} className="diary-summary-charts">
              <h2 id={`${id}-charts`}>{t('diary.history.chartsTitle')}</h2>
              <div className="diary-summary-grid">
                {summaries.slice(0, CHARTED).map((s) => (
                  <AreaChart
                    key={`${s.area.side}.${s.area.region}`}
                    entries={entries}
                    area={s.area}
                    period={period}
                  />
                ))}
              </div>
            </section>

            <section aria-labelledby={`${id}-done`}>
              <h2 id={`${id}-done`}>{t('diary.summary.doneTitle')}</h2>
              {done.length === 0 ? (
                <p>{t('diary.summary.doneNone')}</p>
              ) : (
                <ul>
                  {done.map((d, i) => (
                    <li key={i}>
                      {t('diary.summary.doneCount', {
                        done: doneText(words, index, d.done),
                        count: d.count,
                      })}
                    </li>
                  ))}
                </ul>
              )}
            </section>

            <section aria-labelledby={`${id}-entries`} className="diary-summary-entries">
              <h2 id={`${id}-entries`}>{t('diary.summary.entriesTitle')}</h2>
              <table className="diary-summary-table">
                <thead>
                  <tr>
                    <th scope="col">{t('diary.chart.when')}</th>
                    <th scope="col">{t('diary.summary.where')}</th>
                    <th scope="col">{t('diary.quality.legend')}</th>
                    <th scope="col">{t('diary.chart.done')}</th>
                    <th scope="col">{t('diary.summary.noteColumn')}</th>
                  </tr>
                </thead>
                <tbody>
                  {inside.map((e) => (
                    <tr key={e.id}>
                      <td>
                        {t('diary.entry.when', { day: shortDate(e.at), time: timeOfDay(e.at) })}
                      </td>
                      <td>{e.areas.length ? areasText(words, e) : t('diary.entry.noAreas')}</td>
                      <td>
                        {formatList(e.qualities.map((q) => t('diary.quality', { quality: q })))}
                      </td>
                      <td>{formatList(e.done.map((d) => doneText(words, index, d)))}</td>
                      <td className="diary-summary-note-cell">{e.note}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          </>
        )}
        <footer>
          <p>{t('diary.summary.footer', { date: longDate(now) })}</p>
        </footer>
      </article>
    </main>
  );
}
