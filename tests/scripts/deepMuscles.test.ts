import { describe, expect, it } from 'vitest';
import { MUSCLES } from '../../data/muscles/index.ts';
import { DEFAULT_BODY, buildBodySolid } from '../../scripts/model/body.ts';
import {
  DEEP_MUSCLE_SHAPES,
  buildDeepMuscle,
  muscleCoverage,
  pathPoint,
} from '../../scripts/model/muscles.ts';
import { len, sub, type V3 } from '../../scripts/model/sdf.ts';
import { LANDMARKS } from '../../src/domain/anatomy/landmarks.ts';
import { SURFACE_MUSCLES } from '../../src/domain/anatomy/muscleMap.ts';
import { resolvePlacement } from '../../src/domain/anatomy/placement.ts';

const solid = buildBodySolid(DEFAULT_BODY);

/** Nearest distance from p to a path of straight pieces. */
function distanceToPath(path: readonly V3[], p: V3): number {
  let best = Infinity;
  for (let i = 0; i <= 200; i++) best = Math.min(best, len(sub(pathPoint(path, i / 200), p)));
  return best;
}

describe.each(DEEP_MUSCLE_SHAPES.map((s) => [s.id, s] as const))('the deep %s', (_, shape) => {
  const mesh = buildDeepMuscle(shape);

  it('lies wholly inside the skin, at least 3 mm under it', () => {
    const outside: string[] = [];
    for (let i = 0; i < mesh.positions.length; i += 3) {
      const d = solid.dist(mesh.positions[i]!, mesh.positions[i + 1]!, mesh.positions[i + 2]!);
      if (d > -0.003) outside.push(`vertex ${i / 3} at ${(d * 1000).toFixed(1)} mm`);
    }
    expect(outside).toEqual([]);
  });

  it('runs between its landmarks', () => {
    const [a, b] = shape.between.map((id) => LANDMARKS[id] as V3) as [V3, V3];
    const lo = [0, 1, 2].map((k) => Math.min(a[k]!, b[k]!) - 0.05);
    const hi = [0, 1, 2].map((k) => Math.max(a[k]!, b[k]!) + 0.05);
    for (const p of shape.path)
      for (let k = 0; k < 3; k++) {
        expect(p[k]).toBeGreaterThanOrEqual(lo[k]!);
        expect(p[k]).toBeLessThanOrEqual(hi[k]!);
      }
    // Origin nearer the first landmark, insertion nearer the second.
    const start = shape.path[0]!;
    const end = shape.path.at(-1)!;
    expect(len(sub(start, a))).toBeLessThan(len(sub(start, b)));
    expect(len(sub(end, b))).toBeLessThan(len(sub(end, a)));
  });

  it('is built the same every time', () => {
    const again = buildDeepMuscle(shape);
    expect(Buffer.from(again.positions.buffer)).toEqual(Buffer.from(mesh.positions.buffer));
    expect(Buffer.from(again.indices.buffer)).toEqual(Buffer.from(mesh.indices.buffer));
  });

  it('carries every deep trigger point of its muscle: pressing in at the X reaches the muscle', () => {
    const muscle = MUSCLES.find((m) => m.id === shape.id);
    expect(muscle).toBeDefined();
    const misses: string[] = [];
    for (const tp of muscle!.triggerPoints) {
      if (tp.depth === 'superficial') continue;
      const { point, pressDirection } = resolvePlacement(tp.placement, 'left');
      let best = Infinity;
      for (let s = 0; s <= 0.2; s += 0.002) {
        const q: V3 = [
          point[0] + pressDirection[0] * s,
          point[1] + pressDirection[1] * s,
          point[2] + pressDirection[2] * s,
        ];
        best = Math.min(best, distanceToPath(shape.path, q));
      }
      if (best > shape.radius + 0.015) misses.push(`${tp.id}: ${(best * 100).toFixed(1)} cm off`);
    }
    expect(misses).toEqual([]);
  });
});

describe('the atlas muscles', () => {
  it('are each shown: a deep shape of their own or a superficial outline (listed)', () => {
    const coverage = muscleCoverage(
      MUSCLES.map((m) => m.id),
      SURFACE_MUSCLES,
    );
    // The deep muscles with their own shape so far; the rest are listed, not hidden.
    expect([...coverage.shape].sort()).toEqual(DEEP_MUSCLE_SHAPES.map((s) => s.id).sort());
    expect(coverage.shape.length).toBe(DEEP_MUSCLE_SHAPES.length);
    expect(coverage.shape.length + coverage.surface.length + coverage.missing.length).toBe(
      MUSCLES.length,
    );
    console.info(
      `deep shapes ${coverage.shape.length}, outlines ${coverage.surface.length}, not yet ${coverage.missing.length}: ${coverage.missing.join(', ')}`,
    );
  });
});
