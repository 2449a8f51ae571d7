import * as THREE from 'three';
import type { Vec3 } from '../domain/anatomy/landmarks.ts';

export interface SurfacePoint {
  point: THREE.Vector3;
  normal: THREE.Vector3;
  code: number;
}

const raycaster = new THREE.Raycaster();

/**
 * Projects a point near the skin onto the body along the direction you press in: casts a ray
 * from outside the body toward the point and takes the first surface it meets near the point.
 */
export function projectOntoSurface(
  mesh: THREE.Mesh,
  point: Vec3,
  pressDirection: Vec3,
  reach = 0.25,
): SurfacePoint | undefined {
  const dir = new THREE.Vector3(...pressDirection).normalize();
  const target = new THREE.Vector3(...point);
  const origin = target.clone().addScaledVector(dir, -reach);
  raycaster.set(origin, dir);
  raycaster.far = reach * 2;
  const hits = raycaster.intersectObject(mesh, false);
  // The hit nearest the authored point, not simply the first: an arm can lie in front of the
  // trunk along the ray.
  let best: THREE.Intersection | undefined;
  for (const hit of hits) {
    if (!best || hit.point.distanceTo(target) < best.point.distanceTo(target)) best = hit;
  }
  if (!best || !best.face) return undefined;
  const regions = mesh.geometry.getAttribute('_region');
  return {
    point: best.point.clone(),
    normal: best.face.normal.clone().transformDirection(mesh.matrixWorld),
    code: regions ? regions.getX(best.face.a) : -1,
  };
}
