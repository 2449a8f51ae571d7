import type { Atlas, Muscle, ReferralZone, TriggerPoint } from './atlas.ts';
import { SIDES, oppositeSide, sameArea, type BodyArea, type Side } from './regions.ts';

export type MatchKind = 'essential' | 'spillover';

/** How one selected area is explained by a trigger point. */
export interface AreaMatch {
  area: BodyArea;
  kind: MatchKind;
}

/** A trigger point on one side of the body, scored against the selection. */
export interface RankedTriggerPoint {
  muscleId: string;
  triggerPointId: string;
  /** The side of the body the trigger point is on (the person's own). */
  side: Side;
  score: number;
  /** The selected areas this trigger point explains, in selection order. */
  matches: readonly AreaMatch[];
  /** 'essential' when at least one selected area is in its essential zone. */
  strength: MatchKind;
}

/** Weight of an area explained by an essential zone vs a spillover zone. */
export const ESSENTIAL_WEIGHT = 1;
export const SPILLOVER_WEIGHT = 0.4;
/**
 * Weight of how much of the trigger point's own essential pattern the selection covers. Small,
 * so it only orders points that explain the same areas: a point whose main pattern matches the
 * pain closely comes before one whose main pain is mostly elsewhere.
 */
const FIT_WEIGHT = 0.1;

/** The concrete areas a zone covers for a trigger point on `side`. */
export function zoneAreas(zone: ReferralZone, side: Side): BodyArea[] {
  switch (zone.side ?? 'same') {
    case 'same':
      return [{ region: zone.region, side }];
    case 'opposite':
      return [{ region: zone.region, side: oppositeSide(side) }];
    case 'both':
      return SIDES.map((s) => ({ region: zone.region, side: s }));
  }
}

function covers(zones: readonly ReferralZone[], side: Side, area: BodyArea): boolean {
  return zones.some((zone) => zoneAreas(zone, side).some((a) => sameArea(a, area)));
}

/** Every area of a pattern, without duplicates. */
export function patternAreas(zones: readonly ReferralZone[], side: Side): BodyArea[] {
  const out: BodyArea[] = [];
  for (const zone of zones) {
    for (const area of zoneAreas(zone, side)) {
      if (!out.some((a) => sameArea(a, area))) out.push(area);
    }
  }
  return out;
}

function scoreTriggerPoint(
  muscle: Muscle,
  tp: TriggerPoint,
  side: Side,
  selection: readonly BodyArea[],
): RankedTriggerPoint | undefined {
  const matches: AreaMatch[] = [];
  let explained = 0;
  for (const area of selection) {
    if (covers(tp.referral.essential, side, area)) {
      matches.push({ area, kind: 'essential' });
      explained += ESSENTIAL_WEIGHT;
    } else if (covers(tp.referral.spillover, side, area)) {
      matches.push({ area, kind: 'spillover' });
      explained += SPILLOVER_WEIGHT;
    }
  }
  if (matches.length === 0) return undefined;
  const essentialAreas = patternAreas(tp.referral.essential, side);
  const essentialHits = essentialAreas.filter((a) => selection.some((s) => sameArea(s, a))).length;
  const fit = essentialAreas.length > 0 ? essentialHits / essentialAreas.length : 0;
  const score = Math.round((explained + FIT_WEIGHT * fit) * 1e6) / 1e6;
  return {
    muscleId: muscle.id,
    triggerPointId: tp.id,
    side,
    score,
    matches,
    strength: matches.some((m) => m.kind === 'essential') ? 'essential' : 'spillover',
  };
}

function dedupe(selection: readonly BodyArea[]): BodyArea[] {
  const out: BodyArea[] = [];
  for (const area of selection) if (!out.some((a) => sameArea(a, area))) out.push(area);
  return out;
}

/**
 * The trigger points that may refer pain to the selected areas, most likely first.
 *
 * Each trigger point is considered on both sides of the body. Its score is the sum, over the
 * selected areas it explains, of 1 for an essential zone and 0.4 for a spillover zone, so a
 * point that explains more of the selection ranks higher; a small term for how much of its own
 * essential pattern the selection covers orders points that explain the same areas. Ties break
 * on muscle id, trigger point id and side, so the order is deterministic.
 */
export function rankTriggerPoints(
  atlas: Pick<Atlas, 'muscles'>,
  selection: readonly BodyArea[],
): RankedTriggerPoint[] {
  const areas = dedupe(selection);
  if (areas.length === 0) return [];
  const ranked: RankedTriggerPoint[] = [];
  for (const muscle of atlas.muscles) {
    for (const tp of muscle.triggerPoints) {
      for (const side of SIDES) {
        const result = scoreTriggerPoint(muscle, tp, side, areas);
        if (result) ranked.push(result);
      }
    }
  }
  return ranked.sort(
    (a, b) =>
      b.score - a.score ||
      compare(a.muscleId, b.muscleId) ||
      compare(a.triggerPointId, b.triggerPointId) ||
      compare(a.side, b.side),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** One muscle on one side, with its best-ranked trigger point first. */
export interface RankedMuscle {
  muscleId: string;
  side: Side;
  /** The muscle's trigger points on that side that explain the selection, best first. */
  triggerPoints: readonly RankedTriggerPoint[];
}

/**
 * Groups a ranking by muscle and side, keeping the ranking's order (a muscle takes the place of
 * its best trigger point), so one muscle with four points does not crowd out the others.
 */
export function groupByMuscle(ranked: readonly RankedTriggerPoint[]): RankedMuscle[] {
  const groups = new Map<string, { muscleId: string; side: Side; triggerPoints: RankedTriggerPoint[] }>();
  for (const r of ranked) {
    const key = `${r.muscleId}:${r.side}`;
    const group = groups.get(key);
    if (group) group.triggerPoints.push(r);
    else groups.set(key, { muscleId: r.muscleId, side: r.side, triggerPoints: [r] });
  }
  return [...groups.values()];
}
