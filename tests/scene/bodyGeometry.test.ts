import { beforeAll, describe, expect, it } from 'vitest';
import { atlas } from '../../data/index.ts';
import { SURFACE_MUSCLES } from '../../src/domain/anatomy/muscleMap.ts';
import { REGION_IDS, SIDES } from '../../src/domain/regions.ts';
import type { BodyMesh } from '../../src/scene/bodyMesh.ts';
import { loadBodyMesh } from '../../scripts/model/loadBody.ts';

let body: BodyMesh;
beforeAll(async () => {
  body = await loadBodyMesh();
});

describe('the body as the app loads it', () => {
  it('is in metres: about 1.75 m tall, standing on the floor, facing +z', () => {
    const box = body.geometry.boundingBox!;
    expect(box.max.y).toBeCloseTo(1.75, 1);
    expect(box.min.y).toBeGreaterThan(-0.01);
    expect(box.min.y).toBeLessThan(0.02);
    expect(box.max.x).toBeCloseTo(-box.min.x, 3);
  });

  it('puts every vertex in an area, on the side its x says', () => {
    const position = body.geometry.getAttribute('position');
    for (let i = 0; i < position.count; i++) {
      const area = body.areaOfVertex(i);
      expect(area, `vertex ${i}`).toBeDefined();
      const x = position.getX(i);
      if (Math.abs(x) > 0.005) expect(area!.side, `vertex ${i}`).toBe(x > 0 ? 'left' : 'right');
    }
  });

  it('names only atlas muscles on its surface', () => {
    const ids = new Set(atlas.muscles.map((m) => m.id));
    for (const id of SURFACE_MUSCLES) expect(ids.has(id), id).toBe(true);
  });

  it.each(REGION_IDS)('outlines the %s on both sides', (region) => {
    for (const side of SIDES) {
      const border = body.areaBorder({ region, side });
      expect(border.length).toBeGreaterThan(0);
      expect(border.length % 2).toBe(0);
    }
  });

  it.each([...SURFACE_MUSCLES])(
    'outlines the %s on each side, where it lies on the surface',
    (muscle) => {
      expect(body.hasSurfaceMuscle(muscle)).toBe(true);
      for (const side of SIDES) {
        const border = body.muscleBorder(muscle, side);
        expect(border.length).toBeGreaterThan(0);
        for (const [x] of border) expect(side === 'left' ? x >= -0.01 : x <= 0.01).toBe(true);
      }
    },
  );

  it('has no outline for a deep muscle', () => {
    expect(body.hasSurfaceMuscle('piriformis')).toBe(false);
    expect(body.muscleBorder('piriformis', 'left')).toEqual([]);
  });

  it('finds where each area faces, to turn the camera to it', () => {
    const view = body.areaView({ region: 'low-back', side: 'left' })!;
    expect(view.normal.z).toBeLessThan(-0.5);
    expect(view.centre.x).toBeGreaterThan(0);
    const front = body.areaView({ region: 'chest', side: 'right' })!;
    expect(front.normal.z).toBeGreaterThan(0.5);
    expect(front.centre.x).toBeLessThan(0);
  });
});
