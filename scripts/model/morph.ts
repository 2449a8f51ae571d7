/**
 * A build of the body as a field: the reference solid seen through the build's morph
 * (`src/domain/anatomy/build.ts`). A point of the build is taken back to the reference figure,
 * where the solid is evaluated; the distance is scaled by the stature. The sideways stretch is
 * only a few per cent, so the field stays a good distance estimate near the surface, which is the
 * only place where the mesher and the snapping use it.
 */
import { fromBuild, isReference, type Skeleton } from '../../src/domain/anatomy/build.ts';
import { STATURE } from '../../src/domain/anatomy/landmarks.ts';
import { gradient, type Box, type Field, type Solid, type V3 } from './sdf.ts';

export class MorphedSolid implements Field {
  readonly reach: readonly Box[];
  private readonly inner: Solid;
  private readonly skeleton: Skeleton;
  private readonly scale: number;

  constructor(inner: Solid, skeleton: Skeleton) {
    this.inner = inner;
    this.skeleton = skeleton;
    this.scale = skeleton.stature / STATURE;
    // The stretch lies between the smallest and the largest factor at any height, so scaling
    // each box by those bounds keeps it conservative.
    const lo = Math.min(1, skeleton.shoulderBreadth, skeleton.hipBreadth) * this.scale;
    const hi = Math.max(1, skeleton.shoulderBreadth, skeleton.hipBreadth) * this.scale;
    const s = this.scale;
    this.reach = inner.reach.map(({ min, max }) => ({
      min: [min[0] * (min[0] < 0 ? hi : lo), min[1] * s, min[2] * s],
      max: [max[0] * (max[0] < 0 ? lo : hi), max[1] * s, max[2] * s],
    }));
  }

  dist(x: number, y: number, z: number, active?: readonly number[]): number {
    const [rx, ry, rz] = fromBuild(this.skeleton, [x, y, z]);
    return this.inner.dist(rx, ry, rz, active) * this.scale;
  }

  grad(x: number, y: number, z: number): V3 {
    return gradient(this, x, y, z);
  }
}

/** The field of a build: the reference solid itself, or its morph. */
export function fieldFor(solid: Solid, skeleton: Skeleton): Field {
  return isReference(skeleton) ? solid : new MorphedSolid(solid, skeleton);
}
