/**
 * What the diary's history page draws, as numbers: the period chosen, an area's chart (points,
 * line, the techniques marked, the axes' ticks) in SVG user units, and a week's change in words
 * the catalogue can say. Pure: the chart is tested without a browser.
 */
import {
  areaSeries,
  inPeriod,
  lastDays,
  techniqueMarks,
  type DiaryEntry,
  type DoneTechnique,
  type Period,
  type SeriesPoint,
  type Technique,
  type WeekComparison,
} from './diary.ts';
import { sameArea, type BodyArea } from './regions.ts';

const DAY = 24 * 60 * 60 * 1000;

/** The periods the history offers, in days; `all` is since the first entry. */
export const HISTORY_PERIODS = ['7', '30', '90', 'all'] as const;
export type HistoryPeriod = (typeof HISTORY_PERIODS)[number];

export function isHistoryPeriod(value: string | null | undefined): value is HistoryPeriod {
  return (HISTORY_PERIODS as readonly string[]).includes(value ?? '');
}

/** The span a chosen period covers up to `now` (`all` starts at the oldest entry's day). */
export function periodOf(
  choice: HistoryPeriod,
  entries: readonly DiaryEntry[],
  now: number,
): Period {
  if (choice !== 'all') return lastDays(now, Number(choice));
  const oldest = Math.min(now, ...entries.map((e) => Date.parse(e.at)));
  // At least a week, so a diary of one day still has room on its chart.
  return { from: Math.min(oldest - DAY / 2, now - 7 * DAY), to: now + 1 };
}

export interface ChartSize {
  width: number;
  height: number;
}

/** An area's chart, ready to draw: SVG user units, the origin at the top left. */
export interface AreaChart {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  points: readonly { x: number; y: number; t: number; intensity: number }[];
  /** The SVG path through the points, oldest first ('' with no point). */
  line: string;
  marks: readonly { x: number; t: number; technique: Technique; triggerPointId?: string }[];
  xTicks: readonly { x: number; t: number }[];
  yTicks: readonly { y: number; value: number }[];
}

const round = (x: number) => Math.round(x * 10) / 10;

/**
 * The chart of one area's intensity over the period, with the techniques done in the entries
 * that named it. The y axis is always the whole 0–10 scale, so charts compare at a glance.
 */
export function areaChart(
  entries: readonly DiaryEntry[],
  area: BodyArea,
  period: Period,
  size: ChartSize = { width: 320, height: 150 },
): AreaChart {
  const plot = { left: 26, top: 8, right: size.width - 8, bottom: size.height - 30 };
  const x = (t: number) =>
    round(plot.left + ((t - period.from) / (period.to - period.from)) * (plot.right - plot.left));
  const y = (v: number) => round(plot.bottom - (v / 10) * (plot.bottom - plot.top));
  const series: SeriesPoint[] = areaSeries(entries, area, period);
  const points = series.map((p) => ({
    x: x(p.t),
    y: y(p.intensity),
    t: p.t,
    intensity: p.intensity,
  }));
  const naming = entries.filter((e) => e.areas.some((a) => sameArea(a, area)));
  const marks = techniqueMarks(naming, period).map((m) => ({ ...m, x: x(m.t) }));
  const days = Math.max(1, Math.round((period.to - period.from) / DAY));
  const step = Math.max(1, Math.ceil(days / 4));
  const xTicks: { x: number; t: number }[] = [];
  for (let t = period.to - 1; t >= period.from; t -= step * DAY) xTicks.unshift({ x: x(t), t });
  return {
    width: size.width,
    height: size.height,
    plot,
    points,
    line: points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' '),
    marks,
    xTicks,
    yTicks: [0, 5, 10].map((value) => ({ y: y(value), value })),
  };
}

/** A week's change for one area, as the catalogue words it. */
export type WeekTrend = 'less' | 'more' | 'same' | 'new' | 'gone';

/** Less or more when the weekly mean moved by at least half a point; else about the same. */
export function weekTrend(c: WeekComparison): WeekTrend {
  if (c.thisWeek === null) return 'gone';
  if (c.lastWeek === null) return 'new';
  const change = c.change ?? 0;
  return change <= -0.5 ? 'less' : change >= 0.5 ? 'more' : 'same';
}

/** One thing done in the period and how many entries recorded it. */
export interface DoneCount {
  done: DoneTechnique;
  count: number;
}

/**
 * What was done in the period, each technique on each point and side once with how often,
 * most often first (ties in the order first done).
 */
export function doneCounts(entries: readonly DiaryEntry[], period: Period): DoneCount[] {
  const byKey = new Map<string, DoneCount>();
  const chronological = [...entries].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  for (const e of chronological) {
    if (!inPeriod(e, period)) continue;
    for (const d of e.done) {
      const key = `${d.technique}|${d.triggerPointId ?? ''}|${d.side ?? ''}`;
      const known = byKey.get(key);
      if (known) known.count += 1;
      else {
        const done: DoneTechnique = { technique: d.technique };
        if (d.triggerPointId !== undefined) done.triggerPointId = d.triggerPointId;
        if (d.side !== undefined) done.side = d.side;
        byKey.set(key, { done, count: 1 });
      }
    }
  }
  return [...byKey.values()].sort((a, b) => b.count - a.count);
}
