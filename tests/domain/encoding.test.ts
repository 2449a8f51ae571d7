import { describe, expect, it } from 'vitest';
import { SURFACE_MUSCLES } from '../../src/domain/anatomy/muscleMap.ts';
import {
  LABEL_CAPACITY,
  MUSCLE_CODE_COUNT,
  REGION_CODE_COUNT,
  areaFromCode,
  muscleCode,
  muscleFromCode,
  regionCode,
  surfaceMuscleCode,
} from '../../src/domain/encoding.ts';
import { REGION_IDS } from '../../src/domain/regions.ts';

/** Warn long before a label runs out of room: the generator, file and shader all share it. */
const HEADROOM = 0.9;

describe('the body model encoding', () => {
  it('has two area codes per region', () => {
    expect(REGION_CODE_COUNT).toBe(REGION_IDS.length * 2);
  });

  it.each([
    ['area codes', REGION_CODE_COUNT],
    ['muscle codes', MUSCLE_CODE_COUNT],
  ])('leaves room to grow in the %s before their one-byte capacity', (_what, count) => {
    expect(count).toBeLessThanOrEqual(Math.floor(LABEL_CAPACITY * HEADROOM));
  });

  it('round-trips every area through its code', () => {
    for (const region of REGION_IDS) {
      for (const side of ['left', 'right'] as const) {
        expect(areaFromCode(regionCode({ region, side }))).toEqual({ region, side });
      }
    }
  });

  it.each([-1, REGION_CODE_COUNT, 1.5, Number.NaN])('names no area for the code %s', (code) => {
    expect(areaFromCode(code)).toBeUndefined();
  });

  it('codes a surface muscle as 1 + its index and none as 0', () => {
    for (const [i, id] of SURFACE_MUSCLES.entries()) {
      expect(muscleCode(id)).toBe(i + 1);
      expect(muscleFromCode(i + 1)).toBe(id);
      expect(surfaceMuscleCode(id)).toBe(i + 1);
    }
    expect(muscleCode(undefined)).toBe(0);
    expect(muscleFromCode(0)).toBeUndefined();
    expect(muscleFromCode(MUSCLE_CODE_COUNT)).toBeUndefined();
    expect(surfaceMuscleCode('piriformis')).toBe(0);
  });
});
