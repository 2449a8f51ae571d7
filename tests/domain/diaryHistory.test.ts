import { describe, expect, it } from 'vitest';
import type { DiaryEntry, WeekComparison } from '../../src/domain/diary.ts';
import { areaChart, doneCounts, periodOf, weekTrend } from '../../src/domain/diaryHistory.ts';

const NOW = Date.parse('2026-03-15T12:00:00.000Z');
const DAY = 86_400_000;
const temple = { region: 'temple', side: 'left' } as const;
const entry = (id: string, daysAgo: number, intensity: number, more: Partial<DiaryEntry> = {}) => ({
  id,
  at: new Date(NOW - daysAgo * DAY).toISOString(),
  areas: [{ ...temple, intensity }],
  qualities: [],
  note: '',
  done: [],
  ...more,
});

describe('the history', () => {
  it.each([
    ['7', NOW - 7 * DAY],
    ['30', NOW - 30 * DAY],
    ['90', NOW - 90 * DAY],
  ] as const)('covers the last %s days', (choice, from) => {
    expect(periodOf(choice, [], NOW)).toEqual({ from, to: NOW + 1 });
  });

  it('covers everything from the oldest entry, and at least a week', () => {
    expect(periodOf('all', [entry('a', 40, 3)], NOW).from).toBe(NOW - 40.5 * DAY);
    expect(periodOf('all', [entry('a', 1, 3)], NOW).from).toBe(NOW - 7 * DAY);
    expect(periodOf('all', [], NOW).from).toBe(NOW - 7 * DAY);
  });

  it('charts an area oldest first on the whole 0–10 scale, with what was done marked', () => {
    const entries = [
      entry('b', 1, 2, { done: [{ technique: 'stretch' }] }),
      entry('a', 6, 8, { done: [{ technique: 'pressure', triggerPointId: 'temporalis-tp1' }] }),
      // Another area's technique is not marked on the temple's chart.
      {
        ...entry('c', 3, 5),
        areas: [{ region: 'neck-back' as const, side: 'right' as const, intensity: 5 }],
        done: [{ technique: 'pressure' as const }],
      },
    ];
    const period = periodOf('7', entries, NOW);
    const chart = areaChart(entries, temple, period, { width: 320, height: 150 });
    expect(chart.points.map((p) => p.intensity)).toEqual([8, 2]);
    const [older, newer] = chart.points;
    expect(older!.x).toBeLessThan(newer!.x);
    // Higher pain is higher on the chart (smaller y), within the plot.
    expect(older!.y).toBeLessThan(newer!.y);
    expect(chart.yTicks).toEqual([
      { value: 0, y: chart.plot.bottom },
      { value: 5, y: (chart.plot.bottom + chart.plot.top) / 2 },
      { value: 10, y: chart.plot.top },
    ]);
    expect(chart.line).toBe(`M${older!.x} ${older!.y} L${newer!.x} ${newer!.y}`);
    expect(chart.marks.map((m) => m.technique)).toEqual(['pressure', 'stretch']);
    expect(chart.marks[0]!.x).toBe(older!.x);
    for (const tick of chart.xTicks) {
      expect(tick.x).toBeGreaterThanOrEqual(chart.plot.left);
      expect(tick.x).toBeLessThanOrEqual(chart.plot.right);
    }
    expect(chart.xTicks.length).toBeGreaterThanOrEqual(3);
    expect(chart.xTicks.length).toBeLessThanOrEqual(8);
  });

  it.each([
    [3, 6.5, -3.5, 'less'],
    [6, 5, 1, 'more'],
    [5, 5.3, -0.3, 'same'],
    [4, null, null, 'new'],
    [null, 4, null, 'gone'],
  ] as const)(
    'words this week %s against last week %s as %s',
    (thisWeek, lastWeek, change, trend) => {
      const c: WeekComparison = { area: temple, thisWeek, lastWeek, change };
      expect(weekTrend(c)).toBe(trend);
    },
  );
});

describe('what was done', () => {
  it('counts each technique on each point and side once, most often first, in the period only', () => {
    const pressure = {
      technique: 'pressure' as const,
      triggerPointId: 'temporalis-tp1',
      side: 'left' as const,
    };
    const entries = [
      entry('a', 1, 3, { done: [pressure, { technique: 'stretch' }] }),
      entry('b', 2, 4, { done: [pressure] }),
      entry('c', 3, 5, { done: [{ ...pressure, side: 'right' }] }),
      entry('d', 40, 5, { done: [{ technique: 'stretch' }] }),
    ];
    expect(doneCounts(entries, periodOf('7', entries, NOW))).toEqual([
      { done: pressure, count: 2 },
      { done: { ...pressure, side: 'right' }, count: 1 },
      { done: { technique: 'stretch' }, count: 1 },
    ]);
  });
});
