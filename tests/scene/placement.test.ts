import { beforeAll, describe, expect, it } from 'vitest';
import { atlas } from '../../data/index.ts';
import { SIDES } from '../../src/domain/regions.ts';
import type { BodyMesh } from '../../src/scene/bodyMesh.ts';
import { loadBodyMesh } from '../../scripts/model/loadBody.ts';
import { checkPlacements } from '../../scripts/model/placements.ts';

let body: BodyMesh;
beforeAll(async () => {
  body = await loadBodyMesh();
});

const cases = atlas.muscles.flatMap((muscle) =>
  muscle.triggerPoints.flatMap((tp) => SIDES.map((side) => ({ id: tp.id, muscle, side }))),
);

describe('trigger point placement on the body', () => {
  it.each(cases)('$id on the $side lands on the skin in its region', ({ id, muscle, side }) => {
    const [result] = checkPlacements(body, [muscle], undefined, [side]).filter((r) => r.id === id);
    expect(result?.problem).toBeUndefined();
    expect(result?.ok).toBe(true);
  });
});
