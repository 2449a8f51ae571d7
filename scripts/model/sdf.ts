/**
 * Signed-distance primitives and the smooth union that the body is made of.
 *
 * The distances are the usual cheap approximations (a tapered capsule is "distance to the axis
 * minus an interpolated radius", an ellipsoid uses the gradient-scaled bound): they are exact
 * enough near the surface, which is the only place the mesher looks at them.
 */

export type V3 = readonly [number, number, number];

export const add = (a: V3, b: V3): V3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
export const sub = (a: V3, b: V3): V3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const scale = (a: V3, s: number): V3 => [a[0] * s, a[1] * s, a[2] * s];
export const dot = (a: V3, b: V3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const cross = (a: V3, b: V3): V3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
export const len = (a: V3): number => Math.hypot(a[0], a[1], a[2]);
export const norm = (a: V3): V3 => scale(a, 1 / len(a));
export const lerp3 = (a: V3, b: V3, t: number): V3 => add(a, scale(sub(b, a), t));

/** An orthonormal frame whose first axis is `u`; `hint` fixes the roll (second axis ≈ hint). */
export type Frame = readonly [V3, V3, V3];
const IDENTITY: Frame = [
  [1, 0, 0],
  [0, 1, 0],
  [0, 0, 1],
];
export function frame(u: V3, hint: V3): Frame {
  const a = norm(u);
  const c = norm(cross(a, hint));
  const b = cross(c, a);
  return [a, b, c];
}

/** Axis-aligned bounds, [min, max]. */
export interface Box {
  min: V3;
  max: V3;
}

export interface Primitive {
  /** Signed distance (approximate) at a point. */
  dist(x: number, y: number, z: number): number;
  /** Bounds of the solid itself. */
  box: Box;
}

function sphereBox(c: V3, r: number): Box {
  return { min: [c[0] - r, c[1] - r, c[2] - r], max: [c[0] + r, c[1] + r, c[2] + r] };
}
function union(a: Box, b: Box): Box {
  return {
    min: [Math.min(a.min[0], b.min[0]), Math.min(a.min[1], b.min[1]), Math.min(a.min[2], b.min[2])],
    max: [Math.max(a.max[0], b.max[0]), Math.max(a.max[1], b.max[1]), Math.max(a.max[2], b.max[2])],
  };
}

/** A capsule whose radius changes linearly from `ra` at `a` to `rb` at `b`. */
export function taperedCapsule(a: V3, b: V3, ra: number, rb: number): Primitive {
  const [ax, ay, az] = a;
  const bax = b[0] - ax;
  const bay = b[1] - ay;
  const baz = b[2] - az;
  const l2 = bax * bax + bay * bay + baz * baz;
  return {
    box: union(sphereBox(a, ra), sphereBox(b, rb)),
    dist(x, y, z) {
      const px = x - ax;
      const py = y - ay;
      const pz = z - az;
      let t = (px * bax + py * bay + pz * baz) / l2;
      t = t < 0 ? 0 : t > 1 ? 1 : t;
      const dx = px - bax * t;
      const dy = py - bay * t;
      const dz = pz - baz * t;
      return Math.sqrt(dx * dx + dy * dy + dz * dz) - (ra + (rb - ra) * t);
    },
  };
}

export function capsule(a: V3, b: V3, r: number): Primitive {
  return taperedCapsule(a, b, r, r);
}

export function sphere(c: V3, r: number): Primitive {
  return taperedCapsule(c, add(c, [0, 1e-6, 0]), r, r);
}

/** An ellipsoid with semi-axes `r` along the axes of frame `f` (world axes if omitted). */
export function ellipsoid(
  c: V3,
  r: V3,
  f: Frame = [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
): Primitive {
  const [u, v, w] = f;
  const [cx, cy, cz] = c;
  const [r0, r1, r2] = r;
  const ext = (i: 0 | 1 | 2): number => Math.hypot(u[i] * r0, v[i] * r1, w[i] * r2);
  const e: V3 = [ext(0), ext(1), ext(2)];
  return {
    box: { min: sub(c, e), max: add(c, e) },
    dist(x, y, z) {
      const px = x - cx;
      const py = y - cy;
      const pz = z - cz;
      const a = (px * u[0] + py * u[1] + pz * u[2]) / r0;
      const b = (px * v[0] + py * v[1] + pz * v[2]) / r1;
      const d = (px * w[0] + py * w[1] + pz * w[2]) / r2;
      const k0 = Math.sqrt(a * a + b * b + d * d);
      const k1 = Math.sqrt((a * a) / (r0 * r0) + (b * b) / (r1 * r1) + (d * d) / (r2 * r2));
      // Inside, k1 can reach 0 at the centre; the bound below stays negative there.
      return k1 < 1e-9 ? -Math.min(r0, r1, r2) : (k0 * (k0 - 1)) / k1;
    },
  };
}

/** A box with half-sizes `h` along frame `f`, its edges rounded by `round`. */
export function roundBox(c: V3, h: V3, round: number, f: Frame): Primitive {
  const [u, v, w] = f;
  const [cx, cy, cz] = c;
  const ext = (i: 0 | 1 | 2): number =>
    Math.abs(u[i]) * (h[0] + round) +
    Math.abs(v[i]) * (h[1] + round) +
    Math.abs(w[i]) * (h[2] + round);
  const e: V3 = [ext(0), ext(1), ext(2)];
  return {
    box: { min: sub(c, e), max: add(c, e) },
    dist(x, y, z) {
      const px = x - cx;
      const py = y - cy;
      const pz = z - cz;
      const qa = Math.abs(px * u[0] + py * u[1] + pz * u[2]) - h[0];
      const qb = Math.abs(px * v[0] + py * v[1] + pz * v[2]) - h[1];
      const qc = Math.abs(px * w[0] + py * w[1] + pz * w[2]) - h[2];
      const ox = Math.max(qa, 0);
      const oy = Math.max(qb, 0);
      const oz = Math.max(qc, 0);
      return Math.sqrt(ox * ox + oy * oy + oz * oz) + Math.min(Math.max(qa, qb, qc), 0) - round;
    },
  };
}

/** Polynomial smooth minimum: equals min(a, b) once |a - b| >= k, so far primitives can be skipped. */
export function smin(a: number, b: number, k: number): number {
  if (k <= 0) return a < b ? a : b;
  const h = Math.max(k - Math.abs(a - b), 0) / k;
  return Math.min(a, b) - h * h * k * 0.25;
}

export function smax(a: number, b: number, k: number): number {
  return -smin(-a, -b, k);
}

/** One step of building the solid: blend a primitive in, or carve it out, with blend radius k. */
export interface Op {
  prim: Primitive;
  k: number;
  carve: boolean;
}

/**
 * A smooth bump (or, with negative height, a groove) in the skin: the field is lowered by
 * `height * (1 - q²)³`, q being the point's ellipsoidal radius in the bump's frame. Used for the
 * subtle relief of superficial muscles and bony points: unlike a blended solid it cannot make a
 * crease at its edge, and its height is exactly what it says.
 */
export interface Bump {
  centre: V3;
  /** Semi-axes along the frame's axes. */
  radii: V3;
  frame: Frame;
  height: number;
  box: Box;
}

export function bump(centre: V3, radii: V3, height: number, f: Frame = IDENTITY): Bump {
  const [u, v, w] = f;
  const ext = (i: 0 | 1 | 2): number =>
    Math.abs(u[i]) * radii[0] + Math.abs(v[i]) * radii[1] + Math.abs(w[i]) * radii[2];
  const e: V3 = [ext(0), ext(1), ext(2)];
  return { centre, radii, frame: f, height, box: { min: sub(centre, e), max: add(centre, e) } };
}

function bumpValue(b: Bump, x: number, y: number, z: number): number {
  const px = x - b.centre[0];
  const py = y - b.centre[1];
  const pz = z - b.centre[2];
  const [u, v, w] = b.frame;
  const a = (px * u[0] + py * u[1] + pz * u[2]) / b.radii[0];
  const c = (px * v[0] + py * v[1] + pz * v[2]) / b.radii[1];
  const d = (px * w[0] + py * w[1] + pz * w[2]) / b.radii[2];
  const q2 = a * a + c * c + d * d;
  if (q2 >= 1) return 0;
  const s = 1 - q2;
  return b.height * s * s * s;
}

/** Distance reported where no primitive is near: positive (outside) and larger than any blend. */
export const FAR = 0.05;

/** What the mesher and the pipeline need of a solid: its field, its gradient, and per op the
 * bounds outside which the op cannot matter (used to skip ops column by column). */
export interface Field {
  readonly reach: readonly Box[];
  dist(x: number, y: number, z: number, active?: readonly number[]): number;
  grad(x: number, y: number, z: number): V3;
}

/** Central-difference gradient of a field (not normalised). */
export function gradient(field: Pick<Field, 'dist'>, x: number, y: number, z: number): V3 {
  const e = 2e-4;
  return [
    (field.dist(x + e, y, z) - field.dist(x - e, y, z)) / (2 * e),
    (field.dist(x, y + e, z) - field.dist(x, y - e, z)) / (2 * e),
    (field.dist(x, y, z + e) - field.dist(x, y, z - e)) / (2 * e),
  ];
}

/**
 * A solid made of ops applied in order. The left half is modelled; the field is evaluated at |x|,
 * so the body is an exact mirror image and the plane x = 0 is a plane of symmetry of the field.
 */
export class Solid implements Field {
  readonly ops: readonly Op[];
  /** Per op: bounds grown by the blend radii and a margin, outside which the op cannot matter. */
  readonly reach: readonly Box[];
  /** A half-space y >= floorY cut last (the soles stand on the floor). */
  readonly floorY: number;
  /** Relief applied after the ops. */
  readonly bumps: readonly Bump[];

  constructor(ops: readonly Op[], floorY: number, bumps: readonly Bump[] = []) {
    this.ops = ops;
    this.floorY = floorY;
    this.bumps = bumps;
    // An op stops mattering once it is further away than any blend it still takes part in: its
    // own and those of every op after it, which blend it (as part of the running result) again.
    // Using only its own radius cut the field off at the edge of the box, a seam in the skin.
    const later: number[] = [];
    let most = 0;
    for (let i = ops.length - 1; i >= 0; i--) {
      most = Math.max(most, (ops[i] as Op).k);
      later[i] = most;
    }
    this.reach = ops.map(({ prim }, i) => {
      const m = (later[i] as number) + 0.035;
      return { min: sub(prim.box.min, [m, m, m]), max: add(prim.box.max, [m, m, m]) };
    });
  }

  /** Field value at a point; `active` optionally restricts to a precomputed list of op indices. */
  dist(x: number, y: number, z: number, active?: readonly number[]): number {
    const ax = Math.abs(x);
    let acc = FAR;
    let any = false;
    const n = active ? active.length : this.ops.length;
    for (let j = 0; j < n; j++) {
      const i = active ? (active[j] as number) : j;
      const r = this.reach[i] as Box;
      if (
        ax < r.min[0] ||
        ax > r.max[0] ||
        y < r.min[1] ||
        y > r.max[1] ||
        z < r.min[2] ||
        z > r.max[2]
      )
        continue;
      const op = this.ops[i] as Op;
      const d = op.prim.dist(ax, y, z);
      if (op.carve) {
        if (any) acc = smax(acc, -d, op.k);
      } else if (!any) {
        acc = d;
        any = true;
      } else {
        acc = smin(acc, d, op.k);
      }
    }
    for (const b of this.bumps) {
      const m = b.box;
      if (
        ax < m.min[0] ||
        ax > m.max[0] ||
        y < m.min[1] ||
        y > m.max[1] ||
        z < m.min[2] ||
        z > m.max[2]
      )
        continue;
      acc -= bumpValue(b, ax, y, z);
    }
    return smax(acc, this.floorY - y, 0.006);
  }

  /** Central-difference gradient (not normalised). */
  grad(x: number, y: number, z: number): V3 {
    return gradient(this, x, y, z);
  }
}
