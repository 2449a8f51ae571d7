import * as THREE from 'three';
import { regionCode, type BodyArea } from '../domain/regions.ts';

/**
 * The body mesh once loaded, for scene parts that need its geometry but are not its children
 * (the camera rig). Scene-internal; the rest of the app never sees three objects.
 */
let current: THREE.Mesh | null = null;

export function registerBody(mesh: THREE.Mesh | null): void {
  current = mesh;
}

export interface AreaView {
  /** Area-weighted centre of the region half's surface. */
  centre: THREE.Vector3;
  /** Area-weighted outward normal: the direction to look from. */
  normal: THREE.Vector3;
  /** Rough size of the area (metres), to choose how close to come. */
  size: number;
}

/** Where an area is on the body and which way it faces, or null before the body has loaded. */
export function areaView(area: BodyArea): AreaView | null {
  const geometry = current?.geometry;
  const index = geometry?.getIndex();
  const position = geometry?.getAttribute('position');
  const regions = geometry?.getAttribute('_region');
  if (!index || !position || !regions) return null;
  const code = regionCode(area);
  const a = new THREE.Vector3();
  const b = new THREE.Vector3();
  const c = new THREE.Vector3();
  const n = new THREE.Vector3();
  const centre = new THREE.Vector3();
  const normal = new THREE.Vector3();
  const box = new THREE.Box3();
  let total = 0;
  for (let i = 0; i < index.count; i += 3) {
    const ia = index.getX(i);
    if (regions.getX(ia) !== code) continue;
    a.fromBufferAttribute(position, ia);
    b.fromBufferAttribute(position, index.getX(i + 1));
    c.fromBufferAttribute(position, index.getX(i + 2));
    n.subVectors(c, b).cross(a.clone().sub(b));
    const area2 = n.length();
    if (area2 === 0) continue;
    normal.add(n);
    centre.addScaledVector(a.add(b).add(c), area2 / 3);
    total += area2;
    box.expandByPoint(a.divideScalar(3));
  }
  if (total === 0) return null;
  centre.divideScalar(total);
  const size = box.getSize(new THREE.Vector3()).length();
  return { centre, normal: normal.normalize(), size: Math.max(size, 0.05) };
}
