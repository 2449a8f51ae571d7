import { useId } from 'react';
import type { DiaryEntry, Period } from '../domain/diary.ts';
import { areaChart } from '../domain/diaryHistory.ts';
import type { BodyArea } from '../domain/regions.ts';
import { useAtlas } from '../state/atlasStore.ts';
import { formatList, useAtlasWords, useT } from '../state/i18n.ts';
import { areaInText, areaName } from './format.ts';
import { doneText, shortDate, timeOfDay } from './diaryText.ts';

/**
 * One area's intensity over the period as a line chart, with what was done marked under it
 * (a circle for pressure, a triangle for a stretch). A picture with a title and a summary for
 * screen readers, and the same numbers as a table.
 */
export function AreaChart({
  entries,
  area,
  period,
}: {
  entries: readonly DiaryEntry[];
  area: BodyArea;
  period: Period;
}) {
  const t = useT();
  const words = useAtlasWords();
  const index = useAtlas();
  const id = useId();
  const chart = areaChart(entries, area, period);
  const name = areaName(words, area);
  const inText = areaInText(words, area);
  const values = chart.points.map((p) => p.intensity);
  const first = values[0] ?? 0;
  const last = values.at(-1) ?? 0;
  const summary = t('diary.chart.summary', {
    count: values.length,
    first,
    last,
    lowest: Math.min(...values),
    highest: Math.max(...values),
    done: chart.marks.length,
  });
  const doneAt = (time: number) =>
    entries
      .filter(
        (e) =>
          Date.parse(e.at) === time &&
          e.areas.some((a) => a.region === area.region && a.side === area.side),
      )
      .flatMap((e) => e.done.map((d) => doneText(words, index, d)));
  const { plot } = chart;
  return (
    <figure className="area-chart">
      <figcaption id={`${id}-title`}>{name}</figcaption>
      <svg
        role="img"
        viewBox={`0 0 ${chart.width} ${chart.height}`}
        aria-labelledby={`${id}-svg-title ${id}-svg-desc`}
      >
        <title id={`${id}-svg-title`}>{t('diary.chart.title', { area: inText })}</title>
        <desc id={`${id}-svg-desc`}>{summary}</desc>
        {chart.yTicks.map((tick) => (
          <g key={tick.value} className="chart-grid">
            <line x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} />
            <text x={plot.left - 6} y={tick.y + 4} textAnchor="end">
              {tick.value}
            </text>
          </g>
        ))}
        {chart.xTicks.map((tick) => (
          <text
            key={tick.t}
            className="chart-day"
            x={tick.x}
            y={chart.height - 4}
            textAnchor={tick.x > plot.right - 20 ? 'end' : 'middle'}
          >
            {shortDate(tick.t)}
          </text>
        ))}
        {chart.marks.map((m, i) =>
          m.technique === 'pressure' ? (
            <circle
              key={i}
              className="chart-mark chart-pressure"
              cx={m.x}
              cy={plot.bottom + 9}
              r={4}
            />
          ) : (
            <path
              key={i}
              className="chart-mark chart-stretch"
              d={`M${m.x} ${plot.bottom + 4} l4.5 8 h-9 z`}
            />
          ),
        )}
        {chart.points.length > 1 && <path className="chart-line" d={chart.line} />}
        {chart.points.map((p) => (
          <circle key={p.t} className="chart-point" cx={p.x} cy={p.y} r={3.5} />
        ))}
      </svg>
      <p className="chart-key" aria-hidden="true">
        <span className="chart-key-pressure" /> {t('diary.technique', { technique: 'pressure' })}
        <span className="chart-key-stretch" /> {t('diary.technique', { technique: 'stretch' })}
      </p>
      <details className="chart-table">
        <summary>{t('diary.chart.table', { area: inText })}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('diary.chart.when')}</th>
              <th scope="col">{t('diary.chart.intensity')}</th>
              <th scope="col">{t('diary.chart.done')}</th>
            </tr>
          </thead>
          <tbody>
            {chart.points.map((p) => (
              <tr key={p.t}>
                <td>{t('diary.entry.when', { day: shortDate(p.t), time: timeOfDay(p.t) })}</td>
                <td>{p.intensity}</td>
                <td>{formatList(doneAt(p.t))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
