import { describe, expect, it } from 'vitest';
import {
  addEntry,
  areaSeries,
  compareWeeks,
  diaryDisplay,
  diaryToCsv,
  EMPTY_DIARY,
  lastDays,
  removeEntry,
  replaceEntry,
  summariseAreas,
  techniqueMarks,
  type DiaryEntry,
} from '../../src/domain/diary.ts';

const NOW = Date.parse('2026-03-15T12:00:00.000Z');
const DAY = 86_400_000;
const entry = (
  id: string,
  daysAgo: number,
  areas: DiaryEntry['areas'],
  more: Partial<DiaryEntry> = {},
): DiaryEntry => ({
  id,
  at: new Date(NOW - daysAgo * DAY).toISOString(),
  areas,
  qualities: [],
  note: '',
  done: [],
  ...more,
});
const temple = (intensity: number) => ({
  region: 'temple' as const,
  side: 'left' as const,
  intensity,
});
const neck = (intensity: number) => ({
  region: 'neck-back' as const,
  side: 'right' as const,
  intensity,
});

describe('the pain diary', () => {
  it('keeps several entries a day, newest first, and edits and deletes them', () => {
    let d = addEntry(EMPTY_DIARY, entry('a', 0.5, [temple(6)]));
    d = addEntry(d, entry('b', 0.1, [temple(4)]));
    expect(d.entries.map((e) => e.id)).toEqual(['b', 'a']);
    d = replaceEntry(d, { ...d.entries[1]!, note: '  after work  ' });
    expect(d.entries[1]!.note).toBe('after work');
    d = removeEntry(d, 'b');
    expect(d.entries.map((e) => e.id)).toEqual(['a']);
    expect(() => addEntry(d, entry('a', 0, []))).toThrow(/already exists/);
  });

  it('clamps intensities to whole numbers from 0 to 10 and names each area once', () => {
    const d = addEntry(EMPTY_DIARY, entry('a', 0, [temple(12), temple(7.6), neck(-2)]));
    expect(d.entries[0]!.areas).toEqual([temple(8), neck(0)]);
  });

  it('sums how often and how strongly each area hurt in the chosen period only', () => {
    const entries = [
      entry('a', 1, [temple(6), neck(2)]),
      entry('b', 2, [temple(4)]),
      entry('c', 20, [neck(9)]),
    ];
    const week = summariseAreas(entries, lastDays(NOW, 7));
    expect(week).toEqual([
      { area: { region: 'temple', side: 'left' }, count: 2, mean: 5, max: 6, load: 10 },
      { area: { region: 'neck-back', side: 'right' }, count: 1, mean: 2, max: 2, load: 2 },
    ]);
    const display = diaryDisplay(week);
    const pain = Object.fromEntries(display.areas.map((a) => [a.area.region, a.pain]));
    expect(pain.temple).toBeCloseTo(0.95);
    expect(pain['neck-back']).toBeCloseTo(0.19);
    // Over 30 days the neck's one strong day outweighs the temple's two milder ones.
    expect(summariseAreas(entries, lastDays(NOW, 30))[0]!.area.region).toBe('neck-back');
  });

  it('gives each area its intensity over time and marks the techniques done', () => {
    const entries = [
      entry('a', 1, [temple(3)], {
        done: [{ technique: 'pressure', triggerPointId: 'upper-trapezius-1' }],
      }),
      entry('b', 3, [temple(7)]),
    ];
    expect(
      areaSeries(entries, { region: 'temple', side: 'left' }, lastDays(NOW, 7)).map(
        (p) => p.intensity,
      ),
    ).toEqual([7, 3]);
    expect(techniqueMarks(entries, lastDays(NOW, 7))).toEqual([
      { t: NOW - DAY, technique: 'pressure', triggerPointId: 'upper-trapezius-1' },
    ]);
  });

  it('compares this week with last week per area', () => {
    const entries = [
      entry('a', 1, [temple(3)]),
      entry('b', 9, [temple(7)]),
      entry('c', 10, [temple(6), neck(5)]),
    ];
    expect(compareWeeks(entries, NOW)).toEqual([
      { area: { region: 'temple', side: 'left' }, thisWeek: 3, lastWeek: 6.5, change: -3.5 },
      { area: { region: 'neck-back', side: 'right' }, thisWeek: null, lastWeek: 5, change: null },
    ]);
  });

  it('writes CSV with one row per area, quoting commas and defusing formulas', () => {
    const d = addEntry(
      EMPTY_DIARY,
      entry('a', 0, [temple(5), neck(2)], { note: '=sum, "oops"', qualities: ['aching'] }),
    );
    const lines = diaryToCsv(d).trimEnd().split('\r\n');
    expect(lines[0]).toBe('entry,time,region,side,intensity,qualities,done,note');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe(`a,${d.entries[0]!.at},temple,left,5,aching,,"'=sum, ""oops"""`);
  });
});
