import type { Atlas, MuscleFacts as Muscle, PainGuide, ReferralZone, SourceRef } from './atlas.ts';
import {
  SIDES,
  areaKey,
  oppositeSide,
  sameArea,
  type BodyArea,
  type RegionId,
  type Side,
} from './regions.ts';

export type MatchKind = 'essential' | 'spillover';

/** How one selected area is explained by a trigger point. */
export interface AreaMatch {
  area: BodyArea;
  kind: MatchKind;
}

/** One trigger point of a ranked muscle, on one side, and the selected areas it explains. */
export interface RankedTriggerPoint {
  muscleId: string;
  triggerPointId: string;
  /** The side of the body the trigger point is on (the person's own). */
  side: Side;
  /** The selected areas this trigger point explains, in selection order. */
  matches: readonly AreaMatch[];
  /** 'essential' when at least one selected area is in its essential zone. */
  strength: MatchKind;
}

/** Where a pain guide of the manuals places the muscle, for the reason shown to the user. */
export interface GuidePlace {
  region: RegionId;
  /** 1 for the muscle the guide lists first. */
  position: number;
  of: number;
  source: SourceRef;
}

/** Why a muscle ranks where it does, in numbers the interface turns into words. */
export interface RankReason {
  /** Selected areas the muscle's pattern reaches (essential or spillover). */
  explained: number;
  /** Of those, the areas in a main (essential) zone. */
  essential: number;
  /** Selected areas in all. */
  total: number;
  /** Trigger points of the muscle that take part. */
  points: number;
  /** The manuals' pain guide that lists the muscle highest for one of the selected areas. */
  guide?: GuidePlace;
}

/** One muscle, on the side (or both sides) that best explains the selection. */
export interface RankedMuscle {
  muscleId: string;
  /** Log-likelihood of the selection if this muscle were the cause (higher is likelier). */
  score: number;
  /** One side, or both when the pain is on both sides or either side fits equally well. */
  sides: readonly Side[];
  /** For each selected area the muscle explains, how (its best point there), in selection order. */
  matches: readonly AreaMatch[];
  /** The muscle's points that explain part of the selection, on the chosen sides, best first. */
  triggerPoints: readonly RankedTriggerPoint[];
  /** 'essential' when every selected area is explained and one of them by a main zone. */
  strength: MatchKind;
  reason: RankReason;
}

/**
 * The chance that the muscle's pattern reaches a selected area: its main (essential) zone, the
 * zone pain sometimes spreads to (spillover), or neither. "Neither" is small but not zero,
 * because patterns vary between people and the manuals draw the common ones.
 */
export const LIKELIHOOD = { essential: 0.8, spillover: 0.3, none: 0.02 } as const;
/**
 * How much being listed first in the manuals' pain guide for an area multiplies a muscle's
 * likelihood there (listed last: just over 1; not listed: 1). Its log (0.69) is below the step
 * from spillover to essential (log 0.8/0.3 = 0.98), so how common a cause is orders muscles
 * that fit equally well but never lifts a spillover fit above a main-zone one.
 */
export const GUIDE_PRIOR_RANGE = 2;
/** Pain on both sides needs the muscle on both: a cost, so one side wins when it suffices. */
export const BOTH_SIDES_COST = Math.log(2);

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

/** For each region and muscle, the best place a guide gives the muscle there. */
type GuidePlaces = Map<RegionId, Map<string, GuidePlace>>;

function guidePlaces(guides: readonly PainGuide[]): GuidePlaces {
  const places: GuidePlaces = new Map();
  for (const guide of guides) {
    guide.muscles.forEach((muscleId, i) => {
      const place: GuidePlace = {
        region: guide.regions[0]!,
        position: i + 1,
        of: guide.muscles.length,
        source: guide.source,
      };
      for (const region of guide.regions) {
        const byMuscle = places.get(region) ?? new Map<string, GuidePlace>();
        const known = byMuscle.get(muscleId);
        if (!known || guideWeight(place) > guideWeight(known)) {
          byMuscle.set(muscleId, { ...place, region });
        }
        places.set(region, byMuscle);
      }
    });
  }
  return places;
}

/** The prior weight of a guide place: 2 for first, falling evenly to just over 1 for last. */
function guideWeight(place: GuidePlace | undefined): number {
  if (!place) return 1;
  return 1 + ((GUIDE_PRIOR_RANGE - 1) * (place.of - place.position + 1)) / place.of;
}

const placesCache = new WeakMap<readonly PainGuide[], GuidePlaces>();

/** A muscle's points on each side, with how each reaches every area it reaches: built once. */
interface CompiledMuscle {
  points: { tp: Muscle['triggerPoints'][number]; side: Side; reach: Map<string, MatchKind> }[];
  /** Every area any point on either side reaches. */
  reach: Set<string>;
}

const compiledCache = new WeakMap<Muscle, CompiledMuscle>();

function compile(muscle: Muscle): CompiledMuscle {
  let compiled = compiledCache.get(muscle);
  if (compiled) return compiled;
  const points: CompiledMuscle['points'] = [];
  const reach = new Set<string>();
  for (const side of SIDES) {
    for (const tp of muscle.triggerPoints) {
      const kinds = new Map<string, MatchKind>();
      for (const kind of ['spillover', 'essential'] as const) {
        for (const zone of tp.referral[kind]) {
          for (const area of zoneAreas(zone, side)) {
            kinds.set(areaKey(area), kind);
            reach.add(areaKey(area));
          }
        }
      }
      points.push({ tp, side, reach: kinds });
    }
  }
  compiled = { points, reach };
  compiledCache.set(muscle, compiled);
  return compiled;
}

const better = (a: MatchKind | undefined, b: MatchKind | undefined) =>
  a === 'essential' || b === undefined ? a : a === undefined ? b : b === 'essential' ? b : a;

function dedupe(selection: readonly BodyArea[]): BodyArea[] {
  const out: BodyArea[] = [];
  for (const area of selection) if (!out.some((a) => sameArea(a, area))) out.push(area);
  return out;
}

const SIDE_OPTIONS: readonly (readonly Side[])[] = [['left'], ['right'], SIDES];

function rankMuscle(
  muscle: Muscle,
  areas: readonly BodyArea[],
  keys: readonly string[],
  places: GuidePlaces,
): RankedMuscle | undefined {
  const compiled = compile(muscle);
  if (!keys.some((key) => compiled.reach.has(key))) return undefined;
  // Every point on each side: which selected areas it reaches, and how.
  const points = compiled.points.map(({ tp, side, reach }) => ({
    tp,
    side,
    kinds: keys.map((key) => reach.get(key)),
  }));

  // The prior: how high the manuals' guides list the muscle for the selected areas.
  let prior = 0;
  let guide: GuidePlace | undefined;
  for (const area of areas) {
    const place = places.get(area.region)?.get(muscle.id);
    prior += Math.log(guideWeight(place)) / areas.length;
    if (place && (!guide || guideWeight(place) > guideWeight(guide))) guide = place;
  }

  let best: { sides: readonly Side[]; score: number; kinds: (MatchKind | undefined)[] } | undefined;
  for (const sides of SIDE_OPTIONS) {
    const kinds = keys.map((_, i) => {
      let kind: MatchKind | undefined;
      for (const p of points) if (sides.includes(p.side)) kind = better(kind, p.kinds[i]);
      return kind;
    });
    const score =
      prior +
      kinds.reduce((sum, k) => sum + Math.log(LIKELIHOOD[k ?? 'none']), 0) -
      (sides.length > 1 ? BOTH_SIDES_COST : 0);
    // Within rounding, one side and the other fit equally: show both rather than pick one.
    if (!best || score > best.score + 1e-9) best = { sides, score, kinds };
    else if (Math.abs(score - best.score) <= 1e-9 && best.sides.length === 1) {
      best = { sides: SIDES, score, kinds };
    }
  }
  const chosen = best!;
  const matches: AreaMatch[] = [];
  chosen.kinds.forEach((kind, i) => {
    if (kind) matches.push({ area: areas[i]!, kind });
  });
  const triggerPoints = points
    .filter((p) => chosen.sides.includes(p.side) && p.kinds.some(Boolean))
    .map((p) => {
      const pointMatches: AreaMatch[] = [];
      p.kinds.forEach((kind, i) => {
        if (kind) pointMatches.push({ area: areas[i]!, kind });
      });
      return {
        muscleId: muscle.id,
        triggerPointId: p.tp.id,
        side: p.side,
        matches: pointMatches,
        strength: pointMatches.some((m) => m.kind === 'essential') ? 'essential' : 'spillover',
      } satisfies RankedTriggerPoint;
    })
    .sort(
      (a, b) =>
        weight(b.matches) - weight(a.matches) ||
        muscle.triggerPoints.findIndex((tp) => tp.id === a.triggerPointId) -
          muscle.triggerPoints.findIndex((tp) => tp.id === b.triggerPointId) ||
        compare(a.side, b.side),
    );
  const essential = matches.filter((m) => m.kind === 'essential').length;
  return {
    muscleId: muscle.id,
    score: Math.round(chosen.score * 1e9) / 1e9,
    sides: chosen.sides,
    matches,
    triggerPoints,
    strength: matches.length === areas.length && essential > 0 ? 'essential' : 'spillover',
    reason: {
      explained: matches.length,
      essential,
      total: areas.length,
      points: new Set(triggerPoints.map((p) => p.triggerPointId)).size,
      ...(guide && { guide }),
    },
  };
}

/** How much of the selection a point explains: main zones count more than spillover. */
function weight(matches: readonly AreaMatch[]): number {
  return matches.reduce((sum, m) => sum + (m.kind === 'essential' ? 1 : 0.4), 0);
}

/**
 * The muscles that may refer pain to the selected areas, most likely first.
 *
 * The model in one paragraph: suppose one muscle's trigger points caused all the selected pain.
 * For each area, its best point makes that likely (0.8 when the area is in a main zone, 0.3
 * when pain sometimes spreads there, 0.02 when no point reaches it); the score is the log of the
 * product, so an area left unexplained costs far more than a spillover match gains. The muscle
 * is tried on the left, on the right and on both sides (both costs log 2, so one side wins when
 * it is enough). How often the manuals' pain guides name the muscle for those areas is the
 * prior, multiplying by up to 2. Muscles that explain every area come first; then the rest, each
 * group by score; ties by how many of its points take part, then by id, so the order is
 * deterministic.
 */
export function rankMuscles(
  atlas: Pick<Atlas, 'muscles'> & Partial<Pick<Atlas, 'painGuides'>>,
  selection: readonly BodyArea[],
): RankedMuscle[] {
  const areas = dedupe(selection);
  if (areas.length === 0) return [];
  const painGuides = atlas.painGuides ?? [];
  let places = placesCache.get(painGuides);
  if (!places) {
    places = guidePlaces(painGuides);
    placesCache.set(painGuides, places);
  }
  const keys = areas.map(areaKey);
  const ranked: RankedMuscle[] = [];
  for (const muscle of atlas.muscles) {
    const result = rankMuscle(muscle, areas, keys, places);
    if (result) ranked.push(result);
  }
  return ranked.sort(
    (a, b) =>
      b.reason.explained - a.reason.explained ||
      b.score - a.score ||
      b.reason.points - a.reason.points ||
      compare(a.muscleId, b.muscleId),
  );
}

/** The ranked muscles' trigger points, in ranking order (a muscle's best point first). */
export function rankTriggerPoints(
  atlas: Pick<Atlas, 'muscles'> & Partial<Pick<Atlas, 'painGuides'>>,
  selection: readonly BodyArea[],
): RankedTriggerPoint[] {
  return rankMuscles(atlas, selection).flatMap((m) => m.triggerPoints);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
