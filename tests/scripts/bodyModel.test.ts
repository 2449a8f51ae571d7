import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { NodeIO } from '@gltf-transform/core';
import { EXTMeshoptCompression, KHRMeshQuantization } from '@gltf-transform/extensions';
import { MeshoptDecoder } from 'meshoptimizer';
import {
  BufferAttribute,
  BufferGeometry,
  Mesh,
  MeshBasicMaterial,
  Raycaster,
  Vector3,
} from 'three';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBodyGlb } from '../../scripts/model/pipeline.ts';
import { LANDMARKS, STATURE } from '../../src/domain/anatomy/landmarks.ts';
import { SURFACE_MUSCLES } from '../../src/domain/anatomy/muscleMap.ts';
import { muscleFromCode } from '../../src/domain/encoding.ts';
import { areaKey } from '../../src/domain/regions.ts';
import { REGION_CODE_COUNT, areaFromCode } from '../../src/domain/encoding.ts';
import { openEdges, seeThrough, unmirrored } from './meshChecks.ts';

const COMMITTED = new URL('../../public/models/body.glb', import.meta.url);

interface Decoded {
  meshCount: number;
  primitiveCount: number;
  meshName: string;
  semantics: string[];
  /** Positions as stored (integers); `scale` turns them into metres. */
  positions: ArrayLike<number>;
  /** Normals as stored (signed bytes). */
  normals: ArrayLike<number>;
  scale: number;
  codes: number[];
  muscles: number[];
  indices: ArrayLike<number>;
}

async function decode(glb: Uint8Array): Promise<Decoded> {
  await MeshoptDecoder.ready;
  const io = new NodeIO()
    .registerExtensions([EXTMeshoptCompression, KHRMeshQuantization])
    .registerDependencies({ 'meshopt.decoder': MeshoptDecoder });
  const doc = await io.readBinary(glb);
  const root = doc.getRoot();
  const mesh = root.listMeshes()[0];
  const prim = mesh?.listPrimitives()[0];
  const position = prim?.getAttribute('POSITION');
  const normal = prim?.getAttribute('NORMAL');
  const region = prim?.getAttribute('_REGION');
  const muscle = prim?.getAttribute('_MUSCLE');
  const indices = prim?.getIndices();
  const node = root.listNodes().find((n) => n.getMesh() === mesh);
  if (!mesh || !prim || !position || !normal || !region || !muscle || !indices || !node)
    throw new Error('incomplete GLB');
  const codes: number[] = [];
  for (let i = 0; i < region.getCount(); i++) codes.push(region.getScalar(i));
  const muscles: number[] = [];
  for (let i = 0; i < muscle.getCount(); i++) muscles.push(muscle.getScalar(i));
  return {
    meshCount: root.listMeshes().length,
    primitiveCount: mesh.listPrimitives().length,
    meshName: mesh.getName(),
    semantics: prim.listSemantics(),
    positions: position.getArray() as ArrayLike<number>,
    normals: normal.getArray() as ArrayLike<number>,
    scale: node.getScale()[0],
    codes,
    muscles,
    indices: indices.getArray() as ArrayLike<number>,
  };
}

let glb: Uint8Array;
let body: Decoded;

/** The decoded body as a three mesh in metres, for casting rays at. */
function meshInMetres({ positions, indices, scale }: Decoded): {
  metres: Float32Array;
  mesh: Mesh;
} {
  const metres = new Float32Array(positions.length);
  for (let i = 0; i < positions.length; i++) metres[i] = (positions[i] as number) * scale;
  const geometry = new BufferGeometry();
  geometry.setAttribute('position', new BufferAttribute(metres, 3));
  geometry.setIndex(Array.from(indices));
  return { metres, mesh: new Mesh(geometry, new MeshBasicMaterial()) };
}

beforeAll(async () => {
  glb = await buildBodyGlb();
  body = await decode(glb);
}, 120_000);

describe('body model', () => {
  it('regenerates exactly the committed public/models/body.glb', () => {
    const committed = readFileSync(COMMITTED);
    expect(Buffer.compare(Buffer.from(glb), committed)).toBe(0);
  });

  it('is under 250 KB gzipped', () => {
    expect(gzipSync(glb).byteLength).toBeLessThan(250 * 1024);
  });

  it('is one mesh named body with one primitive carrying POSITION, NORMAL, _REGION and _MUSCLE', () => {
    expect(body.meshCount).toBe(1);
    expect(body.primitiveCount).toBe(1);
    expect(body.meshName).toBe('body');
    expect(body.semantics).toEqual(
      expect.arrayContaining(['POSITION', 'NORMAL', '_REGION', '_MUSCLE']),
    );
  });

  it('gives each triangle a single muscle code, every code naming a surface muscle or none', () => {
    const { indices, muscles } = body;
    let mixed = 0;
    for (let t = 0; t < indices.length; t += 3) {
      const a = muscles[indices[t] as number];
      if (a !== muscles[indices[t + 1] as number] || a !== muscles[indices[t + 2] as number])
        mixed++;
    }
    expect(mixed).toBe(0);
    expect(Math.max(...muscles)).toBeLessThanOrEqual(SURFACE_MUSCLES.length);
  });

  it('shows every surface muscle on both sides', () => {
    const { positions, muscles } = body;
    const left = new Set<number>();
    const right = new Set<number>();
    for (let v = 0; v < muscles.length; v++) {
      const x = positions[v * 3] as number;
      if (x > 0) left.add(muscles[v] as number);
      if (x < 0) right.add(muscles[v] as number);
    }
    const missing = SURFACE_MUSCLES.filter((_, i) => !left.has(i + 1) || !right.has(i + 1)).map(
      (id) => id,
    );
    expect(missing).toEqual([]);
    expect(muscleFromCode(1)).toBe(SURFACE_MUSCLES[0]);
  });

  it('has the proportions of a 1.75 m adult (anthropometry.md, Drillis & Contini)', () => {
    const { positions, scale } = body;
    let top = -Infinity;
    let bottom = Infinity;
    let foot = { min: Infinity, max: -Infinity };
    let halfWidth = 0;
    let fingertip = Infinity;
    for (let v = 0; v < positions.length / 3; v++) {
      const x = (positions[v * 3] as number) * scale;
      const y = (positions[v * 3 + 1] as number) * scale;
      const z = (positions[v * 3 + 2] as number) * scale;
      top = Math.max(top, y);
      bottom = Math.min(bottom, y);
      if (y < 0.06 && x > 0) foot = { min: Math.min(foot.min, z), max: Math.max(foot.max, z) };
      // Breadth over the deltoid caps, just below the acromion (lower down the abducted arm
      // would count).
      if (y > 1.4 && y < 1.45) halfWidth = Math.max(halfWidth, x);
      if (x > 0.2) fingertip = Math.min(fingertip, y);
    }
    const H = STATURE;
    const near = (value: number, expected: number, tol: number): void => {
      expect(
        Math.abs(value - expected),
        `${value.toFixed(3)} vs ${expected.toFixed(3)}`,
      ).toBeLessThan(tol);
    };
    near(top, 1.0 * H, 0.006);
    near(bottom, 0, 0.002);
    near(fingertip, 0.377 * H, 0.015);
    near(foot.max - foot.min, 0.152 * H, 0.02);
    // The deltoids stand 2–4 cm outside each acromion (an adult male's bideltoid breadth is
    // about 0.28 H).
    expect(halfWidth * 2).toBeGreaterThan(0.259 * H + 0.02);
    expect(halfWidth * 2).toBeLessThan(0.259 * H + 0.08);
    // Landmark heights and lengths the figure is built on.
    const y = (id: keyof typeof LANDMARKS): number => LANDMARKS[id][1];
    near(y('chin'), 0.87 * H, 0.005);
    near(y('eye-centre'), 0.936 * H, 0.005);
    near(y('acromion'), 0.818 * H, 0.005);
    near(y('c7'), y('acromion'), 0.025);
    near(y('nipple'), 0.72 * H, 0.005);
    near(y('elbow-centre'), 0.63 * H, 0.005);
    near(y('greater-trochanter'), 0.53 * H, 0.005);
    near(y('wrist-centre'), 0.485 * H, 0.005);
    near(y('middle-fingertip'), 0.377 * H, 0.008);
    near(y('knee-centre'), 0.285 * H, 0.005);
    near(y('ankle-centre'), 0.039 * H, 0.005);
    near(y('navel'), 0.6 * H, 0.01);
    near(y('pubic-symphysis'), 0.5 * H, 0.01);
    near(top - y('chin'), 0.13 * H, 0.006);
    near(LANDMARKS.acromion[0] * 2, 0.259 * H, 0.005);
    near(LANDMARKS['greater-trochanter'][0] * 2, 0.191 * H, 0.005);
    near(y('acromion') - y('elbow-centre'), 0.186 * H, 0.01);
    near(y('elbow-centre') - y('wrist-centre'), 0.146 * H, 0.01);
    near(y('wrist-centre') - y('middle-fingertip'), 0.108 * H, 0.01);
    // Drillis & Contini measure the thigh from the trochanter (their hip height, 0.53 H).
    near(y('greater-trochanter') - y('knee-centre'), 0.245 * H, 0.01);
    near(y('knee-centre') - y('ankle-centre'), 0.246 * H, 0.01);
    // The lateral malleolus sits lower and further back than the medial one.
    expect(LANDMARKS['lateral-malleolus'][1]).toBeLessThan(LANDMARKS['medial-malleolus'][1]);
    expect(LANDMARKS['lateral-malleolus'][2]).toBeLessThan(LANDMARKS['medial-malleolus'][2]);
    // 7.5 heads: stature over head height (chin to crown).
    near(H / (top - y('chin')), 7.5, 0.25);
  });

  it('gives each triangle a single region code', () => {
    const { indices, codes } = body;
    let mixed = 0;
    for (let t = 0; t < indices.length; t += 3) {
      const a = codes[indices[t] as number];
      if (a !== codes[indices[t + 1] as number] || a !== codes[indices[t + 2] as number]) mixed++;
    }
    expect(mixed).toBe(0);
  });

  it('is closed: welded by position, every edge is shared by exactly two triangles, once each way', () => {
    expect(openEdges(body.positions, body.indices).slice(0, 10)).toEqual([]);
  });

  it('has its triangles facing out: hardly any piece folds over and lets the background show through', () => {
    const { positions, normals, indices } = body;
    let folded = 0;
    const at = (a: ArrayLike<number>, v: number, i: number): number => a[v * 3 + i] as number;
    for (let t = 0; t < indices.length; t += 3) {
      const [a, b, c] = [indices[t], indices[t + 1], indices[t + 2]] as [number, number, number];
      const u = [0, 1, 2].map((i) => at(positions, b, i) - at(positions, a, i));
      const w = [0, 1, 2].map((i) => at(positions, c, i) - at(positions, a, i));
      const n = [
        u[1]! * w[2]! - u[2]! * w[1]!,
        u[2]! * w[0]! - u[0]! * w[2]!,
        u[0]! * w[1]! - u[1]! * w[0]!,
      ];
      const shading = [0, 1, 2].map(
        (i) => at(normals, a, i) + at(normals, b, i) + at(normals, c, i),
      );
      if (n[0]! * shading[0]! + n[1]! * shading[1]! + n[2]! * shading[2]! < 0) folded++;
    }
    // A few slivers in the tightest creases (armpit, between the fingers) are allowed.
    expect(folded).toBeLessThan(indices.length / 3 / 1000);
  });

  it('is solid at the back of the ankle: no ray across it finds a gap under the Achilles tendon', () => {
    const { mesh } = meshInMetres(body);
    expect(seeThrough(mesh, [0.1, -0.015], [0.06, 0.2], 0.016).slice(0, 5)).toEqual([]);
  });

  it('is left/right symmetric: every vertex has a mirror image carrying the same region on the other side and the same muscle', () => {
    expect(unmirrored(body.positions, body.codes, body.muscles).slice(0, 10)).toEqual([]);
  });

  it('contains all 134 region halves', () => {
    const present = new Set(body.codes);
    const absent = Array.from({ length: REGION_CODE_COUNT }, (_, c) => c).filter(
      (c) => !present.has(c),
    );
    expect(
      absent.map((c) => areaKey(areaFromCode(c) ?? { region: 'head-vertex', side: 'left' })),
    ).toEqual([]);
  });

  it('lets a ray from outside hit every region half: each one can be clicked', () => {
    const { indices, codes } = body;
    const { metres, mesh } = meshInMetres(body);
    const raycaster = new Raycaster();

    // Candidate triangles per region half, largest first (a stable, deterministic order).
    const byCode = new Map<number, { t: number; area: number; c: Vector3; n: Vector3 }[]>();
    const p = (v: number): Vector3 =>
      new Vector3(metres[v * 3], metres[v * 3 + 1], metres[v * 3 + 2]);
    for (let t = 0; t < indices.length; t += 3) {
      const a = p(indices[t] as number);
      const b = p(indices[t + 1] as number);
      const c = p(indices[t + 2] as number);
      const n = new Vector3().crossVectors(b.clone().sub(a), c.clone().sub(a));
      const area = n.length() / 2;
      if (area === 0) continue;
      const code = codes[indices[t] as number] as number;
      const list = byCode.get(code) ?? [];
      list.push({ t: t / 3, area, c: a.add(b).add(c).divideScalar(3), n: n.normalize() });
      byCode.set(code, list);
    }
    const unreachable: string[] = [];
    for (let code = 0; code < REGION_CODE_COUNT; code++) {
      const candidates = (byCode.get(code) ?? [])
        .sort((x, y) => y.area - x.area || x.t - y.t)
        .slice(0, 40);
      const hit = candidates.some(({ c, n }) => {
        raycaster.set(c.clone().addScaledVector(n, 0.6), n.clone().negate());
        const first = raycaster.intersectObject(mesh)[0];
        return first?.face ? codes[first.face.a] === code : false;
      });
      if (!hit)
        unreachable.push(areaKey(areaFromCode(code) ?? { region: 'head-vertex', side: 'left' }));
    }
    expect(unreachable).toEqual([]);
  });

  it('shows every region half at its centre from one of the six standard views (front, back, sides, above, below)', () => {
    const { indices, codes } = body;
    const { metres, mesh } = meshInMetres(body);
    const raycaster = new Raycaster();
    const views = [
      new Vector3(0, 0, 1),
      new Vector3(0, 0, -1),
      new Vector3(1, 0, 0),
      new Vector3(-1, 0, 0),
      new Vector3(0, 1, 0),
      new Vector3(0, -1, 0),
    ];
    const p = (v: number): Vector3 =>
      new Vector3(metres[v * 3], metres[v * 3 + 1], metres[v * 3 + 2]);
    // Area-weighted centre of each region half, then the centre of its triangle nearest to it:
    // a point on the skin in the middle of the region.
    const sums = new Map<number, { c: Vector3; area: number }>();
    const centres: { code: number; c: Vector3 }[] = [];
    for (let t = 0; t < indices.length; t += 3) {
      const a = p(indices[t] as number);
      const b = p(indices[t + 1] as number);
      const c = p(indices[t + 2] as number);
      const area = new Vector3().crossVectors(b.clone().sub(a), c.clone().sub(a)).length() / 2;
      const code = codes[indices[t] as number] as number;
      const centre = a.add(b).add(c).divideScalar(3);
      const sum = sums.get(code) ?? { c: new Vector3(), area: 0 };
      sum.c.addScaledVector(centre, area);
      sum.area += area;
      sums.set(code, sum);
      centres.push({ code, c: centre });
    }
    const hidden: string[] = [];
    for (let code = 0; code < REGION_CODE_COUNT; code++) {
      const sum = sums.get(code);
      if (!sum) continue;
      const mean = sum.c.clone().divideScalar(sum.area);
      let middle: Vector3 | undefined;
      for (const { code: k, c } of centres)
        if (k === code && (!middle || c.distanceTo(mean) < middle.distanceTo(mean))) middle = c;
      const seen = views.some((view) => {
        raycaster.set(middle!.clone().addScaledVector(view, 3), view.clone().negate());
        const first = raycaster.intersectObject(mesh)[0];
        return first?.face ? codes[first.face.a] === code : false;
      });
      if (!seen) hidden.push(areaKey(areaFromCode(code)!));
    }
    expect(hidden).toEqual([]);
  });
});
