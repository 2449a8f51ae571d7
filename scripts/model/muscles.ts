/**
 * Deep muscle shapes for the body model: each a swept, flattened spindle laid along a path that
 * starts at the muscle's origin, runs past the bones it passes and ends at its insertion, in
 * the reference figure's metres (left side; the right is its mirror). The shapes are built from
 * the same landmarks as the trigger point placements, so each trigger point lies on its own
 * muscle. Pure and deterministic: the same specs give the same numbers, byte for byte.
 *
 * Origins and insertions (Travell & Simons; Gray's):
 * - piriformis: front of the sacrum (S2–S4) → through the greater sciatic notch → top of the
 *   greater trochanter.
 * - gluteus minimus: outer ilium between the anterior and inferior gluteal lines → front of the
 *   greater trochanter.
 * - quadratus lumborum: back of the iliac crest and iliolumbar ligament → 12th rib and the
 *   transverse processes of L1–L4.
 * - iliopsoas: bodies of T12–L5 and the iliac fossa → over the pubic ramus → lesser trochanter.
 * - scalenes: transverse processes of C2–C7 → first and second ribs.
 * - subscapularis: subscapular fossa (the front of the shoulder blade) → lesser tubercle.
 * - soleus: back of the fibular head and the soleal line of the tibia → calcaneus by the
 *   Achilles tendon, under the gastrocnemius.
 * - multifidi: back of the sacrum and the mamillary/transverse processes → spinous processes
 *   two to four levels above, in the groove beside the spine.
 */
import { type LandmarkId } from '../../src/domain/anatomy/landmarks.ts';
import { add, cross, len, lerp3, norm, scale, sub, type V3 } from './sdf.ts';

/** How deep a muscle lies, said in words to the person looking at it. */
export type DepthWord = 'under-one-layer' | 'deep' | 'very-deep';

export interface DeepMuscleShape {
  /** Atlas muscle id. */
  id: string;
  /** Landmark nearest its origin and nearest its insertion: the shape runs between them. */
  between: readonly [LandmarkId, LandmarkId];
  /** Path points from origin to insertion, metres, left side. */
  path: readonly V3[];
  /** Greatest half-width (metres) and how flat the cross-section is (thickness / width). */
  radius: number;
  flatness: number;
  /** Which way the flat face looks (the width runs across it). */
  faceNormal: V3;
  depth: DepthWord;
}


export const DEEP_MUSCLE_SHAPES: readonly DeepMuscleShape[] = [
  {
    id: 'piriformis',
    between: ['s2', 'greater-trochanter'],
    path: [
      [0.022, 0.93, -0.075],
      [0.075, 0.925, -0.07],
      [0.15, 0.935, -0.02],
    ],
    radius: 0.013,
    flatness: 0.6,
    faceNormal: [0, 0, -1],
    depth: 'very-deep',
  },
  {
    id: 'gluteus-minimus',
    between: ['iliac-crest', 'greater-trochanter'],
    path: [
      [0.12, 0.985, -0.01],
      [0.135, 0.955, 0.0],
      [0.152, 0.935, 0.008],
    ],
    radius: 0.028,
    flatness: 0.35,
    faceNormal: [1, 0, 0],
    depth: 'very-deep',
  },
  {
    id: 'quadratus-lumborum',
    between: ['iliac-crest', 't12'],
    path: [
      [0.075, 0.99, -0.055],
      [0.06, 1.04, -0.06],
      [0.045, 1.095, -0.065],
    ],
    radius: 0.02,
    flatness: 0.45,
    faceNormal: [0, 0, -1],
    depth: 'deep',
  },
  {
    id: 'iliopsoas',
    between: ['t12', 'hip-joint'],
    path: [
      [0.025, 1.1, -0.045],
      [0.05, 1.0, -0.02],
      [0.08, 0.95, 0.03],
      [0.09, 0.855, 0.01],
    ],
    radius: 0.017,
    flatness: 0.8,
    faceNormal: [0, 0, 1],
    depth: 'very-deep',
  },
  {
    id: 'scalenes',
    between: ['mastoid', 'clavicle-mid'],
    path: [
      [0.025, 1.53, -0.01],
      [0.038, 1.48, 0.003],
      [0.05, 1.435, 0.008],
    ],
    radius: 0.008,
    flatness: 0.7,
    faceNormal: [1, 0, 0],
    depth: 'under-one-layer',
  },
  {
    id: 'subscapularis',
    between: ['scapula-inferior-angle', 'shoulder-joint'],
    path: [
      [0.095, 1.28, -0.08],
      [0.13, 1.33, -0.06],
      [0.17, 1.38, -0.01],
    ],
    radius: 0.022,
    flatness: 0.4,
    faceNormal: [0, 0, 1],
    depth: 'very-deep',
  },
  {
    id: 'soleus',
    between: ['fibular-head', 'calcaneus'],
    path: [
      [0.115, 0.44, -0.03],
      [0.1, 0.3, -0.035],
      [0.1, 0.13, -0.032],
    ],
    radius: 0.024,
    flatness: 0.55,
    faceNormal: [0, 0, -1],
    depth: 'under-one-layer',
  },
  {
    id: 'thoracolumbar-multifidi',
    between: ['s2', 't7'],
    path: [
      [0.016, 0.93, -0.075],
      [0.018, 1.05, -0.07],
      [0.018, 1.24, -0.085],
    ],
    radius: 0.011,
    flatness: 0.8,
    faceNormal: [0, 0, -1],
    depth: 'deep',
  },
];

/** Rings along a shape and points around a ring: enough to read as a muscle, few bytes. */
export const RINGS = 14;
export const AROUND = 10;

/** A point on a path at t (0–1), by length along its straight pieces. */
export function pathPoint(path: readonly V3[], t: number): V3 {
  const lengths = path.slice(1).map((p, i) => len(sub(p, path[i] as V3)));
  const total = lengths.reduce((a, b) => a + b, 0);
  let at = t * total;
  for (let i = 0; i < lengths.length; i++) {
    const piece = lengths[i] as number;
    if (at <= piece || i === lengths.length - 1)
      return lerp3(path[i] as V3, path[i + 1] as V3, piece ? Math.min(1, at / piece) : 0);
    at -= piece;
  }
  return path[0] as V3;
}

/** The spindle's half-width at t: thin tendon at each end, full belly in the middle. */
export const spindle = (t: number) => 0.25 + 0.75 * Math.sin(Math.PI * t);

export interface MuscleGeometry {
  id: string;
  positions: Float32Array;
  indices: Uint16Array;
}

/** Meshes one shape, left side, as a closed tube (its ends closed by a point each). */
export function buildDeepMuscle(shape: DeepMuscleShape): MuscleGeometry {
  const ring = (t: number): V3[] => {
    const centre = pathPoint(shape.path, t);
    const tangent = norm(
      sub(
        pathPoint(shape.path, Math.min(1, t + 0.02)),
        pathPoint(shape.path, Math.max(0, t - 0.02)),
      ),
    );
    let across = cross(tangent, shape.faceNormal);
    if (len(across) < 1e-6) across = cross(tangent, [0, 1, 0]);
    const u = norm(across);
    const v = norm(cross(u, tangent));
    const r = shape.radius * spindle(t);
    const out: V3[] = [];
    for (let k = 0; k < AROUND; k++) {
      const a = (2 * Math.PI * k) / AROUND;
      out.push(
        add(centre, add(scale(u, r * Math.cos(a)), scale(v, r * shape.flatness * Math.sin(a)))),
      );
    }
    return out;
  };
  const points: V3[] = [pathPoint(shape.path, 0)];
  for (let i = 0; i < RINGS; i++) points.push(...ring((i + 0.5) / RINGS));
  points.push(pathPoint(shape.path, 1));
  const idx: number[] = [];
  const at = (i: number, k: number) => 1 + i * AROUND + (k % AROUND);
  const last = points.length - 1;
  for (let k = 0; k < AROUND; k++) {
    idx.push(0, at(0, k + 1), at(0, k));
    for (let i = 0; i + 1 < RINGS; i++) {
      idx.push(at(i, k), at(i, k + 1), at(i + 1, k));
      idx.push(at(i + 1, k), at(i, k + 1), at(i + 1, k + 1));
    }
    idx.push(last, at(RINGS - 1, k), at(RINGS - 1, k + 1));
  }
  return {
    id: shape.id,
    positions: new Float32Array(points.flat()),
    indices: new Uint16Array(idx),
  };
}

/** How each atlas muscle is shown: a deep shape of its own, a superficial outline, or not yet. */
export function muscleCoverage(
  atlasIds: readonly string[],
  surfaceIds: readonly string[],
): { shape: string[]; surface: string[]; missing: string[] } {
  const deep = new Set(DEEP_MUSCLE_SHAPES.map((s) => s.id));
  const surface = new Set(surfaceIds);
  return {
    shape: atlasIds.filter((id) => deep.has(id)),
    surface: atlasIds.filter((id) => !deep.has(id) && surface.has(id)),
    missing: atlasIds.filter((id) => !deep.has(id) && !surface.has(id)),
  };
}
