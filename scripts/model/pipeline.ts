/**
 * The body model pipeline: solid → grid → surface → left half → simplified → snapped → cut along
 * region borders → mirrored → GLB. Pure apart from the WebAssembly modules of meshoptimizer, and
 * deterministic: no clocks, no randomness, only ordered iteration.
 */
import { Document, NodeIO } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { MeshoptEncoder, MeshoptSimplifier } from 'meshoptimizer';
import { muscleAt } from '../../src/domain/anatomy/muscleMap.ts';
import { LABEL_RADIX, muscleCode, regionCode } from '../../src/domain/encoding.ts';
import { STATURE } from '../../src/domain/anatomy/landmarks.ts';
import { areaAt } from '../../src/domain/anatomy/regionMap.ts';
import { fromBuild, type Skeleton } from '../../src/domain/anatomy/build.ts';
import { DEFAULT_BODY, buildBodySolid, type BodyParams } from './body.ts';
import { clipToLeftHalf, marchingTetrahedra, sampleLeftHalf, type Mesh } from './mesher.ts';
import { fieldFor } from './morph.ts';
import type { Field } from './sdf.ts';

/** Grid step of the sampling, metres. */
const STEP = 0.005;
/** Triangles kept per half by the simplifier (before the region cuts add a few). */
const HALF_TRIANGLES = 9800;
/** How much the simplifier weighs a change of normal against a change of position (see
 * `simplifyHalf`). */
const NORMAL_WEIGHT = 1;
/** Positions are rounded to multiples of this (2^-12 m ≈ 0.24 mm) and stored as 16-bit integers:
 * exact, so the mirror halves match bit for bit. */
const POSITION_QUANTUM = 2 ** -12;
/** Normals are stored in steps of 1/31 (about 2°), plenty for shading, and half the size. */
const NORMAL_STEPS = 31;

/** The finished body: one triangle list in which every triangle's vertices share a region code
 * and a muscle code. */
export interface BodyMesh {
  // Typed on plain ArrayBuffers, as glTF-Transform's accessors take them (with the esnext lib,
  // which vite-plugin-pwa's types bring into the project, a bare Uint8Array may be shared).
  positions: Float32Array<ArrayBuffer>;
  normals: Float32Array<ArrayBuffer>;
  /** regionCode per vertex. */
  codes: Uint8Array<ArrayBuffer>;
  /** muscle code per vertex: 0 none, else 1 + index into SURFACE_MUSCLES. */
  muscles: Uint8Array<ArrayBuffer>;
  indices: Uint32Array<ArrayBuffer>;
}

/** Final vertex labels are regionCode * LABEL_RADIX + muscle code (see `encoding.ts`). */

type Label = (p: readonly [number, number, number]) => number;

/** The region and muscle labels of a build: those of the reference point each point came from
 * (for the reference figure, the point itself). */
function labelsFor(skeleton: Skeleton): { region: Label; muscle: Label } {
  return {
    region: (p) => regionCode(areaAt(fromBuild(skeleton, p))),
    muscle: (p) => muscleCode(muscleAt(fromBuild(skeleton, p))),
  };
}

/** Moves each vertex onto the zero level of the field (Newton steps along the gradient). */
function snap(solid: Field, positions: number[]): void {
  for (let v = 0; v < positions.length / 3; v++) {
    let x = positions[v * 3] as number;
    let y = positions[v * 3 + 1] as number;
    let z = positions[v * 3 + 2] as number;
    const onMidline = x === 0;
    for (let it = 0; it < 3; it++) {
      const f = solid.dist(x, y, z);
      const g = solid.grad(x, y, z);
      const gx = onMidline ? 0 : g[0];
      const g2 = gx * gx + g[1] * g[1] + g[2] * g[2];
      if (g2 < 1e-8) break;
      x -= (f * gx) / g2;
      y -= (f * g[1]) / g2;
      z -= (f * g[2]) / g2;
    }
    // A vertex off the midline stays off it: landing on x = 0 would make it a seam vertex.
    positions[v * 3] = onMidline ? 0 : Math.max(x, POSITION_QUANTUM);
    positions[v * 3 + 1] = y;
    positions[v * 3 + 2] = z;
  }
}

/**
 * Simplifies the half mesh to its triangle budget. The surface normal rides along as an
 * attribute, so the simplifier spends triangles where the surface turns (the face, the hands,
 * the feet, the muscle relief) and saves them on the broad, gently curved trunk and limbs;
 * otherwise big flat facets cut across the features and their smooth normals shade as streaks.
 */
function simplifyHalf(solid: Field, mesh: Mesh): Mesh {
  const pos = new Float32Array(mesh.positions);
  const n = pos.length / 3;
  const normals = new Float32Array(n * 3);
  for (let v = 0; v < n; v++) {
    const g = solid.grad(pos[v * 3] as number, pos[v * 3 + 1] as number, pos[v * 3 + 2] as number);
    const l = Math.hypot(g[0], g[1], g[2]) || 1;
    normals.set([g[0] / l, g[1] / l, g[2] / l], v * 3);
  }
  const [simplified] = MeshoptSimplifier.simplifyWithAttributes(
    new Uint32Array(mesh.indices),
    pos,
    3,
    normals,
    3,
    [NORMAL_WEIGHT, NORMAL_WEIGHT, NORMAL_WEIGHT],
    null,
    HALF_TRIANGLES * 3,
    0.02,
    [],
  );
  // Compact: keep used vertices in order of first use.
  const remap = new Map<number, number>();
  const positions: number[] = [];
  const indices: number[] = [];
  for (const v of simplified) {
    let id = remap.get(v);
    if (id === undefined) {
      id = positions.length / 3;
      remap.set(v, id);
      positions.push(
        mesh.positions[v * 3] as number,
        mesh.positions[v * 3 + 1] as number,
        mesh.positions[v * 3 + 2] as number,
      );
    }
    indices.push(id);
  }
  return { positions, indices };
}

/** A vertex's position as a map key: positions on the quantisation grid compare exactly. */
function positionKey(positions: ArrayLike<number>, v: number): string {
  return `${positions[v * 3]},${positions[v * 3 + 1]},${positions[v * 3 + 2]}`;
}

/**
 * Removes what quantisation can leave behind where vertices fell together: triangles with two
 * corners at one position, and "fins", pairs of triangles on the same three positions facing
 * opposite ways. Dropping a fin pair leaves every edge it shared with the rest of the surface
 * used once each way again, so the surface stays closed. Positions are compared exactly (they
 * are on the quantisation grid).
 */
function dropFins(positions: ArrayLike<number>, indices: readonly number[]): number[] {
  const ids = new Map<string, number>();
  const id = (v: number): number => {
    const k = positionKey(positions, v);
    let found = ids.get(k);
    if (found === undefined) {
      found = ids.size;
      ids.set(k, found);
    }
    return found;
  };
  const kept: number[] = [];
  const faces = new Map<string, number[]>();
  for (let t = 0; t < indices.length; t += 3) {
    const w = [
      id(indices[t] as number),
      id(indices[t + 1] as number),
      id(indices[t + 2] as number),
    ];
    if (w[0] === w[1] || w[1] === w[2] || w[0] === w[2]) continue;
    // The same three positions in cyclic order give one key; the opposite winding another.
    const r = w.indexOf(Math.min(...w));
    const a = w[r] as number;
    const b = w[(r + 1) % 3] as number;
    const c = w[(r + 2) % 3] as number;
    const opposite = faces.get(`${a},${c},${b}`);
    if (opposite && opposite.length > 0) {
      const other = opposite.pop() as number;
      kept[other] = -1;
      continue;
    }
    const here = `${a},${b},${c}`;
    const list = faces.get(here) ?? [];
    list.push(kept.length);
    faces.set(here, list);
    kept.push(t);
  }
  const out: number[] = [];
  for (const t of kept)
    if (t >= 0) out.push(indices[t] as number, indices[t + 1] as number, indices[t + 2] as number);
  return out;
}

/** Rounds to the position grid. Off-midline points keep x >= one quantum, so only true seam
 * vertices sit on x = 0 and the mirror image can never fold onto the left half. */
function quantise(v: number, axis: number, onMidline: boolean): number {
  if (axis === 0)
    return onMidline ? 0 : Math.max(1, Math.round(v / POSITION_QUANTUM)) * POSITION_QUANTUM;
  return Math.round(v / POSITION_QUANTUM) * POSITION_QUANTUM;
}

/**
 * Makes the half mesh safe to mirror: quantises positions, welds vertices that fell together
 * (dropping the triangles that collapse), and splits "bridge" edges, interior edges whose two
 * ends lie on the midline, which the mirror image would share and so make non-manifold.
 */
function tidyHalf(solid: Field, mesh: Mesh): Mesh {
  const n = mesh.positions.length / 3;
  const positions: number[] = [];
  const weld = new Map<string, number>();
  const remap: number[] = [];
  for (let v = 0; v < n; v++) {
    const onMidline = mesh.positions[v * 3] === 0;
    const p = [0, 1, 2].map((c) => quantise(mesh.positions[v * 3 + c] as number, c, onMidline));
    const key = p.join(',');
    let id = weld.get(key);
    if (id === undefined) {
      id = positions.length / 3;
      weld.set(key, id);
      positions.push(...p);
    }
    remap.push(id);
  }
  let indices: number[] = [];
  for (let t = 0; t < mesh.indices.length; t += 3) {
    const a = remap[mesh.indices[t] as number] as number;
    const b = remap[mesh.indices[t + 1] as number] as number;
    const c = remap[mesh.indices[t + 2] as number] as number;
    if (a !== b && b !== c && a !== c) indices.push(a, b, c);
  }
  const onSeam = (v: number): boolean => positions[v * 3] === 0;
  // A triangle lying in the mirror plane would coincide with its own mirror image: drop it. Its
  // edges are then used once by this half, and the mirror image supplies the other use.
  const unfinned = dropFins(positions, indices);
  indices = [];
  for (let t = 0; t < unfinned.length; t += 3) {
    const corners = unfinned.slice(t, t + 3);
    if (!corners.every(onSeam)) indices.push(...corners);
  }

  const uses = new Map<number, number>();
  const nv = () => positions.length / 3;
  const edgeKey = (a: number, b: number): number => Math.min(a, b) * 1e6 + Math.max(a, b);
  for (let t = 0; t < indices.length; t += 3) {
    for (let e = 0; e < 3; e++) {
      const a = indices[t + e] as number;
      const b = indices[t + ((e + 1) % 3)] as number;
      if (onSeam(a) && onSeam(b)) uses.set(edgeKey(a, b), (uses.get(edgeKey(a, b)) ?? 0) + 1);
    }
  }
  const mids = new Map<number, number>();
  const split: number[] = [];
  for (let t = 0; t < indices.length; t += 3) {
    let tri = [indices[t], indices[t + 1], indices[t + 2]] as [number, number, number];
    let bridged = -1;
    for (let e = 0; e < 3; e++) {
      const a = tri[e] as number;
      const b = tri[(e + 1) % 3] as number;
      if (onSeam(a) && onSeam(b) && (uses.get(edgeKey(a, b)) ?? 0) > 1) bridged = e;
    }
    if (bridged < 0) {
      split.push(...tri);
      continue;
    }
    tri = [tri[bridged], tri[(bridged + 1) % 3], tri[(bridged + 2) % 3]] as [
      number,
      number,
      number,
    ];
    const [a, b, c] = tri;
    const key = edgeKey(a, b);
    let m = mids.get(key);
    if (m === undefined) {
      // The new vertex goes just off the midline, then onto the surface.
      const p = [
        4 * POSITION_QUANTUM,
        ((positions[a * 3 + 1] as number) + (positions[b * 3 + 1] as number)) / 2,
        ((positions[a * 3 + 2] as number) + (positions[b * 3 + 2] as number)) / 2,
      ];
      snap(solid, p);
      m = nv();
      positions.push(...p.map((value, axis) => quantise(value, axis, false)));
      mids.set(key, m);
    }
    split.push(a, m, c, m, b, c);
  }
  indices = split;
  return { positions, indices };
}

/**
 * Splits triangles whose corners lie in different regions along the border, found by bisection
 * of the exact region function on each mixed edge. A cut point depends only on its edge, so
 * neighbouring triangles share it and the mesh stays closed. Returns per-vertex codes; a
 * position used by several regions is duplicated, once per region.
 */
interface LabelledMesh {
  positions: number[];
  codes: number[];
  indices: number[];
}

/**
 * The cut runs once per kind of border: first the regions, then (within each region's
 * triangles, whose region code becomes the `base` of the label) the muscles. One pass on a
 * combined label would place only one cut on an edge crossed by both a region and a muscle
 * border and so serrate the other.
 */
function cutAlongBorders(
  mesh: Mesh,
  labelAt: Label,
  base?: (triangle: number) => number,
): LabelledMesh {
  const src = mesh.positions;
  const pos = (v: number): [number, number, number] => [
    src[v * 3] as number,
    src[v * 3 + 1] as number,
    src[v * 3 + 2] as number,
  ];
  const nv = src.length / 3;
  const label: number[] = [];
  for (let v = 0; v < nv; v++) label.push(labelAt(pos(v)));

  // Geometry points: original vertices, then cut points and triangle centres.
  const points: number[] = [...src];
  const cuts = new Map<number, number>();
  const cutPoint = (a: number, b: number): number => {
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    const key = lo * nv + hi;
    const found = cuts.get(key);
    if (found !== undefined) return found;
    const pa = pos(lo);
    const pb = pos(hi);
    const la = label[lo] as number;
    let t0 = 0;
    let t1 = 1;
    for (let i = 0; i < 14; i++) {
      const tm = (t0 + t1) / 2;
      const p: [number, number, number] = [
        pa[0] + (pb[0] - pa[0]) * tm,
        pa[1] + (pb[1] - pa[1]) * tm,
        pa[2] + (pb[2] - pa[2]) * tm,
      ];
      if (labelAt(p) === la) t0 = tm;
      else t1 = tm;
    }
    // Keep a little clear of the corners; a piece that still collapses on the position grid is
    // dropped (see `tri`), and one that folds over is turned back (see `unfold`).
    const t = Math.min(0.95, Math.max(0.05, (t0 + t1) / 2));
    const id = points.length / 3;
    const onMidline = pa[0] === 0 && pb[0] === 0;
    points.push(
      quantise(pa[0] + (pb[0] - pa[0]) * t, 0, onMidline),
      quantise(pa[1] + (pb[1] - pa[1]) * t, 1, onMidline),
      quantise(pa[2] + (pb[2] - pa[2]) * t, 2, onMidline),
    );
    cuts.set(key, id);
    return id;
  };

  const outPositions: number[] = [];
  const codes: number[] = [];
  const indices: number[] = [];
  const vertexFor = new Map<number, number>();
  const vertex = (point: number, code: number): number => {
    const key = point * 65536 + code;
    let id = vertexFor.get(key);
    if (id === undefined) {
      id = codes.length;
      vertexFor.set(key, id);
      outPositions.push(
        points[point * 3] as number,
        points[point * 3 + 1] as number,
        points[point * 3 + 2] as number,
      );
      codes.push(code);
    }
    return id;
  };
  const same = (a: number, b: number): boolean =>
    points[a * 3] === points[b * 3] &&
    points[a * 3 + 1] === points[b * 3 + 1] &&
    points[a * 3 + 2] === points[b * 3 + 2];
  let offset = 0;
  const tri = (label: number, a: number, b: number, c: number): void => {
    const code = offset + label;
    // A piece whose corners fell together on the position grid has no area; dropping it is an
    // edge collapse, which keeps the surface closed.
    if (same(a, b) || same(b, c) || same(a, c)) return;
    indices.push(vertex(a, code), vertex(b, code), vertex(c, code));
  };

  for (let t = 0; t < mesh.indices.length; t += 3) {
    offset = base ? base(t / 3) : 0;
    let v = [mesh.indices[t], mesh.indices[t + 1], mesh.indices[t + 2]] as [number, number, number];
    let l = v.map((x) => label[x] as number) as [number, number, number];
    if (l[0] === l[1] && l[1] === l[2]) {
      tri(l[0], v[0], v[1], v[2]);
      continue;
    }
    if (l[0] !== l[1] && l[1] !== l[2] && l[0] !== l[2]) {
      const m01 = cutPoint(v[0], v[1]);
      const m12 = cutPoint(v[1], v[2]);
      const m20 = cutPoint(v[2], v[0]);
      const c = points.length / 3;
      for (let k = 0; k < 3; k++) {
        const mean =
          ((points[m01 * 3 + k] as number) +
            (points[m12 * 3 + k] as number) +
            (points[m20 * 3 + k] as number)) /
          3;
        points.push(quantise(mean, k, false));
      }
      tri(l[0], v[0], m01, c);
      tri(l[0], v[0], c, m20);
      tri(l[1], v[1], m12, c);
      tri(l[1], v[1], c, m01);
      tri(l[2], v[2], m20, c);
      tri(l[2], v[2], c, m12);
      continue;
    }
    // Two labels: rotate so the odd corner is last.
    while (!(l[0] === l[1])) {
      v = [v[1], v[2], v[0]];
      l = [l[1], l[2], l[0]];
    }
    const m12 = cutPoint(v[1], v[2]);
    const m20 = cutPoint(v[2], v[0]);
    tri(l[0], v[0], v[1], m12);
    tri(l[0], v[0], m12, m20);
    tri(l[2], m12, v[2], m20);
  }
  return { positions: outPositions, codes, indices: dropFins(outPositions, indices) };
}

/**
 * Turns back the small pieces that rounding to the position grid folded over. A cut leaves some
 * thin pieces next to a corner, and rounding a cut point can push one across its neighbour, so
 * the piece faces into the body. The renderer culls it and the background shows through as a
 * speck on the border. For each such piece, its corners are tried a little way off in every
 * direction, up to two grid steps; all copies of a position move together, and a point on the
 * midline stays on it. A move is kept when it leaves fewer folded pieces around that corner.
 * Topology is untouched, so the mesh stays closed.
 */
function unfold(solid: Field, mesh: LabelledMesh): void {
  const { positions, indices } = mesh;
  const key = (v: number): string => positionKey(positions, v);
  const add = (map: Map<string, number[]>, k: string, value: number): void => {
    const list = map.get(k);
    if (list) list.push(value);
    else map.set(k, [value]);
  };
  const copies = new Map<string, number[]>();
  for (let v = 0; v < positions.length / 3; v++) add(copies, key(v), v);
  const around = new Map<string, number[]>();
  for (let t = 0; t < indices.length; t += 3)
    for (let c = 0; c < 3; c++) add(around, key(indices[t + c] as number), t);
  const folded = (t: number): boolean => {
    const p = [0, 1, 2].map((c) => (indices[t + c] as number) * 3);
    const [a, b, c] = p as [number, number, number];
    const u = [0, 1, 2].map((i) => (positions[b + i] as number) - (positions[a + i] as number));
    const w = [0, 1, 2].map((i) => (positions[c + i] as number) - (positions[a + i] as number));
    const n = [
      (u[1] as number) * (w[2] as number) - (u[2] as number) * (w[1] as number),
      (u[2] as number) * (w[0] as number) - (u[0] as number) * (w[2] as number),
      (u[0] as number) * (w[1] as number) - (u[1] as number) * (w[0] as number),
    ];
    const centre = [0, 1, 2].map(
      (i) =>
        ((positions[a + i] as number) +
          (positions[b + i] as number) +
          (positions[c + i] as number)) /
        3,
    );
    const g = solid.grad(centre[0] as number, centre[1] as number, centre[2] as number);
    return (n[0] as number) * g[0] + (n[1] as number) * g[1] + (n[2] as number) * g[2] < 0;
  };
  const steps: [number, number, number][] = [];
  const reach = [-2, -1, 0, 1, 2];
  for (const dx of reach)
    for (const dy of reach) for (const dz of reach) if (dx || dy || dz) steps.push([dx, dy, dz]);
  for (let pass = 0; pass < 3; pass++) {
    let moved = 0;
    for (let t = 0; t < indices.length; t += 3) {
      if (!folded(t)) continue;
      for (let c = 0; c < 3 && folded(t); c++) {
        const k = key(indices[t + c] as number);
        const group = copies.get(k) as number[];
        const faces = around.get(k) as number[];
        const first = group[0] as number;
        const home = [0, 1, 2].map((i) => positions[first * 3 + i] as number);
        const onMidline = home[0] === 0;
        const count = (): number => faces.filter(folded).length;
        const place = (p: number[]): void => {
          for (const v of group) for (let i = 0; i < 3; i++) positions[v * 3 + i] = p[i] as number;
        };
        let best = count();
        let bestAt = home;
        for (const step of steps) {
          if (onMidline && step[0] !== 0) continue;
          const p = home.map((value, i) => value + (step[i] as number) * POSITION_QUANTUM);
          if (!onMidline && (p[0] as number) < POSITION_QUANTUM) continue;
          if (copies.has(p.join(','))) continue;
          place(p);
          const n = count();
          if (n < best) {
            best = n;
            bestAt = p;
          }
        }
        place(bestAt);
        if (bestAt !== home) {
          copies.delete(k);
          copies.set(bestAt.join(','), group);
          around.delete(k);
          around.set(bestAt.join(','), faces);
          moved++;
        }
      }
    }
    if (moved === 0) break;
  }
}

/**
 * Welds a labelled mesh by position (its points are already on the quantisation grid, so equal
 * means identical) and returns each triangle's label scaled to leave room for a muscle code.
 */
function weld(labelled: LabelledMesh): { mesh: Mesh; triCodes: number[] } {
  const positions: number[] = [];
  const ids = new Map<string, number>();
  const remap: number[] = [];
  for (let v = 0; v < labelled.codes.length; v++) {
    const p = labelled.positions.slice(v * 3, v * 3 + 3);
    const key = p.join(',');
    let id = ids.get(key);
    if (id === undefined) {
      id = positions.length / 3;
      ids.set(key, id);
      positions.push(...p);
    }
    remap.push(id);
  }
  const indices = labelled.indices.map((v) => remap[v] as number);
  const triCodes: number[] = [];
  for (let t = 0; t < labelled.indices.length; t += 3)
    triCodes.push((labelled.codes[labelled.indices[t] as number] as number) * LABEL_RADIX);
  return { mesh: { positions, indices }, triCodes };
}

/** Runs the geometry pipeline and returns the labelled, mirrored, quantised body mesh. */
export async function buildBodyMesh(params: BodyParams = DEFAULT_BODY): Promise<BodyMesh> {
  await MeshoptSimplifier.ready;
  await MeshoptEncoder.ready;
  const { skeleton } = params;
  const solid = fieldFor(buildBodySolid(params), skeleton);
  const label = labelsFor(skeleton);
  // The reference figure's bounds, scaled to the build (sideways by its widest stretch).
  const s = skeleton.stature / STATURE;
  const wide = Math.max(1, skeleton.shoulderBreadth, skeleton.hipBreadth);
  const grid = sampleLeftHalf(
    solid,
    STEP,
    [-0.01, 1.77 * s],
    [-0.19 * s, 0.245 * s],
    0.41 * s * wide,
  );
  const half = simplifyHalf(solid, clipToLeftHalf(marchingTetrahedra(grid)));
  snap(solid, half.positions);
  const byRegion = cutAlongBorders(tidyHalf(solid, half), label.region);
  const welded = weld(byRegion);
  const cut = cutAlongBorders(welded.mesh, label.muscle, (t) => welded.triCodes[t] as number);
  unfold(solid, cut);

  const n = cut.codes.length;
  const positions = new Float32Array(n * 6);
  const normals = new Float32Array(n * 6);
  const codes = new Uint8Array(n * 2);
  const muscles = new Uint8Array(n * 2);
  for (let v = 0; v < n; v++) {
    const x = cut.positions[v * 3] as number;
    const y = cut.positions[v * 3 + 1] as number;
    const z = cut.positions[v * 3 + 2] as number;
    const g = solid.grad(x, y, z);
    const gl = Math.hypot(g[0], g[1], g[2]) || 1;
    positions.set([x, y, z], v * 3);
    // x === 0 must stay +0 in the mirror, so the halves share their seam vertices exactly.
    positions.set([x === 0 ? 0 : -x, y, z], (v + n) * 3);
    normals.set([g[0] / gl, g[1] / gl, g[2] / gl], v * 3);
    normals.set([-g[0] / gl, g[1] / gl, g[2] / gl], (v + n) * 3);
    const label = cut.codes[v] as number;
    const region = Math.floor(label / LABEL_RADIX);
    codes[v] = region;
    codes[v + n] = region + 1; // the same region, right side
    muscles[v] = label % LABEL_RADIX;
    muscles[v + n] = label % LABEL_RADIX; // the same muscle on the other side
  }
  const m = cut.indices.length;
  const indices = new Uint32Array(m * 2);
  for (let t = 0; t < m; t += 3) {
    indices[t] = cut.indices[t] as number;
    indices[t + 1] = cut.indices[t + 1] as number;
    indices[t + 2] = cut.indices[t + 2] as number;
    // Mirroring flips orientation, so the winding is reversed to keep normals outward.
    indices[m + t] = (cut.indices[t] as number) + n;
    indices[m + t + 1] = (cut.indices[t + 2] as number) + n;
    indices[m + t + 2] = (cut.indices[t + 1] as number) + n;
  }
  return reorder({ positions, normals, codes, muscles, indices });
}

/** Reorders triangles and vertices for the GPU cache and for better compression. */
function reorder(mesh: BodyMesh): BodyMesh {
  const indices = new Uint32Array(mesh.indices);
  const [remap, unique] = MeshoptEncoder.reorderMesh(indices, true, true);
  const positions = new Float32Array(unique * 3);
  const normals = new Float32Array(unique * 3);
  const codes = new Uint8Array(unique);
  const muscles = new Uint8Array(unique);
  for (let v = 0; v < remap.length; v++) {
    const to = remap[v] as number;
    if (to === 0xffffffff) continue;
    positions.set(mesh.positions.subarray(v * 3, v * 3 + 3), to * 3);
    normals.set(mesh.normals.subarray(v * 3, v * 3 + 3), to * 3);
    codes[to] = mesh.codes[v] as number;
    muscles[to] = mesh.muscles[v] as number;
  }
  return { positions, normals, codes, muscles, indices };
}

/** Builds the GLB: one mesh `body`, one primitive, POSITION, NORMAL, _REGION, _MUSCLE,
 * meshopt-compressed. */
export async function buildBodyGlb(params: BodyParams = DEFAULT_BODY): Promise<Uint8Array> {
  const mesh = await buildBodyMesh(params);
  return writeGlb(mesh);
}

/** Encodes a body mesh as GLB. */
export async function writeGlb(mesh: BodyMesh): Promise<Uint8Array> {
  await MeshoptEncoder.ready;
  const doc = new Document();
  const buffer = doc.createBuffer();
  const count = mesh.codes.length;
  const normals = new Int8Array(count * 3);
  for (let i = 0; i < normals.length; i++) {
    normals[i] = Math.round(
      (Math.round((mesh.normals[i] as number) * NORMAL_STEPS) / NORMAL_STEPS) * 127,
    );
  }
  const indexArray = count < 65536 ? new Uint16Array(mesh.indices) : new Uint32Array(mesh.indices);
  // Positions are whole multiples of POSITION_QUANTUM, stored exactly as 16-bit integers; the
  // node's uniform scale turns them back into metres (the usual KHR_mesh_quantization layout).
  const quantised = new Int16Array(count * 3);
  for (let i = 0; i < quantised.length; i++)
    quantised[i] = Math.round((mesh.positions[i] as number) / POSITION_QUANTUM);
  const prim = doc
    .createPrimitive()
    .setAttribute(
      'POSITION',
      doc.createAccessor('position').setType('VEC3').setArray(quantised).setBuffer(buffer),
    )
    .setAttribute(
      'NORMAL',
      doc
        .createAccessor('normal')
        .setType('VEC3')
        .setArray(normals)
        .setNormalized(true)
        .setBuffer(buffer),
    )
    .setAttribute(
      '_REGION',
      doc.createAccessor('region').setType('SCALAR').setArray(mesh.codes).setBuffer(buffer),
    )
    .setAttribute(
      '_MUSCLE',
      doc.createAccessor('muscle').setType('SCALAR').setArray(mesh.muscles).setBuffer(buffer),
    )
    .setIndices(
      doc.createAccessor('indices').setType('SCALAR').setArray(indexArray).setBuffer(buffer),
    );
  const body = doc.createMesh('body').addPrimitive(prim);
  const node = doc
    .createNode('body')
    .setMesh(body)
    .setScale([POSITION_QUANTUM, POSITION_QUANTUM, POSITION_QUANTUM]);
  doc.createScene('scene').addChild(node);
  // Integer positions and byte normals are allowed only with KHR_mesh_quantization.
  doc.createExtension(KHRMeshQuantization).setRequired(true);
  doc
    .createExtension(EXTMeshoptCompression)
    .setRequired(true)
    .setEncoderOptions({ method: EXTMeshoptCompression.EncoderMethod.QUANTIZE });
  const io = new NodeIO()
    .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization])
    .registerDependencies({ 'meshopt.encoder': MeshoptEncoder });
  return io.writeBinary(doc);
}
