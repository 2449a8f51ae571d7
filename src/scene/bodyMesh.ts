import * as THREE from 'three';
import { areaFromCode, regionCode, surfaceMuscleCode } from '../domain/encoding.ts';
import type { Vec3 } from '../domain/anatomy/landmarks.ts';
import { areaKey, type BodyArea, type Side } from '../domain/regions.ts';

/**
 * The one reader of the body model's raw labels. The model file stores, per vertex, a region
 * code and a muscle code (quantised, meshopt-compressed, interleaved attributes named `_region`
 * and `_muscle`, see `src/domain/encoding.ts`); this adapter unpacks them once and answers in
 * structure ids (areas, muscles), so nothing else in the app knows attribute names or codes.
 * Pure three.js, no DOM: the tests and scripts use it in Node too.
 */
export interface BodyMesh {
  /** Positions and normals in metres, the index, and the area codes the paint shader reads. */
  readonly geometry: THREE.BufferGeometry;
  /** The area a vertex belongs to. */
  areaOfVertex(vertex: number): BodyArea | undefined;
  /** The area a triangle (hit by a raycast) belongs to. */
  areaOfFace(face: { a: number }): BodyArea | undefined;
  /** Area-weighted centre, outward normal and size of an area, for the camera; null if absent. */
  areaView(area: BodyArea): AreaView | null;
  /** The outline of an area, as line segments (pairs of points), lifted off the skin. */
  areaBorder(area: BodyArea): Segments;
  /** The outline of a surface muscle on one side; empty for a deep muscle. */
  muscleBorder(muscleId: string, side: Side): Segments;
  /** Centroids of an area's triangles, nearest the area's middle first (test probes). */
  areaCentroids(area: BodyArea): THREE.Vector3[];
  /** Whether a muscle lies on the surface of this model (and so can be outlined). */
  hasSurfaceMuscle(muscleId: string): boolean;
  /**
   * Projects a point near the skin onto the body along the direction you press in; the hit
   * nearest the point (an arm can lie in front of the trunk along the ray).
   */
  project(point: Vec3, pressDirection: Vec3, reach?: number): SurfaceHit | undefined;
  /** The first point of the body a ray meets, and its area. */
  raycast(raycaster: THREE.Raycaster): SurfaceHit | undefined;
  /** Releases the GPU buffers. */
  dispose(): void;
}

/** Line segments: points in pairs, each pair one segment. */
export type Segments = readonly (readonly [number, number, number])[];

export interface SurfaceHit {
  point: THREE.Vector3;
  normal: THREE.Vector3;
  area: BodyArea | undefined;
}

export interface AreaView {
  centre: THREE.Vector3;
  normal: THREE.Vector3;
  /** Rough size of the area (metres), to choose how close to come. */
  size: number;
}

/** The attribute the paint shader reads each vertex's area code from. */
export const AREA_CODE_ATTRIBUTE = 'areaCode';

const LIFT = 0.0015;

/** Unpacks a loaded body model (a glTF scene with one mesh) into a `BodyMesh`. */
export function createBodyMesh(scene: THREE.Object3D): BodyMesh {
  let mesh: THREE.Mesh | undefined;
  scene.updateMatrixWorld(true);
  scene.traverse((object) => {
    if (!mesh && (object as THREE.Mesh).isMesh) mesh = object as THREE.Mesh;
  });
  const source = mesh?.geometry;
  const position = source?.getAttribute('position');
  const normal = source?.getAttribute('normal');
  const region = source?.getAttribute('_region');
  // Which superficial muscle lies under each vertex (0 = none); optional in older models.
  const muscle = source?.getAttribute('_muscle');
  const index = source?.getIndex();
  if (!mesh || !position || !normal || !region || !index) {
    throw new Error('The body model is missing its mesh, normals, index or region labels.');
  }
  const matrix = mesh.matrixWorld;
  const normalMatrix = new THREE.Matrix3().getNormalMatrix(matrix);
  const count = position.count;
  const positions = new Float32Array(count * 3);
  const normals = new Float32Array(count * 3);
  const areaCodes = new Float32Array(count);
  const muscleCodes = new Uint8Array(count);
  const v = new THREE.Vector3();
  for (let i = 0; i < count; i++) {
    // getX/getY/getZ, never .array: the attributes arrive interleaved and normalised.
    v.set(position.getX(i), position.getY(i), position.getZ(i)).applyMatrix4(matrix);
    positions.set([v.x, v.y, v.z], i * 3);
    v.set(normal.getX(i), normal.getY(i), normal.getZ(i)).applyMatrix3(normalMatrix).normalize();
    normals.set([v.x, v.y, v.z], i * 3);
    areaCodes[i] = Math.round(region.getX(i));
    muscleCodes[i] = muscle ? Math.round(muscle.getX(i)) : 0;
  }
  const indices = new Uint32Array(index.count);
  for (let i = 0; i < index.count; i++) indices[i] = index.getX(i);
  const geometry = new THREE.BufferGeometry();
  geometry.setAttribute('position', new THREE.BufferAttribute(positions, 3));
  geometry.setAttribute('normal', new THREE.BufferAttribute(normals, 3));
  geometry.setAttribute(AREA_CODE_ATTRIBUTE, new THREE.BufferAttribute(areaCodes, 1));
  geometry.setIndex(new THREE.BufferAttribute(indices, 1));
  geometry.computeBoundingBox();
  geometry.computeBoundingSphere();

  const surfaceMuscles = new Set<number>(muscleCodes);
  // A plain mesh over the same geometry, for raycasts only (never drawn).
  const picker = new THREE.Mesh(geometry);
  const raycaster = new THREE.Raycaster();
  const hitOf = (hit: THREE.Intersection | undefined): SurfaceHit | undefined =>
    hit?.face
      ? {
          point: hit.point.clone(),
          normal: hit.face.normal.clone(),
          area: areaFromCode(areaCodes[hit.face.a] ?? -1),
        }
      : undefined;
  const borders = new Map<string, Segments>();
  const views = new Map<string, AreaView | null>();

  const codeOfTriangle = (labels: ArrayLike<number>, t: number) => labels[indices[t]!]!;

  /** Edges of the triangles whose label is `code` that no other such triangle shares. */
  const border = (
    labels: ArrayLike<number>,
    code: number,
    keep?: (a: number, b: number) => boolean,
  ) => {
    const edges = new Map<number, number>();
    const key = (a: number, b: number) => (a < b ? a * count + b : b * count + a);
    for (let t = 0; t < indices.length; t += 3) {
      if (codeOfTriangle(labels, t) !== code) continue;
      const a = indices[t]!;
      const b = indices[t + 1]!;
      const c = indices[t + 2]!;
      for (const k of [key(a, b), key(b, c), key(c, a)]) edges.set(k, (edges.get(k) ?? 0) + 1);
    }
    const out: [number, number, number][] = [];
    const push = (i: number) =>
      out.push([
        positions[i * 3]! + normals[i * 3]! * LIFT,
        positions[i * 3 + 1]! + normals[i * 3 + 1]! * LIFT,
        positions[i * 3 + 2]! + normals[i * 3 + 2]! * LIFT,
      ]);
    for (const [k, n] of edges) {
      if (n !== 1) continue;
      const a = Math.floor(k / count);
      const b = k % count;
      if (keep && !keep(a, b)) continue;
      push(a);
      push(b);
    }
    return out;
  };

  const cached = <T>(map: Map<string, T>, key: string, make: () => T): T => {
    if (!map.has(key)) map.set(key, make());
    return map.get(key) as T;
  };

  return {
    geometry,
    areaOfVertex: (vertex) => areaFromCode(areaCodes[vertex] ?? -1),
    areaOfFace: (face) => areaFromCode(areaCodes[face.a] ?? -1),
    areaView: (area) => cached(views, areaKey(area), () => computeAreaView(regionCode(area))),
    areaBorder: (area) =>
      cached(borders, `area:${areaKey(area)}`, () => border(areaCodes, regionCode(area))),
    muscleBorder: (muscleId, side) =>
      cached(borders, `muscle:${muscleId}:${side}`, () => {
        const code = surfaceMuscleCode(muscleId);
        if (code === 0 || !surfaceMuscles.has(code)) return [];
        // The figure is symmetric; the outline is of the chosen side only.
        const onSide = (a: number, b: number) =>
          positions[a * 3]! + positions[b * 3]! >= 0 === (side === 'left');
        return border(muscleCodes, code, onSide);
      }),
    areaCentroids: (area) => {
      const code = regionCode(area);
      const centroids: THREE.Vector3[] = [];
      const sum = new THREE.Vector3();
      for (let t = 0; t < indices.length; t += 3) {
        if (codeOfTriangle(areaCodes, t) !== code) continue;
        const c = new THREE.Vector3();
        for (let k = 0; k < 3; k++) c.add(v.fromArray(positions, indices[t + k]! * 3));
        c.divideScalar(3);
        centroids.push(c);
        sum.add(c);
      }
      if (centroids.length === 0) return [];
      const mean = sum.divideScalar(centroids.length);
      return centroids.sort((p, q) => p.distanceToSquared(mean) - q.distanceToSquared(mean));
    },
    hasSurfaceMuscle: (muscleId) => {
      const code = surfaceMuscleCode(muscleId);
      return code > 0 && surfaceMuscles.has(code);
    },
    project: (point, pressDirection, reach = 0.25) => {
      const dir = new THREE.Vector3(...pressDirection).normalize();
      const target = new THREE.Vector3(...point);
      raycaster.set(target.clone().addScaledVector(dir, -reach), dir);
      raycaster.far = reach * 2;
      let best: THREE.Intersection | undefined;
      for (const hit of raycaster.intersectObject(picker, false)) {
        if (!best || hit.point.distanceTo(target) < best.point.distanceTo(target)) best = hit;
      }
      return hitOf(best);
    },
    raycast: (ray) => hitOf(ray.intersectObject(picker, false)[0]),
    dispose: () => geometry.dispose(),
  };

  function computeAreaView(code: number): AreaView | null {
    const a = new THREE.Vector3();
    const b = new THREE.Vector3();
    const c = new THREE.Vector3();
    const n = new THREE.Vector3();
    const centre = new THREE.Vector3();
    const outward = new THREE.Vector3();
    const box = new THREE.Box3();
    let total = 0;
    for (let t = 0; t < indices.length; t += 3) {
      if (codeOfTriangle(areaCodes, t) !== code) continue;
      a.fromArray(positions, indices[t]! * 3);
      b.fromArray(positions, indices[t + 1]! * 3);
      c.fromArray(positions, indices[t + 2]! * 3);
      n.subVectors(c, b).cross(a.clone().sub(b));
      const area2 = n.length();
      if (area2 === 0) continue;
      outward.add(n);
      centre.addScaledVector(a.add(b).add(c), area2 / 3);
      total += area2;
      box.expandByPoint(a.divideScalar(3));
    }
    if (total === 0) return null;
    centre.divideScalar(total);
    const size = box.getSize(new THREE.Vector3()).length();
    return { centre, normal: outward.normalize(), size: Math.max(size, 0.05) };
  }
}
