/**
 * Builds of the figure: one reference description, other bodies by a change of numbers.
 *
 * The landmarks, the region map, the muscle map and the body model describe a single reference
 * figure, a neutral-to-male adult 1.75 m tall. Another build is the same figure morphed:
 * - scaled uniformly to its stature, and
 * - stretched or narrowed sideways, by an amount that depends only on height. The shoulder
 *   girdle and the arms follow `shoulderBreadth`, and the pelvis and thighs follow `hipBreadth`.
 *   The stretch fades out up the neck, so the head keeps its shape, and down the thigh, so the
 *   knees and feet keep theirs.
 *
 * The morph is smooth and has a closed-form inverse. So everything defined on the reference
 * carries over to any build without a second description:
 * - a build's landmark is the morphed reference landmark;
 * - a trigger point placement is resolved on the reference (its offsets are authored in the
 *   reference's metres), then morphed;
 * - the region of a point on the build is the region of the reference point it came from.
 */
import { LANDMARKS, STATURE, type LandmarkId, type Vec3 } from './landmarks.ts';

export interface Skeleton {
  /** Standing height, metres. */
  stature: number;
  /** Shoulder (biacromial) breadth relative to stature, as a multiple of the reference's. */
  shoulderBreadth: number;
  /** Hip breadth relative to stature, as a multiple of the reference's. */
  hipBreadth: number;
}

/** The reference figure: the landmarks as written in `landmarks.ts`. */
export const REFERENCE_SKELETON: Skeleton = { stature: STATURE, shoulderBreadth: 1, hipBreadth: 1 };

/**
 * An average adult female skeleton, 1.63 m tall. Relative to stature, women's shoulders are about
 * 5% narrower and their hips about 7% wider than men's. These are rounded ratios after the means of
 * adult anthropometric surveys such as ANSUR II (Gordon et al. 2014); they were recalled, not read
 * off the tables, and shape only the optional female figure, never the dataset.
 */
export const FEMALE_SKELETON: Skeleton = { stature: 1.63, shoulderBreadth: 0.95, hipBreadth: 1.07 };

/** The figures the app offers. */
export const FIGURES = ['male', 'female'] as const;
export type Figure = (typeof FIGURES)[number];

/** The skeleton of each figure the app offers. */
export const FIGURE_SKELETONS: Record<Figure, Skeleton> = {
  male: REFERENCE_SKELETON,
  female: FEMALE_SKELETON,
};

export function isFigure(value: string): value is Figure {
  return (FIGURES as readonly string[]).includes(value);
}

function smoothstep(a: number, b: number, x: number): number {
  const t = x <= a ? 0 : x >= b ? 1 : (x - a) / (b - a);
  return t * t * (3 - 2 * t);
}

/**
 * Sideways stretch at a reference height: the shoulder girdle's factor from the lower ribs up to
 * the base of the neck, the pelvis's from the waist down to the thighs, nothing at the head or
 * below the knee.
 */
function stretchAt(skeleton: Skeleton, y: number): number {
  const upper = smoothstep(1.0, 1.25, y);
  const shoulder = upper * (1 - smoothstep(1.44, 1.52, y));
  const hip = (1 - upper) * smoothstep(0.45, 0.85, y);
  return (skeleton.shoulderBreadth - 1) * shoulder + (skeleton.hipBreadth - 1) * hip;
}

/** The point of a build that corresponds to a point of the reference figure. */
export function toBuild(skeleton: Skeleton, p: Vec3): Vec3 {
  const s = skeleton.stature / STATURE;
  const k = 1 + stretchAt(skeleton, p[1]);
  return [p[0] * k * s, p[1] * s, p[2] * s];
}

/** The point of the reference figure that a point of a build came from (inverse of `toBuild`). */
export function fromBuild(skeleton: Skeleton, p: Vec3): Vec3 {
  const s = skeleton.stature / STATURE;
  const y = p[1] / s;
  const k = 1 + stretchAt(skeleton, y);
  return [p[0] / (k * s), y, p[2] / s];
}

/** Whether a skeleton is the reference one (its morph is the identity). */
export function isReference(skeleton: Skeleton): boolean {
  return (
    skeleton.stature === REFERENCE_SKELETON.stature &&
    skeleton.shoulderBreadth === 1 &&
    skeleton.hipBreadth === 1
  );
}

export type Landmarks = Readonly<Record<LandmarkId, Vec3>>;

/** All landmarks of a build (left side; midline ones have x = 0), under the reference ids. */
export function landmarksFor(skeleton: Skeleton): Landmarks {
  if (isReference(skeleton)) return LANDMARKS;
  const out = {} as Record<LandmarkId, Vec3>;
  for (const id of Object.keys(LANDMARKS) as LandmarkId[])
    out[id] = toBuild(skeleton, LANDMARKS[id]);
  return out;
}
