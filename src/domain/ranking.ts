import type {
  Atlas,
  MuscleFacts as Muscle,
  PainGuide,
  ReferralZone,
  TriggerPointFacts as TriggerPoint,
} from './atlas.ts';
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
/**
 * Weight of the literature's pain guides (how often a muscle is the cause of pain in an area):
 * up to 0.25 for the muscle a guide lists first, for each selected area the point explains.
 * Less than the gap between essential and spillover, so frequency orders points within a tier
 * but never lifts a spillover match above an essential one.
 */
export const GUIDE_WEIGHT = 0.25;

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

/** For each region, how high each muscle stands in the pain guides (1 = first, toward 0 = last). */
type GuideRanks = Map<string, Map<string, number>>;

function guideRanks(guides: readonly PainGuide[]): GuideRanks {
  const ranks: GuideRanks = new Map();
  for (const guide of guides) {
    guide.muscles.forEach((muscleId, i) => {
      const rank = 1 - i / guide.muscles.length;
      for (const region of guide.regions) {
        const byMuscle = ranks.get(region) ?? new Map<string, number>();
        byMuscle.set(muscleId, Math.max(rank, byMuscle.get(muscleId) ?? 0));
        ranks.set(region, byMuscle);
      }
    });
  }
  return ranks;
}

const guideCache = new WeakMap<readonly PainGuide[], GuideRanks>();

function scoreTriggerPoint(
  muscle: Muscle,
  tp: TriggerPoint,
  side: Side,
  selection: readonly BodyArea[],
  guides: GuideRanks,
): RankedTriggerPoint | undefined {
  const matches: AreaMatch[] = [];
  let explained = 0;
  for (const area of selection) {
    const kind = covers(tp.referral.essential, side, area)
      ? 'essential'
      : covers(tp.referral.spillover, side, area)
        ? 'spillover'
        : undefined;
    if (!kind) continue;
    matches.push({ area, kind });
    explained += kind === 'essential' ? ESSENTIAL_WEIGHT : SPILLOVER_WEIGHT;
    explained += GUIDE_WEIGHT * (guides.get(area.region)?.get(muscle.id) ?? 0);
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
 * point that explains more of the selection ranks higher. Within that, the literature's pain
 * guides add up to 0.25 an area for the muscles most often responsible, and a small term for how
 * much of the point's own essential pattern the selection covers orders the rest. Ties break on
 * muscle id, trigger point id and side, so the order is deterministic.
 */
export function rankTriggerPoints(
  atlas: Pick<Atlas, 'muscles'> & Partial<Pick<Atlas, 'painGuides'>>,
  selection: readonly BodyArea[],
): RankedTriggerPoint[] {
  const areas = dedupe(selection);
  if (areas.length === 0) return [];
  const painGuides = atlas.painGuides ?? [];
  let guides = guideCache.get(painGuides);
  if (!guides) {
    guides = guideRanks(painGuides);
    guideCache.set(painGuides, guides);
  }
  const ranked: RankedTriggerPoint[] = [];
  for (const muscle of atlas.muscles) {
    for (const tp of muscle.triggerPoints) {
      for (const side of SIDES) {
        const result = scoreTriggerPoint(muscle, tp, side, areas, guides);
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
  const groups = new Map<
    string,
    { muscleId: string; side: Side; triggerPoints: RankedTriggerPoint[] }
  >();
  for (const r of ranked) {
    const key = `${r.muscleId}:${r.side}`;
    const group = groups.get(key);
    if (group) group.triggerPoints.push(r);
    else groups.set(key, { muscleId: r.muscleId, side: r.side, triggerPoints: [r] });
  }
  return [...groups.values()];
}
