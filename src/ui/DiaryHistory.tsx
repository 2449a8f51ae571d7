import { useId, useMemo } from 'react';
import { compareWeeks, summariseAreas, type Period } from '../domain/diary.ts';
import { HISTORY_PERIODS, weekTrend, type HistoryPeriod } from '../domain/diaryHistory.ts';
import { useDiaryStore } from '../state/diaryStore.ts';
import { formatNumber, useAtlasWords, useT } from '../state/i18n.ts';
import { AreaChart } from './AreaChart.tsx';
import { areaName } from './format.ts';

/** How many areas get a chart of their own: the ones that hurt most in the period. */
const CHARTED = 6;

/**
 * The diary's history: the period to look at (the body beside it shows its heat), this week
 * against last week in plain words, and each area's intensity over time with what was done.
 */
export function DiaryHistory({
  choice,
  period,
  now,
  onChoice,
}: {
  choice: HistoryPeriod;
  period: Period;
  now: number;
  onChoice: (choice: HistoryPeriod) => void;
}) {
  const t = useT();
  const words = useAtlasWords();
  const id = useId();
  const entries = useDiaryStore((s) => s.diary.entries);
  const summaries = useMemo(() => summariseAreas(entries, period), [entries, period]);
  const weeks = useMemo(() => compareWeeks(entries, now), [entries, now]);

  return (
    <div className="diary-history">
      <fieldset className="diary-periods">
        <legend>{t('diary.history.period')}</legend>
        {HISTORY_PERIODS.map((p) => (
          <label key={p} className="diary-pill">
            <input
              type="radio"
              name={`${id}-period`}
              checked={p === choice}
              onChange={() => onChoice(p)}
            />
            <span>{t('diary.history.periodOption', { days: p })}</span>
          </label>
        ))}
      </fieldset>

      {summaries.length === 0 ? (
        <p className="diary-hint">{t('diary.history.empty')}</p>
      ) : (
        <>
          <section aria-labelledby={`${id}-heat`}>
            <h2 id={`${id}-heat`}>{t('diary.history.heatTitle')}</h2>
            <p className="diary-hint">{t('diary.history.heatHint')}</p>
            <ol className="diary-heat-list">
              {summaries.map((s) => (
                <li key={`${s.area.side}.${s.area.region}`}>
                  {t('diary.history.areaSummary', {
                    area: areaName(words, s.area),
                    count: s.count,
                    mean: formatNumber(s.mean),
                    max: s.max,
                  })}
                </li>
              ))}
            </ol>
          </section>

          <section aria-labelledby={`${id}-charts`}>
            <h2 id={`${id}-charts`}>{t('diary.history.chartsTitle')}</h2>
            {summaries.slice(0, CHARTED).map((s) => (
              <AreaChart
                key={`${s.area.side}.${s.area.region}`}
                entries={entries}
                area={s.area}
                period={period}
              />
            ))}
          </section>
        </>
      )}

      <section aria-labelledby={`${id}-weeks`}>
        <h2 id={`${id}-weeks`}>{t('diary.history.weeksTitle')}</h2>
        {weeks.length === 0 ? (
          <p className="diary-hint">{t('diary.history.weeksEmpty')}</p>
        ) : (
          <ul className="diary-weeks">
            {weeks.map((w) => {
              const trend = weekTrend(w);
              return (
                <li key={`${w.area.side}.${w.area.region}`} className={`week-${trend}`}>
                  {t('diary.week', {
                    trend,
                    area: areaName(words, w.area),
                    now: formatNumber(w.thisWeek ?? 0),
                    before: formatNumber(w.lastWeek ?? 0),
                  })}
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
