/**
 * Sampling a solid on a grid and extracting its surface.
 *
 * Marching tetrahedra on the Kuhn subdivision of each cube is used rather than marching cubes or
 * surface nets: it needs no case tables and its output is always a closed 2-manifold, even where
 * thin parts (fingers, toes) come within a cell of each other and cubes would be ambiguous.
 */
import type { Field } from './sdf.ts';

/** An indexed triangle mesh with float64 positions. */
export interface Mesh {
  positions: number[];
  indices: number[];
}

export interface Grid {
  origin: readonly [number, number, number];
  step: number;
  nx: number;
  ny: number;
  nz: number;
  /** Field values, index (i * ny + j) * nz + k. */
  values: Float32Array;
}

/**
 * Samples the solid over the left half (x from just below 0) of the given bounds. The x samples
 * sit at ±step/2, ±3·step/2, … so the grid itself is symmetric about the midline.
 */
export function sampleLeftHalf(
  solid: Field,
  step: number,
  yRange: readonly [number, number],
  zRange: readonly [number, number],
  xMax: number,
): Grid {
  const origin = [-1.5 * step, yRange[0], zRange[0]] as const;
  const nx = Math.ceil((xMax - origin[0]) / step) + 1;
  const ny = Math.ceil((yRange[1] - yRange[0]) / step) + 1;
  const nz = Math.ceil((zRange[1] - zRange[0]) / step) + 1;
  const values = new Float32Array(nx * ny * nz);
  for (let i = 0; i < nx; i++) {
    const x = origin[0] + i * step;
    const ax = Math.abs(x);
    for (let k = 0; k < nz; k++) {
      const z = origin[2] + k * step;
      // Only ops whose reach covers this column can change the value anywhere along it.
      const active: number[] = [];
      solid.reach.forEach((r, idx) => {
        if (ax >= r.min[0] && ax <= r.max[0] && z >= r.min[2] && z <= r.max[2]) active.push(idx);
      });
      for (let j = 0; j < ny; j++) {
        const y = origin[1] + j * step;
        values[(i * ny + j) * nz + k] = solid.dist(x, y, z, active);
      }
    }
  }
  return { origin, step, nx, ny, nz, values };
}

// The six tetrahedra of the Kuhn subdivision: monotone paths from corner 000 to 111, one per
// permutation of the axes. Corner ids are bit masks (1 = +x, 2 = +y, 4 = +z).
const KUHN: ReadonlyArray<readonly [number, number, number, number]> = [
  [0, 1, 3, 7],
  [0, 1, 5, 7],
  [0, 2, 3, 7],
  [0, 2, 6, 7],
  [0, 4, 5, 7],
  [0, 4, 6, 7],
];

/** Extracts the zero level set as a closed, outward-wound triangle mesh. */
export function marchingTetrahedra(grid: Grid): Mesh {
  const { origin, step, nx, ny, nz, values } = grid;
  const positions: number[] = [];
  const indices: number[] = [];
  const edgeVertex = new Map<number, number>();
  const cornerIndex = new Int32Array(8);
  const cornerValue = new Float64Array(8);
  const cornerPos: number[][] = Array.from({ length: 8 }, () => [0, 0, 0]);

  const vertexOn = (a: number, b: number): number => {
    // Kuhn edges always run toward +x/+y/+z, so (lower corner, direction) names an edge uniquely.
    const ga = cornerIndex[a] as number;
    const gb = cornerIndex[b] as number;
    const lo = Math.min(ga, gb);
    const key = lo * 8 + (a ^ b);
    const found = edgeVertex.get(key);
    if (found !== undefined) return found;
    const fa = cornerValue[a] as number;
    const fb = cornerValue[b] as number;
    const t = fa / (fa - fb);
    const pa = cornerPos[a] as number[];
    const pb = cornerPos[b] as number[];
    const id = positions.length / 3;
    for (let c = 0; c < 3; c++)
      positions.push((pa[c] as number) + ((pb[c] as number) - (pa[c] as number)) * t);
    edgeVertex.set(key, id);
    return id;
  };

  const emit = (tri: [number, number, number], inside: number[], outside: number[]): void => {
    // Orient so the normal points from the inside corners toward the outside ones.
    const p = (v: number, c: number): number => positions[v * 3 + c] as number;
    const [a, b, c] = tri;
    const e1 = [p(b, 0) - p(a, 0), p(b, 1) - p(a, 1), p(b, 2) - p(a, 2)] as const;
    const e2 = [p(c, 0) - p(a, 0), p(c, 1) - p(a, 1), p(c, 2) - p(a, 2)] as const;
    const n = [
      e1[1] * e2[2] - e1[2] * e2[1],
      e1[2] * e2[0] - e1[0] * e2[2],
      e1[0] * e2[1] - e1[1] * e2[0],
    ];
    let d = 0;
    for (let axis = 0; axis < 3; axis++) {
      let mo = 0;
      let mi = 0;
      for (const o of outside) mo += (cornerPos[o] as number[])[axis] as number;
      for (const q of inside) mi += (cornerPos[q] as number[])[axis] as number;
      d += (n[axis] as number) * (mo / outside.length - mi / inside.length);
    }
    if (d >= 0) indices.push(a, b, c);
    else indices.push(a, c, b);
  };

  for (let i = 0; i < nx - 1; i++) {
    for (let j = 0; j < ny - 1; j++) {
      for (let k = 0; k < nz - 1; k++) {
        let neg = 0;
        for (let c = 0; c < 8; c++) {
          const g = ((i + (c & 1)) * ny + (j + ((c >> 1) & 1))) * nz + (k + ((c >> 2) & 1));
          const v = values[g] as number;
          cornerIndex[c] = g;
          cornerValue[c] = v;
          if (v < 0) neg++;
        }
        if (neg === 0 || neg === 8) continue;
        for (let c = 0; c < 8; c++) {
          const cp = cornerPos[c] as number[];
          cp[0] = origin[0] + (i + (c & 1)) * step;
          cp[1] = origin[1] + (j + ((c >> 1) & 1)) * step;
          cp[2] = origin[2] + (k + ((c >> 2) & 1)) * step;
        }
        for (const tet of KUHN) {
          const inside = tet.filter((c) => (cornerValue[c] as number) < 0);
          const outside = tet.filter((c) => (cornerValue[c] as number) >= 0);
          const [i0, i1, i2] = inside;
          const [o0, o1] = outside;
          if (inside.length === 1 && i0 !== undefined) {
            const [a, b, c] = outside.map((o) => vertexOn(i0, o)) as [number, number, number];
            emit([a, b, c], inside, outside);
          } else if (
            inside.length === 3 &&
            o0 !== undefined &&
            i0 !== undefined &&
            i1 !== undefined &&
            i2 !== undefined
          ) {
            emit([vertexOn(i0, o0), vertexOn(i1, o0), vertexOn(i2, o0)], inside, outside);
          } else if (
            inside.length === 2 &&
            i0 !== undefined &&
            i1 !== undefined &&
            o0 !== undefined &&
            o1 !== undefined
          ) {
            const q0 = vertexOn(i0, o0);
            const q1 = vertexOn(i0, o1);
            const q2 = vertexOn(i1, o1);
            const q3 = vertexOn(i1, o0);
            emit([q0, q1, q2], inside, outside);
            emit([q0, q2, q3], inside, outside);
          }
        }
      }
    }
  }
  return { positions, indices };
}

/**
 * Keeps the part of a closed mesh with x >= 0, cutting triangles that cross the midline. New
 * vertices lie exactly on x = 0 and are shared between neighbours, so the open border of the
 * half is one clean curve that its mirror image will meet exactly.
 */
export function clipToLeftHalf(mesh: Mesh): Mesh {
  const src = mesh.positions;
  const x = (v: number): number => src[v * 3] as number;
  const positions: number[] = [];
  const remap = new Map<number, number>();
  const cut = new Map<number, number>();
  const nv = src.length / 3;
  const keep = (v: number): number => {
    let id = remap.get(v);
    if (id === undefined) {
      id = positions.length / 3;
      positions.push(src[v * 3] as number, src[v * 3 + 1] as number, src[v * 3 + 2] as number);
      remap.set(v, id);
    }
    return id;
  };
  const onPlane = (a: number, b: number): number => {
    const key = Math.min(a, b) * nv + Math.max(a, b);
    let id = cut.get(key);
    if (id === undefined) {
      const t = x(a) / (x(a) - x(b));
      id = positions.length / 3;
      positions.push(
        0,
        (src[a * 3 + 1] as number) + ((src[b * 3 + 1] as number) - (src[a * 3 + 1] as number)) * t,
        (src[a * 3 + 2] as number) + ((src[b * 3 + 2] as number) - (src[a * 3 + 2] as number)) * t,
      );
      cut.set(key, id);
    }
    return id;
  };
  const indices: number[] = [];
  for (let t = 0; t < mesh.indices.length; t += 3) {
    const tri = [mesh.indices[t], mesh.indices[t + 1], mesh.indices[t + 2]] as [
      number,
      number,
      number,
    ];
    const inside = tri.map((v) => x(v) > 0);
    const count = inside.filter(Boolean).length;
    if (count === 0) continue;
    if (count === 3) {
      indices.push(keep(tri[0]), keep(tri[1]), keep(tri[2]));
      continue;
    }
    // Walk the triangle in order, emitting kept corners and plane crossings: a convex polygon.
    const poly: number[] = [];
    for (let e = 0; e < 3; e++) {
      const a = tri[e] as number;
      const b = tri[(e + 1) % 3] as number;
      if (inside[e]) poly.push(keep(a));
      if (inside[e] !== inside[(e + 1) % 3]) poly.push(onPlane(a, b));
    }
    for (let f = 1; f + 1 < poly.length; f++)
      indices.push(poly[0] as number, poly[f] as number, poly[f + 1] as number);
  }
  return { positions, indices };
}
