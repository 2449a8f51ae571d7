import type { Placement } from '../atlas.ts';
import type { Side } from '../regions.ts';
import { REFERENCE_SKELETON, toBuild, type Skeleton } from './build.ts';
import { landmark, type Vec3 } from './landmarks.ts';

/** A placement resolved for one side: a point near the skin and the direction you press in. */
export interface ResolvedPlacement {
  /** The landmark-derived point (metres), before projection onto the skin. */
  point: Vec3;
  /** Unit vector pointing into the body: the direction of pressure. */
  pressDirection: Vec3;
}

const PRESS_DIRECTIONS: Record<Placement['facing'], Vec3> = {
  front: [0, 0, -1],
  back: [0, 0, 1],
  // For the left side, "outside" is +x, so you press toward -x.
  outside: [-1, 0, 0],
  inside: [1, 0, 0],
  top: [0, -1, 0],
  bottom: [0, 1, 0],
};

/**
 * Resolves a trigger point placement (authored for the left side) on the given side of the
 * reference figure, or of another build: the point is found on the reference, whose metres the
 * offsets are written in, and then morphed onto the build.
 */
export function resolvePlacement(
  placement: Placement,
  side: Side,
  skeleton: Skeleton = REFERENCE_SKELETON,
): ResolvedPlacement {
  const a = landmark(placement.from, 'left');
  const b = placement.to ? landmark(placement.to, 'left') : a;
  const t = placement.to ? (placement.t ?? 0.5) : 0;
  const [ox, oy, oz] = placement.offset ?? [0, 0, 0];
  const left = toBuild(skeleton, [
    a[0] + (b[0] - a[0]) * t + ox,
    a[1] + (b[1] - a[1]) * t + oy,
    a[2] + (b[2] - a[2]) * t + oz,
  ]);
  const dir = PRESS_DIRECTIONS[placement.facing];
  const mirror = side === 'right' ? -1 : 1;
  return {
    point: [left[0] * mirror, left[1], left[2]],
    pressDirection: [dir[0] * mirror, dir[1], dir[2]],
  };
}
