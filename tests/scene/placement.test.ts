import type * as THREE from 'three';
import { beforeAll, describe, expect, it } from 'vitest';
import { atlas } from '../../data/index.ts';
import { resolvePlacement } from '../../src/domain/anatomy/placement.ts';
import { areaFromCode, areaLabel, regionCode, SIDES } from '../../src/domain/regions.ts';
import { projectOntoSurface } from '../../src/scene/surface.ts';
import { loadBodyMesh } from '../../scripts/model/loadBody.ts';
import { MAX_PLACEMENT_DISTANCE } from '../../scripts/model/placementRules.ts';

let mesh: THREE.Mesh;
beforeAll(async () => {
  mesh = await loadBodyMesh();
});

const cases = atlas.muscles.flatMap((muscle) =>
  muscle.triggerPoints.flatMap((tp) => SIDES.map((side) => ({ id: tp.id, tp, side }))),
);

describe('trigger point placement on the body', () => {
  it.each(cases)('$id on the $side lands on the skin in its region', ({ tp, side }) => {
    const placement = resolvePlacement(tp.placement, side);
    const hit = projectOntoSurface(mesh, placement.point, placement.pressDirection);
    expect(hit, 'the placement reaches the skin').toBeDefined();
    const distance = hit!.point.distanceTo({
      x: placement.point[0],
      y: placement.point[1],
      z: placement.point[2],
    } as THREE.Vector3);
    expect(distance).toBeLessThanOrEqual(MAX_PLACEMENT_DISTANCE);
    const found = areaFromCode(hit!.code);
    const wanted = { region: tp.region, side };
    expect(found && areaLabel(found)).toBe(areaLabel(wanted));
    expect(hit!.code).toBe(regionCode(wanted));
  });
});
