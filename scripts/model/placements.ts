import type { MuscleFacts as Muscle } from '../../src/domain/atlas.ts';
import type { Skeleton } from '../../src/domain/anatomy/build.ts';
import { resolvePlacement } from '../../src/domain/anatomy/placement.ts';
import { SIDES, sameArea, type BodyArea, type Side } from '../../src/domain/regions.ts';
import { english } from '../i18n/english.ts';

/** "left temple", in English. */
const areaLabel = (area: BodyArea) =>
  english.fmt('area.inText', {
    side: area.side,
    region: english.fmt(english.atlas.regions[area.region]),
  });
import type { BodyMesh } from '../../src/scene/bodyMesh.ts';
import { MAX_PLACEMENT_DISTANCE } from './placementRules.ts';

/** Where one trigger point lands on a body, on one side, and whether that is where it should. */
export interface PlacementResult {
  id: string;
  side: Side;
  ok: boolean;
  /** "lands in the left temple at 1.2 cm", or why not. */
  problem?: string;
  /** Distance from the landmark-derived point to the skin it projects onto, metres. */
  distance?: number;
  foundLabel?: string;
}

/**
 * Projects every trigger point of `muscles` onto `body` along the way it is pressed, on each of
 * `sides`, and checks that it reaches the skin, close to where the landmarks put it, in the
 * region the data names. The one placement check behind the tests and the authors' script.
 */
export function checkPlacements(
  body: BodyMesh,
  muscles: readonly Muscle[],
  skeleton?: Skeleton,
  sides: readonly Side[] = SIDES,
): PlacementResult[] {
  const results: PlacementResult[] = [];
  for (const muscle of muscles) {
    for (const tp of muscle.triggerPoints) {
      for (const side of sides) {
        const placed = resolvePlacement(tp.placement, side, skeleton);
        const hit = body.project(placed.point, placed.pressDirection);
        if (!hit) {
          results.push({
            id: tp.id,
            side,
            ok: false,
            problem: `no skin along ${tp.placement.facing}`,
          });
          continue;
        }
        const distance = hit.point.distanceTo({
          x: placed.point[0],
          y: placed.point[1],
          z: placed.point[2],
        } as never);
        const wanted = { region: tp.region, side };
        const inRegion = hit.area !== undefined && sameArea(hit.area, wanted);
        const near = distance <= MAX_PLACEMENT_DISTANCE;
        const foundLabel = hit.area ? areaLabel(hit.area).toLowerCase() : 'no region';
        results.push({
          id: tp.id,
          side,
          ok: inRegion && near,
          distance,
          foundLabel,
          problem:
            inRegion && near
              ? undefined
              : `${!inRegion ? `lands in the ${foundLabel}, not the ${areaLabel(wanted).toLowerCase()}` : ''}${!inRegion && !near ? '; ' : ''}${!near ? `${(distance * 100).toFixed(1)} cm from its landmarks` : ''}`,
        });
      }
    }
  }
  return results;
}
