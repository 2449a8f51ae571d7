import { describe, expect, it } from 'vitest';
import { atlas } from '../../data/index.ts';
import { createAtlasIndex } from '../../src/domain/atlasIndex.ts';
import { paintOf } from '../../src/domain/display.ts';
import { patternAreas, rankMuscles } from '../../src/domain/ranking.ts';
import {
  regionStudy,
  regionStudyDisplay,
  regionStudyOrder,
  regionsByGroup,
} from '../../src/domain/regionStudy.ts';
import { REGION_IDS, SIDES, sameArea, type BodyArea } from '../../src/domain/regions.ts';

const index = createAtlasIndex(atlas);
const leftTemple: BodyArea = { region: 'temple', side: 'left' };

/** Does one of the muscle's points, on a side, reach the area in the zones of `kind`? */
function reaches(muscleId: string, area: BodyArea, kind: 'essential' | 'spillover'): boolean {
  return index
    .muscle(muscleId)!
    .triggerPoints.some((tp) =>
      SIDES.some((side) => patternAreas(tp.referral[kind], side).some((a) => sameArea(a, area))),
    );
}

describe("a region's page", () => {
  it('lists the left temple’s muscles in the ranking’s order, upper trapezius first', () => {
    const study = regionStudy(atlas, leftTemple);
    expect(study.essential[0]!.muscleId).toBe('upper-trapezius');
    expect(regionStudyOrder(study).map((m) => m.muscleId)).toEqual(
      rankMuscles(atlas, [leftTemple]).map((m) => m.muscleId),
    );
  });

  it.each(REGION_IDS.flatMap((region) => SIDES.map((side) => ({ region, side }))))(
    '$side $region: every muscle that refers there, essential ones apart from spillover',
    (area) => {
      const study = regionStudy(atlas, area);
      for (const m of study.essential) expect(reaches(m.muscleId, area, 'essential')).toBe(true);
      for (const m of study.spillover) {
        expect(reaches(m.muscleId, area, 'essential')).toBe(false);
        expect(reaches(m.muscleId, area, 'spillover')).toBe(true);
      }
      const listed = new Set(regionStudyOrder(study).map((m) => m.muscleId));
      expect(listed.size).toBe(study.essential.length + study.spillover.length);
      const referring = atlas.muscles.filter(
        (m) => reaches(m.id, area, 'essential') || reaches(m.id, area, 'spillover'),
      );
      expect([...listed].sort()).toEqual(referring.map((m) => m.id).sort());
    },
  );

  it('shows the area on the body and an X at each trigger point that refers there, numbered as listed', () => {
    const study = regionStudy(atlas, leftTemple);
    const display = regionStudyDisplay(study, index);
    expect(paintOf(display, leftTemple)?.pain).toBe(1);
    const order = regionStudyOrder(study);
    const points = order.flatMap((m) => m.triggerPoints);
    expect(display.markers).toHaveLength(points.length);
    const first = display.markers.find((m) => m.triggerPointId === points[0]!.triggerPointId)!;
    expect(first).toMatchObject({ label: '1', side: points[0]!.side });
    expect(first.muted).toBeUndefined();
    const sometimes = study.spillover[0]!.triggerPoints[0]!;
    expect(
      display.markers.find((m) => m.triggerPointId === sometimes.triggerPointId),
    ).toMatchObject({
      label: String(study.essential.length + 1),
      muted: true,
    });
    expect(regionStudyDisplay(null, index).markers).toEqual([]);
  });

  it('lists every region once, under its group', () => {
    const listed = regionsByGroup().flatMap((g) => g.regions);
    expect([...listed].sort()).toEqual([...REGION_IDS].sort());
    for (const { group, regions } of regionsByGroup())
      for (const r of regions) expect(index.region(r).group).toBe(group);
  });
});
