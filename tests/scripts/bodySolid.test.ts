import { describe, expect, it } from 'vitest';
import { DEFAULT_BODY, FEMALE_BODY, buildBodySolid } from '../../scripts/model/body.ts';

/**
 * The solid skips an op outside its reach box, for speed. That must never change the field: a
 * jump where a box ends shows as a seam line across the skin (one op's box cut off the blends of
 * the ops after it, and left millimetre steps at the base of the neck and across the thighs).
 * Half a millimetre is allowed: the distance bound of a flattened ellipsoid is loose, so it can
 * still touch a blend a little beyond its box, which is well under the position grid's step.
 */
describe.each([
  ['default', DEFAULT_BODY],
  ['female', FEMALE_BODY],
])('the %s body solid', (_, params) => {
  it('is continuous across the edge of every op’s reach', () => {
    const solid = buildBodySolid(params);
    const step = 1e-5;
    const seams: string[] = [];
    solid.reach.forEach((box, i) => {
      for (let axis = 0; axis < 3; axis++) {
        for (const bound of [box.min[axis] as number, box.max[axis] as number]) {
          const [u, v] = [0, 1, 2].filter((a) => a !== axis) as [number, number];
          for (let a = 1; a < 8; a++)
            for (let b = 1; b < 8; b++) {
              const p = [0, 0, 0];
              p[axis] = bound;
              p[u] =
                (box.min[u] as number) +
                (((box.max[u] as number) - (box.min[u] as number)) * a) / 8;
              p[v] =
                (box.min[v] as number) +
                (((box.max[v] as number) - (box.min[v] as number)) * b) / 8;
              // Only where the skin is: far inside or outside, the field is never meshed.
              const centre = solid.dist(p[0] as number, p[1] as number, p[2] as number);
              if (Math.abs(centre) > 0.01) continue;
              const lo = [...p];
              const hi = [...p];
              lo[axis] = bound - step;
              hi[axis] = bound + step;
              const jump = Math.abs(
                solid.dist(lo[0] as number, lo[1] as number, lo[2] as number) -
                  solid.dist(hi[0] as number, hi[1] as number, hi[2] as number),
              );
              if (jump > 5e-4)
                seams.push(
                  `op ${i}, axis ${axis} at ${bound.toFixed(3)}: ${jump.toExponential(1)}`,
                );
            }
        }
      }
    });
    expect(seams.slice(0, 5)).toEqual([]);
  });
});
