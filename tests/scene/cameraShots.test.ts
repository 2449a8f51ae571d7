import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { atlas } from '../../data/index.ts';
import { REFERENCE_SKELETON } from '../../src/domain/anatomy/build.ts';
import type { Side } from '../../src/domain/regions.ts';
import { shotOfArea, shotOfTriggerPoint, type Shot } from '../../src/scene/CameraRig.tsx';
import type { BodyMesh } from '../../src/scene/bodyMesh.ts';
import { loadBodyMesh } from '../../scripts/model/loadBody.ts';

let mesh: BodyMesh;
beforeAll(async () => {
  mesh = await loadBodyMesh(readFileSync('public/models/body.glb'));
});

/** Which way the camera looks from, as a unit vector on the floor (+z: in front, +x: the
 * person's left). */
const from = (shot: Shot) => ({ x: Math.sin(shot.azimuth), z: Math.cos(shot.azimuth) });
const facingFront = { azimuthAngle: 0 };

function pointShot(tpId: string, side: Side, controls = facingFront): Shot {
  const tp = atlas.muscles.flatMap((m) => m.triggerPoints).find((t) => t.id === tpId)!;
  return shotOfTriggerPoint(
    { kind: 'focus-trigger-point', placement: tp.placement, side, nonce: 1 },
    controls,
    REFERENCE_SKELETON,
  );
}

describe('the camera shows a trigger point from where it is pressed', () => {
  it('the infraspinatus from behind, whichever way the body faced', () => {
    expect(from(pointShot('infraspinatus-tp1', 'left')).z).toBeLessThan(-0.7);
    expect(from(pointShot('infraspinatus-tp1', 'right', { azimuthAngle: 2 })).z).toBeLessThan(-0.7);
  });

  it('the temporalis from its own side', () => {
    expect(from(pointShot('temporalis-tp1', 'left')).x).toBeGreaterThan(0.7);
    expect(from(pointShot('temporalis-tp1', 'right')).x).toBeLessThan(-0.7);
  });

  it('close, aimed at the height of the point', () => {
    const shot = pointShot('temporalis-tp1', 'left');
    expect(shot.distance).toBeLessThan(2);
    expect(shot.target.y).toBeGreaterThan(1.5);
  });
});

describe('the camera shows an area facing it', () => {
  it('the calf from behind and the shin from the front, at their height', () => {
    const calf = shotOfArea(mesh, { region: 'calf', side: 'left' }, facingFront)!;
    expect(from(calf).z).toBeLessThan(-0.5);
    expect(calf.target.y).toBeLessThan(0.6);
    const shin = shotOfArea(mesh, { region: 'shin', side: 'left' }, facingFront)!;
    expect(from(shin).z).toBeGreaterThan(0.5);
  });

  it('the outer hip from its side', () => {
    expect(
      from(shotOfArea(mesh, { region: 'hip-side', side: 'left' }, facingFront)!).x,
    ).toBeGreaterThan(0.5);
    expect(
      from(shotOfArea(mesh, { region: 'hip-side', side: 'right' }, facingFront)!).x,
    ).toBeLessThan(-0.5);
  });

  it('the pelvic floor from the front or the back, whichever is nearer, never from the side', () => {
    const area = { region: 'pelvic-floor', side: 'left' } as const;
    expect(shotOfArea(mesh, area, { azimuthAngle: 0.4 })!.azimuth).toBe(0);
    expect(shotOfArea(mesh, area, { azimuthAngle: 2.8 })!.azimuth).toBeCloseTo(Math.PI);
  });

  it('stays near enough to see the area and far enough to see around it', () => {
    for (const region of ['temple', 'thigh-front', 'sole'] as const) {
      const shot = shotOfArea(mesh, { region, side: 'right' }, facingFront)!;
      expect(shot.distance).toBeGreaterThanOrEqual(1.4);
      expect(shot.distance).toBeLessThanOrEqual(2.6);
    }
  });
});
