import { readFileSync } from 'node:fs';
import * as THREE from 'three';
import { beforeAll, describe, expect, it } from 'vitest';
import { atlas } from '../../data/index.ts';
import { REFERENCE_SKELETON } from '../../src/domain/anatomy/build.ts';
import { patternAreas } from '../../src/domain/ranking.ts';
import type { Side } from '../../src/domain/regions.ts';
import type { BodyMesh } from '../../src/scene/bodyMesh.ts';
import { PICTURE_FOV, pictureShot, type PictureShot } from '../../src/scene/pictureShot.ts';
import { loadBodyMesh } from '../../scripts/model/loadBody.ts';

let mesh: BodyMesh;
beforeAll(async () => {
  mesh = await loadBodyMesh(readFileSync('public/models/body.glb'));
});

const triggerPoints = atlas.muscles.flatMap((m) => m.triggerPoints);

function shotOf(tpId: string, side: Side, aspect = 4 / 3): PictureShot {
  const tp = triggerPoints.find((t) => t.id === tpId);
  if (!tp) throw new Error(`no trigger point ${tpId}`);
  return pictureShot(
    mesh,
    {
      placement: tp.placement,
      side,
      essential: patternAreas(tp.referral.essential, side),
      spillover: patternAreas(tp.referral.spillover, side),
    },
    REFERENCE_SKELETON,
    aspect,
  );
}

/** The way the camera looks from, a unit vector (+z: in front, +x: the person's left, +y up). */
const from = (shot: PictureShot) => shot.position.clone().sub(shot.target).normalize();

/** Whether nothing of the body lies between the camera and the X. */
function xSeen(shot: PictureShot): boolean {
  const toward = shot.point.clone().sub(shot.position);
  const ray = new THREE.Raycaster(shot.position, toward.clone().normalize(), 0, toward.length());
  const first = mesh.raycast(ray);
  return !first || first.point.distanceTo(shot.point) < 0.03;
}

/** Whether the X falls inside the picture (the camera's frustum, with its aspect). */
function xInFrame(shot: PictureShot, aspect: number): boolean {
  const camera = new THREE.PerspectiveCamera(PICTURE_FOV, aspect, 0.05, 20);
  camera.position.copy(shot.position);
  camera.lookAt(shot.target);
  camera.updateMatrixWorld();
  const p = shot.point.clone().project(camera);
  return Math.abs(p.x) <= 1 && Math.abs(p.y) <= 1 && p.z < 1;
}

describe('a printed picture is taken from the side the trigger point is on', () => {
  it('a point on the back of the shoulder blade is never seen from the front', () => {
    // Its pain runs down the front of the arm, so the picture may turn to the side to show both.
    expect(from(shotOf('infraspinatus-tp1', 'left')).z).toBeLessThan(0.1);
    expect(from(shotOf('infraspinatus-tp1', 'right')).z).toBeLessThan(0.1);
  });

  it('a point on the side of the head is seen from that side', () => {
    expect(from(shotOf('temporalis-tp1', 'left')).x).toBeGreaterThan(0.5);
    expect(from(shotOf('temporalis-tp1', 'right')).x).toBeLessThan(-0.5);
  });

});

describe('a printed picture always shows its X', () => {
  it('for points round the body, nothing of the body hides the X, and it is in frame', () => {
    const hidden: string[] = [];
    const sample = ['infraspinatus-tp1', 'temporalis-tp1', 'upper-trapezius-tp1'];
    for (const tp of triggerPoints.filter((t) => sample.includes(t.id))) {
      for (const side of ['left', 'right'] as const) {
        const shot = shotOf(tp.id, side);
        if (!xSeen(shot) || !xInFrame(shot, 4 / 3)) hidden.push(`${tp.id} (${side})`);
      }
    }
    expect(hidden).toEqual([]);
  });

  it('close enough to read the X: the camera is within reach of the body', () => {
    const shot = shotOf('temporalis-tp1', 'left');
    expect(shot.position.distanceTo(shot.target)).toBeLessThanOrEqual(4.6);
    expect(shot.position.distanceTo(shot.target)).toBeGreaterThanOrEqual(1);
  });
});

describe('a printed picture is the same every time', () => {
  it('the same trigger point gives the same camera, to the millimetre', () => {
    const a = shotOf('upper-trapezius-tp1', 'left');
    const b = shotOf('upper-trapezius-tp1', 'left');
    expect(a.position.distanceTo(b.position)).toBeLessThan(1e-9);
    expect(a.target.distanceTo(b.target)).toBeLessThan(1e-9);
  });

  it('the right side is the mirror of the left', () => {
    const left = shotOf('infraspinatus-tp1', 'left');
    const right = shotOf('infraspinatus-tp1', 'right');
    expect(right.position.x).toBeCloseTo(-left.position.x, 1);
    expect(right.position.z).toBeCloseTo(left.position.z, 1);
  });
});
