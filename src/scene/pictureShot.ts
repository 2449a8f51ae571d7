import * as THREE from 'three';
import type { Skeleton } from '../domain/anatomy/build.ts';
import { resolvePlacement } from '../domain/anatomy/placement.ts';
import type { Placement } from '../domain/atlas.ts';
import type { BodyArea, Side } from '../domain/regions.ts';
import type { BodyMesh } from './bodyMesh.ts';

/** The pictures' lens: the live view's field of view, so a picture looks like the screen. */
export const PICTURE_FOV = 30;

/** What one picture must show: a trigger point's X and its referral pattern. */
export interface PictureSubject {
  placement: Placement;
  side: Side;
  essential: readonly BodyArea[];
  spillover: readonly BodyArea[];
}

export interface PictureShot {
  position: THREE.Vector3;
  target: THREE.Vector3;
  /** Where the X lies on the skin. */
  point: THREE.Vector3;
}

const AZIMUTHS = Array.from({ length: 12 }, (_, i) => (i * Math.PI) / 6);
/** Level, a little from above, and from above (for points pressed from the top). */
const POLARS = [Math.PI / 2, 1.2, 0.85];
/** How far off the skin a ray may first hit and still count the point as seen (metres). */
const SEEN_WITHIN = 0.03;
const MIN_DISTANCE = 1.0;
const MAX_DISTANCE = 4.6;

const directionOf = (azimuth: number, polar: number) =>
  new THREE.Vector3(
    Math.sin(polar) * Math.sin(azimuth),
    Math.cos(polar),
    Math.sin(polar) * Math.cos(azimuth),
  );

/**
 * The camera for a printed picture of one trigger point: from the direction that shows the X and
 * as much of its pattern as can be seen at once (each candidate direction round the body and from
 * above is scored by what it sees unhidden: the X first, then the main pain zones, then the
 * "sometimes" ones), as close as fits the X and the zones it sees, with a margin. On screen the
 * camera flies to where you press; on paper there is one picture, so it must carry the pattern.
 */
export function pictureShot(
  mesh: BodyMesh,
  subject: PictureSubject,
  skeleton: Skeleton,
  aspect: number,
): PictureShot {
  const placement = resolvePlacement(subject.placement, subject.side, skeleton);
  const hit = mesh.project(placement.point, placement.pressDirection);
  const point = hit ? hit.point : new THREE.Vector3(...placement.point);
  const normal = hit
    ? hit.normal.clone()
    : new THREE.Vector3(...placement.pressDirection).negate().normalize();
  // A few points of each zone, nearest its middle first: enough to tell whether it is in view.
  const zones = [
    ...subject.essential.map((area) => ({ weight: 1, samples: samplesOf(mesh, area) })),
    ...subject.spillover.map((area) => ({ weight: 0.4, samples: samplesOf(mesh, area) })),
  ].filter((z) => z.samples.length > 0);
  const probe = new THREE.Raycaster();
  const seenFrom = (from: THREE.Vector3, at: THREE.Vector3) => {
    const toward = at.clone().sub(from);
    const far = toward.length();
    probe.set(from, toward.normalize());
    probe.far = far + SEEN_WITHIN;
    const first = mesh.raycast(probe);
    return !first || first.point.distanceTo(at) < SEEN_WITHIN;
  };

  let best: { score: number; direction: THREE.Vector3; seen: THREE.Vector3[] } | undefined;
  for (const polar of POLARS) {
    for (const azimuth of AZIMUTHS) {
      const direction = directionOf(azimuth, polar);
      const facing = normal.dot(direction);
      if (facing < 0.2) continue;
      const eye = point.clone().addScaledVector(direction, 3);
      if (!seenFrom(eye, point)) continue;
      // Facing the X squarely counts; looking straight down at a standing person is a last resort.
      let score = 2 + facing - (polar < 1 ? 0.3 : 0);
      const seen: THREE.Vector3[] = [];
      for (const zone of zones) {
        const visible = zone.samples.filter((s) =>
          seenFrom(s.clone().addScaledVector(direction, 3), s),
        );
        score += (zone.weight * visible.length) / zone.samples.length;
        seen.push(...visible);
      }
      if (!best || score > best.score + 1e-6) best = { score, direction, seen };
    }
  }
  const direction = best?.direction ?? normal;
  return frame(point, best?.seen ?? [], direction, aspect);
}

/** Up to nine points spread over an area (its triangles' centres, nearest its middle first). */
function samplesOf(mesh: BodyMesh, area: BodyArea): THREE.Vector3[] {
  const centroids = mesh.areaCentroids(area);
  if (centroids.length <= 9) return centroids;
  const step = centroids.length / 9;
  return Array.from({ length: 9 }, (_, i) => centroids[Math.floor(i * step)]!);
}

/** Looks along -direction at the box round the points, from as near as shows them all. */
function frame(
  anchor: THREE.Vector3,
  others: readonly THREE.Vector3[],
  direction: THREE.Vector3,
  aspect: number,
): PictureShot {
  const worldUp =
    Math.abs(direction.y) > 0.95 ? new THREE.Vector3(0, 0, -1) : new THREE.Vector3(0, 1, 0);
  const right = new THREE.Vector3().crossVectors(worldUp, direction).normalize();
  const up = new THREE.Vector3().crossVectors(direction, right).normalize();
  const all = [anchor, ...others];
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  for (const p of all) {
    const x = p.dot(right);
    const y = p.dot(up);
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  // Room round the zones' middles for the zones themselves, and a margin.
  const pad = 0.09;
  const halfW = (maxX - minX) / 2 + pad;
  const halfH = (maxY - minY) / 2 + pad;
  const tan = Math.tan(THREE.MathUtils.degToRad(PICTURE_FOV / 2));
  const depth = all.reduce((sum, p) => sum + p.dot(direction), 0) / all.length;
  const target = right
    .clone()
    .multiplyScalar((minX + maxX) / 2)
    .addScaledVector(up, (minY + maxY) / 2)
    .addScaledVector(direction, depth);
  const distance = THREE.MathUtils.clamp(
    Math.max(halfH / tan, halfW / (tan * aspect)) * 1.1 + 0.15,
    MIN_DISTANCE,
    MAX_DISTANCE,
  );
  return { position: target.clone().addScaledVector(direction, distance), target, point: anchor };
}
