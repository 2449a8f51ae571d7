import type * as THREE from 'three';
import { beforeAll, describe, expect, it } from 'vitest';
import { atlas } from '../../data/index.ts';
import { SURFACE_MUSCLES } from '../../src/domain/anatomy/muscleMap.ts';
import { REGION_CODE_COUNT, REGION_IDS, regionCode } from '../../src/domain/regions.ts';
import { labelBorder } from '../../src/scene/regionOutlines.ts';
import { loadBodyMesh } from '../../scripts/model/loadBody.ts';

let mesh: THREE.Mesh;
beforeAll(async () => {
  mesh = await loadBodyMesh();
});

describe('the body as the app loads it', () => {
  it('is in metres: about 1.75 m tall, standing on the floor, facing +z', () => {
    const box = mesh.geometry.boundingBox!;
    expect(box.max.y).toBeCloseTo(1.75, 1);
    expect(box.min.y).toBeGreaterThan(-0.01);
    expect(box.min.y).toBeLessThan(0.02);
    expect(box.max.x).toBeCloseTo(-box.min.x, 3);
  });

  it('labels every vertex with a valid region code and a muscle code', () => {
    const regions = mesh.geometry.getAttribute('_region');
    const muscles = mesh.geometry.getAttribute('_muscle');
    for (let i = 0; i < regions.count; i++) {
      expect(regions.getX(i)).toBeGreaterThanOrEqual(0);
      expect(regions.getX(i)).toBeLessThan(REGION_CODE_COUNT);
      expect(muscles.getX(i)).toBeLessThanOrEqual(SURFACE_MUSCLES.length);
    }
  });

  it('names only atlas muscles on its surface', () => {
    const ids = new Set(atlas.muscles.map((m) => m.id));
    for (const id of SURFACE_MUSCLES) expect(ids.has(id), id).toBe(true);
  });

  it.each(REGION_IDS)('outlines the %s on both sides', (region) => {
    for (const side of ['left', 'right'] as const) {
      const border = labelBorder(mesh.geometry, '_region', regionCode({ region, side }));
      expect(border.length).toBeGreaterThan(0);
      expect(border.length % 6).toBe(0);
    }
  });

  it.each([...SURFACE_MUSCLES])('outlines the %s where it lies on the surface', (muscle) => {
    const border = labelBorder(mesh.geometry, '_muscle', SURFACE_MUSCLES.indexOf(muscle) + 1);
    expect(border.length).toBeGreaterThan(0);
  });
});
