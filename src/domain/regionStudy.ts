/**
 * A region's page for students: every muscle whose trigger points may send pain to one area,
 * split into those whose main (essential) zone covers it and those whose pain only sometimes
 * spreads there (spillover), each in the explorer's ranking order for that single area. Pure: the
 * page derives it, and what the body shows, from the area and the atlas.
 */
import type { Atlas } from './atlas.ts';
import type { AtlasIndex } from './atlasIndex.ts';
import { DisplayBuilder, PATTERN_COLOURS, type BodyDisplay } from './display.ts';
import { rankMuscles, type RankedMuscle } from './ranking.ts';
import {
  REGION_GROUPS,
  REGIONS,
  type BodyArea,
  type RegionGroup,
  type RegionId,
} from './regions.ts';

export interface RegionStudy {
  area: BodyArea;
  /** Muscles with a trigger point whose main zone covers the area, most likely first. */
  essential: readonly RankedMuscle[];
  /** Muscles whose pain only spreads there sometimes, most likely first. */
  spillover: readonly RankedMuscle[];
}

export function regionStudy(
  atlas: Pick<Atlas, 'muscles' | 'painGuides'>,
  area: BodyArea,
): RegionStudy {
  const ranked = rankMuscles(atlas, [area]);
  return {
    area,
    essential: ranked.filter((m) => m.strength === 'essential'),
    spillover: ranked.filter((m) => m.strength === 'spillover'),
  };
}

/** The muscles of a region's page in the order listed (essential, then spillover), numbered from 1. */
export function regionStudyOrder(study: RegionStudy): readonly RankedMuscle[] {
  return [...study.essential, ...study.spillover];
}

/**
 * What the body shows on a region's page: the area itself (as if it hurt), and an X at every
 * trigger point that refers there, numbered as in the list, in the muscle's colour; the points
 * whose pain only sometimes spreads there drawn pale.
 */
export function regionStudyDisplay(study: RegionStudy | null, index: AtlasIndex): BodyDisplay {
  const display = new DisplayBuilder();
  if (!study) return display.build();
  display.paint(study.area, { pain: 1 });
  regionStudyOrder(study).forEach((muscle, position) => {
    for (const tp of muscle.triggerPoints) {
      const entry = index.triggerPoint(tp.triggerPointId);
      if (!entry) continue;
      display.marker({
        triggerPointId: tp.triggerPointId,
        side: tp.side,
        placement: entry.triggerPoint.placement,
        label: String(position + 1),
        pattern: position % PATTERN_COLOURS,
        ...(tp.strength === 'essential' ? {} : { muted: true }),
      });
    }
  });
  return display.build();
}

/** The regions by group (in the vocabulary's order), for the atlas's list of areas. */
export function regionsByGroup(): readonly { group: RegionGroup; regions: readonly RegionId[] }[] {
  return REGION_GROUPS.map((group) => ({
    group,
    regions: REGIONS.filter((r) => r.group === group).map((r) => r.id),
  }));
}
