import { describe, expect, it } from 'vitest';
import { englishAtlas as atlas } from '../../scripts/i18n/english.ts';
import type { Muscle, PainGuide } from '../../src/domain/atlas.ts';
import type { RegionId } from '../../src/domain/regions.ts';

/** Every region any trigger point of the muscle refers to, essential or spillover. */
function referredRegions(muscle: Muscle): Set<RegionId> {
  return new Set(
    muscle.triggerPoints.flatMap((tp) =>
      [...tp.referral.essential, ...tp.referral.spillover].map((zone) => zone.region),
    ),
  );
}

/**
 * The muscles a guide lists for its area although none of their trigger points refers to any
 * region of that area. A guide's regions together make up one area of the manuals' guide
 * ("cheek and jaw"), so a muscle has to reach at least one of them.
 */
function contradictions(guides: readonly PainGuide[], muscles: readonly Muscle[]): string[] {
  const byId = new Map(muscles.map((m) => [m.id, m]));
  const out: string[] = [];
  for (const guide of guides) {
    for (const muscleId of guide.muscles) {
      const muscle = byId.get(muscleId);
      if (!muscle) {
        out.push(`${guide.title}: ${muscleId} is not in the atlas`);
        continue;
      }
      const reached = referredRegions(muscle);
      if (!guide.regions.some((region) => reached.has(region))) {
        out.push(`${guide.title}: ${muscleId} refers to none of ${guide.regions.join(', ')}`);
      }
    }
  }
  return out;
}

const byId = new Map(atlas.muscles.map((m) => [m.id, m]));
/** Stands in for a missing muscle, so a typo fails the first table instead of throwing here. */
const NO_MUSCLE: Muscle = { ...atlas.muscles[0]!, triggerPoints: [] };
const LISTINGS = atlas.painGuides.flatMap((guide) =>
  guide.muscles.map((muscle) => ({ title: guide.title, regions: guide.regions, muscle })),
);

describe('the pain guides agree with the referral patterns', () => {
  it.each(LISTINGS)(
    '"$title" lists $muscle, and one of its trigger points refers to that area',
    ({ regions, muscle }) => {
      const found = byId.get(muscle);
      expect(found, `${muscle} is not in the atlas`).toBeDefined();
      const reached = referredRegions(found!);
      expect(
        regions.filter((region) => reached.has(region)),
        `${muscle} refers to none of ${regions.join(', ')}`,
      ).not.toEqual([]);
    },
  );

  it.each(atlas.painGuides)(
    'every region of "$title" is reached by at least one muscle it lists',
    (guide) => {
      const reached = new Set(
        guide.muscles.flatMap((id) => [...referredRegions(byId.get(id) ?? NO_MUSCLE)]),
      );
      expect(guide.regions.filter((region) => !reached.has(region))).toEqual([]);
    },
  );

  it('no guide lists a muscle twice', () => {
    for (const guide of atlas.painGuides) {
      expect(new Set(guide.muscles).size, guide.title).toBe(guide.muscles.length);
    }
  });

  it('the check finds a guide that lists a muscle for an area it does not refer to', () => {
    const wrong: PainGuide = {
      title: 'Heel pain (wrong on purpose)',
      regions: ['heel'],
      muscles: ['soleus', 'temporalis', 'no-such-muscle'],
      source: { source: 'travell-simons-1992-v2', chapter: 'test' },
    };
    expect(contradictions([wrong], atlas.muscles)).toEqual([
      'Heel pain (wrong on purpose): temporalis refers to none of heel',
      'Heel pain (wrong on purpose): no-such-muscle is not in the atlas',
    ]);
  });

  it('the whole atlas has no such contradiction', () => {
    expect(contradictions(atlas.painGuides, atlas.muscles)).toEqual([]);
  });
});
