/**
 * What the body shows, as plain data: which areas to paint and how, which trigger points to mark,
 * which muscles to outline. Every mode derives one from its own state (the explorer from the
 * selection, a therapist's session from its findings, a quiz from its question, a diary from its
 * entries) with a pure function, and the body paints whatever it is given.
 */
import { patternAreas } from './ranking.ts';
import { areaKey, sameArea, type BodyArea, type Side } from './regions.ts';
import type { Placement, TriggerPoint } from './atlas.ts';

export type Referral = 'essential' | 'spillover';

/** Quiz feedback on an area: picked and right, picked and wrong, or right but not picked. */
export type AreaMark = 'correct' | 'wrong' | 'missed';

/** How many patterns can be told apart by colour at once (the markers carry numbers too). */
export const PATTERN_COLOURS = 6;

/** One area half and what to paint on it. */
export interface PaintedArea {
  area: BodyArea;
  /** Part of a referral pattern: solid (essential) or stippled (spillover), as in the manuals. */
  referral?: Referral;
  /** Which pattern's colour, 0 to PATTERN_COLOURS - 1; 0 is the manuals' red. */
  pattern?: number;
  /** Where it hurts: 1 for a selected area, between 0 and 1 for a diary's heat. */
  pain?: number;
  mark?: AreaMark;
  hovered?: boolean;
}

/** An X where a trigger point lies, optionally numbered, in its pattern's colour. */
export interface DisplayMarker {
  triggerPointId: string;
  side: Side;
  /** Where it lies (from the atlas), so the body needs no lookups of its own. */
  placement: Placement;
  /** A short label drawn beside the X ("1", "2"...). */
  label?: string;
  pattern?: number;
  /** A marker shown for context, drawn smaller and paler. */
  muted?: boolean;
}

/** A muscle to outline on one side (drawn where it lies on the surface). */
export interface DisplayOutline {
  muscleId: string;
  side: Side;
}

export interface BodyDisplay {
  /** Each area at most once. */
  areas: readonly PaintedArea[];
  markers: readonly DisplayMarker[];
  outlines: readonly DisplayOutline[];
}

export const EMPTY_DISPLAY: BodyDisplay = { areas: [], markers: [], outlines: [] };

/**
 * Builds a display area by area: later paint on the same area merges into what is there, and a
 * pattern never overwrites an earlier, stronger one (essential beats spillover; the first
 * pattern to claim an area keeps its colour).
 */
export class DisplayBuilder {
  private readonly byKey = new Map<string, PaintedArea>();
  private readonly markers: DisplayMarker[] = [];
  private readonly outlines: DisplayOutline[] = [];

  paint(area: BodyArea, paint: Omit<PaintedArea, 'area'>): this {
    const key = areaKey(area);
    const current = this.byKey.get(key) ?? { area };
    const next: PaintedArea = { ...current };
    const stronger =
      !current.referral || (current.referral === 'spillover' && paint.referral === 'essential');
    if (paint.referral && stronger) {
      next.referral = paint.referral;
      next.pattern = paint.pattern ?? 0;
    }
    if (paint.pain !== undefined) next.pain = Math.max(current.pain ?? 0, clamp01(paint.pain));
    if (paint.mark) next.mark = paint.mark;
    if (paint.hovered) next.hovered = true;
    this.byKey.set(key, next);
    return this;
  }

  /** A trigger point's whole pattern on its side: essential zones solid, spillover stippled. */
  pattern(tp: Pick<TriggerPoint, 'referral'>, side: Side, pattern = 0): this {
    for (const area of patternAreas(tp.referral.essential, side))
      this.paint(area, { referral: 'essential', pattern });
    for (const area of patternAreas(tp.referral.spillover, side))
      this.paint(area, { referral: 'spillover', pattern });
    return this;
  }

  marker(marker: DisplayMarker): this {
    this.markers.push(marker);
    return this;
  }

  outline(outline: DisplayOutline): this {
    if (!this.outlines.some((o) => o.muscleId === outline.muscleId && o.side === outline.side))
      this.outlines.push(outline);
    return this;
  }

  build(): BodyDisplay {
    return {
      areas: [...this.byKey.values()],
      markers: [...this.markers],
      outlines: [...this.outlines],
    };
  }
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}

/** What a display shows, for its colour key and its text description. */
export interface DisplaySummary {
  pain: boolean;
  heat: boolean;
  essential: boolean;
  spillover: boolean;
  marks: readonly AreaMark[];
  markers: number;
  outlines: number;
  /** The pattern colours in use, in order. */
  patterns: readonly number[];
}

export function summarise(display: BodyDisplay): DisplaySummary {
  const marks = new Set<AreaMark>();
  const patterns = new Set<number>();
  let pain = false;
  let heat = false;
  let essential = false;
  let spillover = false;
  for (const a of display.areas) {
    if (a.pain === 1) pain = true;
    else if ((a.pain ?? 0) > 0) heat = true;
    if (a.referral === 'essential') essential = true;
    if (a.referral === 'spillover') spillover = true;
    if (a.referral) patterns.add(a.pattern ?? 0);
    if (a.mark) marks.add(a.mark);
  }
  for (const m of display.markers) patterns.add(m.pattern ?? 0);
  return {
    pain,
    heat,
    essential,
    spillover,
    marks: [...marks],
    markers: display.markers.length,
    outlines: display.outlines.length,
    patterns: [...patterns].sort((a, b) => a - b),
  };
}

/** The paint of one area in a display, if it has any. */
export function paintOf(display: BodyDisplay, area: BodyArea): PaintedArea | undefined {
  return display.areas.find((a) => sameArea(a.area, area));
}
