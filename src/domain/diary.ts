/**
 * The pain diary, as pure data and functions: entries (where it hurt and how much, what it felt
 * like, what was done), and what the history shows (how often and how strongly each area hurt in
 * a period, each area's intensity over time, this week against last week). No storage, no clock:
 * callers pass `now`, so every function is tested without a browser.
 */
import { DisplayBuilder, type BodyDisplay } from './display.ts';
import { areaKey, type BodyArea, type RegionId, type Side } from './regions.ts';

/** Words for what the pain feels like, in the order the form offers them. */
export const QUALITIES = [
  'aching',
  'burning',
  'sharp',
  'stabbing',
  'throbbing',
  'dull',
  'tingling',
  'numb',
  'stiff',
  'tender',
] as const;
export type Quality = (typeof QUALITIES)[number];

export const TECHNIQUES = ['pressure', 'stretch'] as const;
export type Technique = (typeof TECHNIQUES)[number];

/** One area half and how much it hurt, 0 (none) to 10 (worst imaginable). */
export interface AreaIntensity {
  region: RegionId;
  side: Side;
  intensity: number;
}

/** Something done for the pain: pressure on, or a stretch of, a trigger point. */
export interface DoneTechnique {
  technique: Technique;
  /** The atlas's trigger point id, when it was one of the atlas's. */
  triggerPointId?: string;
  side?: Side;
  rounds?: number;
  holdSeconds?: number;
}

export interface DiaryEntry {
  /** Stable id, unique in the diary. */
  id: string;
  /** When the entry is about (ISO 8601, UTC): several a day are allowed. */
  at: string;
  areas: readonly AreaIntensity[];
  qualities: readonly Quality[];
  note: string;
  done: readonly DoneTechnique[];
}

export interface Diary {
  entries: readonly DiaryEntry[];
}

export const EMPTY_DIARY: Diary = { entries: [] };

/** Entries newest first (ties by id, so the order is stable). */
export function sortedEntries(entries: readonly DiaryEntry[]): DiaryEntry[] {
  return [...entries].sort((a, b) =>
    a.at === b.at ? a.id.localeCompare(b.id) : a.at < b.at ? 1 : -1,
  );
}

export function addEntry(diary: Diary, entry: DiaryEntry): Diary {
  if (diary.entries.some((e) => e.id === entry.id)) {
    throw new Error(`Diary entry "${entry.id}" already exists.`);
  }
  return { entries: sortedEntries([...diary.entries, normaliseEntry(entry)]) };
}

export function replaceEntry(diary: Diary, entry: DiaryEntry): Diary {
  if (!diary.entries.some((e) => e.id === entry.id)) {
    throw new Error(`No diary entry "${entry.id}" to change.`);
  }
  return {
    entries: sortedEntries(
      diary.entries.map((e) => (e.id === entry.id ? normaliseEntry(entry) : e)),
    ),
  };
}

export function removeEntry(diary: Diary, id: string): Diary {
  return { entries: diary.entries.filter((e) => e.id !== id) };
}

/**
 * Each area once (the last intensity given wins), intensities whole numbers 0–10, qualities
 * once each in the form's order, the note trimmed.
 */
export function normaliseEntry(entry: DiaryEntry): DiaryEntry {
  const byArea = new Map<string, AreaIntensity>();
  for (const a of entry.areas) {
    byArea.set(areaKey(a), {
      region: a.region,
      side: a.side,
      intensity: clampIntensity(a.intensity),
    });
  }
  return {
    ...entry,
    areas: [...byArea.values()],
    qualities: QUALITIES.filter((q) => entry.qualities.includes(q)),
    note: entry.note.trim(),
  };
}

export function clampIntensity(x: number): number {
  if (!Number.isFinite(x)) return 0;
  return Math.min(10, Math.max(0, Math.round(x)));
}

/** A span of time, `from` inclusive, `to` exclusive (epoch milliseconds). */
export interface Period {
  from: number;
  to: number;
}

const DAY = 24 * 60 * 60 * 1000;

/** The last `days` days up to `now` (a day of 24 hours; the diary does not need calendar days). */
export function lastDays(now: number, days: number): Period {
  return { from: now - days * DAY, to: now + 1 };
}

export function inPeriod(entry: DiaryEntry, period: Period): boolean {
  const t = Date.parse(entry.at);
  return t >= period.from && t < period.to;
}

/** How one area fared over a period. */
export interface AreaSummary {
  area: BodyArea;
  /** How many entries named it. */
  count: number;
  /** Mean intensity over those entries (0–10). */
  mean: number;
  max: number;
  /** Sum of intensities: how often × how strongly, what the body's heat shows. */
  load: number;
}

/** Every area named in the period's entries, the heaviest load first. */
export function summariseAreas(entries: readonly DiaryEntry[], period: Period): AreaSummary[] {
  const byArea = new Map<string, { area: BodyArea; count: number; sum: number; max: number }>();
  for (const entry of entries) {
    if (!inPeriod(entry, period)) continue;
    for (const a of entry.areas) {
      const key = areaKey(a);
      const s = byArea.get(key) ?? {
        area: { region: a.region, side: a.side },
        count: 0,
        sum: 0,
        max: 0,
      };
      s.count += 1;
      s.sum += a.intensity;
      s.max = Math.max(s.max, a.intensity);
      byArea.set(key, s);
    }
  }
  return [...byArea.values()]
    .map((s) => ({ area: s.area, count: s.count, mean: s.sum / s.count, max: s.max, load: s.sum }))
    .sort((a, b) => b.load - a.load || areaKey(a.area).localeCompare(areaKey(b.area)));
}

/**
 * The history's body: each area painted by its share of the heaviest load in the period (an
 * area that hurt often and strongly is hottest). An area named only at intensity 0 is left
 * unpainted: it was checked and did not hurt.
 */
export function diaryDisplay(summaries: readonly AreaSummary[]): BodyDisplay {
  const heaviest = Math.max(0, ...summaries.map((s) => s.load));
  const display = new DisplayBuilder();
  if (heaviest === 0) return display.build();
  for (const s of summaries) {
    // Never 1: full pain is the explorer's "selected" colour; heat stays below it.
    if (s.load > 0) display.paint(s.area, { pain: Math.max(0.15, (s.load / heaviest) * 0.95) });
  }
  return display.build();
}

/** The body a draft entry shows: its areas at their intensity, the hovered one outlined. */
export function draftDisplay(
  areas: readonly AreaIntensity[],
  hovered: BodyArea | null,
): BodyDisplay {
  const display = new DisplayBuilder();
  for (const a of areas) display.paint(a, { pain: 1 });
  if (hovered) display.paint(hovered, { hovered: true });
  return display.build();
}

/** One point of an area's intensity over time. */
export interface SeriesPoint {
  /** Epoch milliseconds. */
  t: number;
  intensity: number;
}

/** A technique done at a time, for marking on the chart. */
export interface TechniqueMark {
  t: number;
  technique: Technique;
  triggerPointId?: string;
}

/** An area's intensity in each entry that named it, oldest first, within the period. */
export function areaSeries(
  entries: readonly DiaryEntry[],
  area: BodyArea,
  period: Period,
): SeriesPoint[] {
  const key = areaKey(area);
  const out: SeriesPoint[] = [];
  for (const entry of entries) {
    if (!inPeriod(entry, period)) continue;
    const found = entry.areas.find((a) => areaKey(a) === key);
    if (found) out.push({ t: Date.parse(entry.at), intensity: found.intensity });
  }
  return out.sort((a, b) => a.t - b.t);
}

/** Every technique done in the period, oldest first. */
export function techniqueMarks(entries: readonly DiaryEntry[], period: Period): TechniqueMark[] {
  const out: TechniqueMark[] = [];
  for (const entry of entries) {
    if (!inPeriod(entry, period)) continue;
    for (const d of entry.done) {
      out.push(
        d.triggerPointId === undefined
          ? { t: Date.parse(entry.at), technique: d.technique }
          : { t: Date.parse(entry.at), technique: d.technique, triggerPointId: d.triggerPointId },
      );
    }
  }
  return out.sort((a, b) => a.t - b.t);
}

/** An area's mean intensity in the last seven days against the seven before. */
export interface WeekComparison {
  area: BodyArea;
  /** Mean intensity this week, or null when the area was not logged this week. */
  thisWeek: number | null;
  lastWeek: number | null;
  /** thisWeek − lastWeek when both are known (negative: it hurt less). */
  change: number | null;
}

export function compareWeeks(entries: readonly DiaryEntry[], now: number): WeekComparison[] {
  const thisWeek = summariseAreas(entries, { from: now - 7 * DAY, to: now + 1 });
  const lastWeek = summariseAreas(entries, { from: now - 14 * DAY, to: now - 7 * DAY });
  const keys = new Map<string, BodyArea>();
  for (const s of [...thisWeek, ...lastWeek]) keys.set(areaKey(s.area), s.area);
  const mean = (list: AreaSummary[], key: string) => {
    const s = list.find((x) => areaKey(x.area) === key);
    return s ? round1(s.mean) : null;
  };
  return [...keys.entries()]
    .map(([key, area]) => {
      const a = mean(thisWeek, key);
      const b = mean(lastWeek, key);
      return {
        area,
        thisWeek: a,
        lastWeek: b,
        change: a !== null && b !== null ? round1(a - b) : null,
      };
    })
    .sort(
      (x, y) =>
        (y.thisWeek ?? -1) - (x.thisWeek ?? -1) || areaKey(x.area).localeCompare(areaKey(y.area)),
    );
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/**
 * The diary as CSV (RFC 4180, comma-separated, CRLF): one row per area of each entry, so a
 * spreadsheet can chart any area; an entry with no area still has one row. Ids, not words,
 * so a file means the same in every language.
 */
export function diaryToCsv(diary: Diary): string {
  const header = ['entry', 'time', 'region', 'side', 'intensity', 'qualities', 'done', 'note'];
  const rows: string[][] = [header];
  for (const e of [...diary.entries].reverse()) {
    const done = e.done
      .map((d) =>
        [
          d.technique,
          d.triggerPointId,
          d.side,
          d.rounds && d.holdSeconds ? `${d.rounds}x${d.holdSeconds}s` : '',
        ]
          .filter(Boolean)
          .join(' '),
      )
      .join('; ');
    const common = [e.qualities.join(' '), done, e.note];
    if (e.areas.length === 0) rows.push([e.id, e.at, '', '', '', ...common]);
    for (const a of e.areas)
      rows.push([e.id, e.at, a.region, a.side, String(a.intensity), ...common]);
  }
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function csvCell(value: string): string {
  // A leading = + - @ would be run as a formula by spreadsheets: quote it with an apostrophe.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
