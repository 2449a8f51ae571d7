/**
 * The atlas, indexed once: ids to muscles, trigger points and regions, and the reverse referral
 * index (which trigger points refer to an area). Everything that looks something up goes through
 * an index, so nothing scans the whole atlas to find one record, and a mode (a language, a quiz)
 * can hand the app another index.
 */
import type {
  Atlas,
  MuscleFacts,
  OtherCauseFacts,
  PainGuide,
  RedFlagFacts,
  Source,
  TriggerPointFacts,
} from './atlas.ts';
import type { RegionFacts, RegionId } from './regions.ts';

export interface TriggerPointEntry {
  muscle: MuscleFacts;
  triggerPoint: TriggerPointFacts;
}

/** A trigger point whose pattern reaches a region, and how. */
export interface ReferralEntry extends TriggerPointEntry {
  kind: 'essential' | 'spillover';
}

export interface AtlasIndex {
  readonly atlas: Atlas;
  muscle(id: string): MuscleFacts | undefined;
  triggerPoint(id: string): TriggerPointEntry | undefined;
  region(id: RegionId): RegionFacts;
  source(id: string): Source | undefined;
  redFlag(id: string): RedFlagFacts | undefined;
  /**
   * The trigger points whose pattern reaches a region (either side of the region, since a zone
   * may be on the same, the other or both sides), essential first, in atlas order.
   */
  referringTo(region: RegionId): readonly ReferralEntry[];
  /** Every trigger point of the atlas, with its muscle, in atlas order. */
  readonly triggerPoints: readonly TriggerPointEntry[];
  /** The pain guides that cover a region. */
  guidesFor(region: RegionId): readonly PainGuide[];
  otherCause(id: string): OtherCauseFacts | undefined;
  /** The muscle a trigger point belongs to. */
  muscleOfTriggerPoint(tpId: string): string | undefined;
}

export function createAtlasIndex(atlas: Atlas): AtlasIndex {
  const muscles = new Map(atlas.muscles.map((m) => [m.id, m]));
  const regions = new Map(atlas.regions.map((r) => [r.id, r]));
  const sources = new Map(atlas.sources.map((s) => [s.id, s]));
  const flags = new Map(atlas.redFlags.map((f) => [f.id, f]));
  const causes = new Map(atlas.otherCauses.map((c) => [c.id, c]));
  const triggerPoints: TriggerPointEntry[] = [];
  const byTp = new Map<string, TriggerPointEntry>();
  const referring = new Map<RegionId, ReferralEntry[]>();
  for (const muscle of atlas.muscles) {
    for (const triggerPoint of muscle.triggerPoints) {
      const entry = { muscle, triggerPoint };
      triggerPoints.push(entry);
      byTp.set(triggerPoint.id, entry);
    }
  }
  for (const kind of ['essential', 'spillover'] as const) {
    for (const { muscle, triggerPoint } of triggerPoints) {
      for (const zone of triggerPoint.referral[kind]) {
        const list = referring.get(zone.region) ?? [];
        if (!list.some((e) => e.triggerPoint.id === triggerPoint.id))
          list.push({ muscle, triggerPoint, kind });
        referring.set(zone.region, list);
      }
    }
  }
  const guides = new Map<RegionId, PainGuide[]>();
  for (const guide of atlas.painGuides) {
    for (const region of guide.regions) guides.set(region, [...(guides.get(region) ?? []), guide]);
  }
  return {
    atlas,
    muscle: (id) => muscles.get(id),
    triggerPoint: (id) => byTp.get(id),
    region: (id) => {
      const region = regions.get(id);
      if (!region) throw new Error(`Unknown region id: ${id}`);
      return region;
    },
    source: (id) => sources.get(id),
    redFlag: (id) => flags.get(id),
    referringTo: (region) => referring.get(region) ?? [],
    triggerPoints,
    guidesFor: (region) => guides.get(region) ?? [],
    otherCause: (id) => causes.get(id),
    muscleOfTriggerPoint: (tpId) => byTp.get(tpId)?.muscle.id,
  };
}
