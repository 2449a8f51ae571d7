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
import { REGION_CODE_COUNT, areaFromCode, areaKey } from '../../src/domain/regions.ts';

const COMMITTED = new URL('../../public/models/body.glb', import.meta.url);

interface Decoded {
  meshCount: number;
  primitiveCount: number;
  meshName: string;
  semantics: string[];
  /** Positions as stored (integers); `scale` turns them into metres. */
  positions: ArrayLike<number>;
  scale: number;
  codes: number[];
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
  const region = prim?.getAttribute('_REGION');
  const indices = prim?.getIndices();
  const node = root.listNodes().find((n) => n.getMesh() === mesh);
  if (!mesh || !prim || !position || !region || !indices || !node)
    throw new Error('incomplete GLB');
  const codes: number[] = [];
  for (let i = 0; i < region.getCount(); i++) codes.push(region.getScalar(i));
  return {
    meshCount: root.listMeshes().length,
    primitiveCount: mesh.listPrimitives().length,
    meshName: mesh.getName(),
    semantics: prim.listSemantics(),
    positions: position.getArray() as ArrayLike<number>,
    scale: node.getScale()[0],
    codes,
    indices: indices.getArray() as ArrayLike<number>,
  };
}

let glb: Uint8Array;
let body: Decoded;

beforeAll(async () => {
  glb = await buildBodyGlb();
  body = await decode(glb);
}, 120_000);

describe('body model', () => {
  it('regenerates exactly the committed public/models/body.glb', () => {
    const committed = readFileSync(COMMITTED);
    expect(Buffer.compare(Buffer.from(glb), committed)).toBe(0);
  });

  it('is under 200 KB gzipped', () => {
    expect(gzipSync(glb).byteLength).toBeLessThan(200 * 1024);
  });

  it('is one mesh named body with one primitive carrying POSITION, NORMAL and _REGION', () => {
    expect(body.meshCount).toBe(1);
    expect(body.primitiveCount).toBe(1);
    expect(body.meshName).toBe('body');
    expect(body.semantics).toEqual(expect.arrayContaining(['POSITION', 'NORMAL', '_REGION']));
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
    const { positions, indices } = body;
    const weld = new Map<string, number>();
    const id = (v: number): number => {
      const key = `${positions[v * 3]},${positions[v * 3 + 1]},${positions[v * 3 + 2]}`;
      let w = weld.get(key);
      if (w === undefined) {
        w = weld.size;
        weld.set(key, w);
      }
      return w;
    };
    const directed = new Map<string, number>();
    for (let t = 0; t < indices.length; t += 3) {
      const w = [
        id(indices[t] as number),
        id(indices[t + 1] as number),
        id(indices[t + 2] as number),
      ];
      for (let e = 0; e < 3; e++) {
        const key = `${w[e]}>${w[(e + 1) % 3]}`;
        directed.set(key, (directed.get(key) ?? 0) + 1);
      }
    }
    const bad: string[] = [];
    for (const [key, count] of directed) {
      const [a, b] = key.split('>');
      if (count !== 1 || directed.get(`${b}>${a}`) !== 1) bad.push(key);
    }
    expect(bad.slice(0, 10)).toEqual([]);
  });

  it('is left/right symmetric: every vertex has a mirror image carrying the same region on the other side', () => {
    const { positions, codes } = body;
    const n = codes.length;
    const keys = new Set<string>();
    for (let v = 0; v < n; v++)
      keys.add(`${positions[v * 3]},${positions[v * 3 + 1]},${positions[v * 3 + 2]},${codes[v]}`);
    const missing: number[] = [];
    for (let v = 0; v < n; v++) {
      const x = -(positions[v * 3] as number) || 0;
      const code = (codes[v] as number) ^ 1;
      if (!keys.has(`${x},${positions[v * 3 + 1]},${positions[v * 3 + 2]},${code}`))
        missing.push(v);
    }
    expect(missing.slice(0, 10)).toEqual([]);
  });

  it('contains all 122 region halves', () => {
    const present = new Set(body.codes);
    const absent = Array.from({ length: REGION_CODE_COUNT }, (_, c) => c).filter(
      (c) => !present.has(c),
    );
    expect(
      absent.map((c) => areaKey(areaFromCode(c) ?? { region: 'head-vertex', side: 'left' })),
    ).toEqual([]);
  });

  it('lets a ray from outside hit every region half: each one can be clicked', () => {
    const { positions, indices, codes, scale } = body;
    const metres = new Float32Array(positions.length);
    for (let i = 0; i < positions.length; i++) metres[i] = (positions[i] as number) * scale;
    const geometry = new BufferGeometry();
    geometry.setAttribute('position', new BufferAttribute(metres, 3));
    geometry.setIndex(Array.from(indices));
    const mesh = new Mesh(geometry, new MeshBasicMaterial());
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
});
