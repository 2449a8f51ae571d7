import { describe, expect, it } from 'vitest';
import { LANDMARKS } from '../../src/domain/anatomy/landmarks.ts';
import { resolvePlacement } from '../../src/domain/anatomy/placement.ts';

describe('resolvePlacement', () => {
  it('puts a point between two landmarks and mirrors it to the right side', () => {
    const placement = { from: 'c7', to: 'acromion', t: 0.5, facing: 'top' } as const;
    const left = resolvePlacement(placement, 'left');
    const [cx, cy, cz] = LANDMARKS.c7;
    const [ax, ay, az] = LANDMARKS.acromion;
    expect(left.point[0]).toBeCloseTo((cx + ax) / 2);
    expect(left.point[1]).toBeCloseTo((cy + ay) / 2);
    expect(left.point[2]).toBeCloseTo((cz + az) / 2);
    const right = resolvePlacement(placement, 'right');
    expect(right.point[0]).toBeCloseTo(-left.point[0]);
    expect(left.pressDirection).toEqual([0, -1, 0]);
  });

  it('presses toward the midline from the outside on either side', () => {
    const placement = { from: 'greater-trochanter', facing: 'outside' } as const;
    expect(resolvePlacement(placement, 'left').pressDirection[0]).toBe(-1);
    expect(resolvePlacement(placement, 'right').pressDirection[0]).toBe(1);
  });

  it('adds the offset after interpolating', () => {
    const p = resolvePlacement(
      { from: 'psis', offset: [0.01, 0.02, -0.03], facing: 'back' },
      'left',
    );
    expect(p.point[0]).toBeCloseTo(LANDMARKS.psis[0] + 0.01);
    expect(p.point[1]).toBeCloseTo(LANDMARKS.psis[1] + 0.02);
    expect(p.point[2]).toBeCloseTo(LANDMARKS.psis[2] - 0.03);
  });
});
