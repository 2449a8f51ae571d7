import { describe, expect, it } from 'vitest';
import {
  REGIONS,
  REGION_CODE_COUNT,
  REGION_IDS,
  areaFromCode,
  areaLabel,
  isRegionId,
  regionCode,
} from '../../src/domain/regions.ts';

describe('the region vocabulary', () => {
  it('has the 67 shared ids, 134 halves', () => {
    expect(REGION_IDS).toHaveLength(67);
    expect(new Set(REGION_IDS).size).toBe(67);
    expect(REGION_CODE_COUNT).toBe(134);
  });

  it('gives every region an everyday label and description', () => {
    for (const region of REGIONS) {
      expect(region.label.trim()).not.toBe('');
      expect(region.description.trim()).not.toBe('');
    }
  });

  it('labels an area with the person\u2019s own side first', () => {
    expect(areaLabel({ region: 'temple', side: 'left' })).toBe('Left temple');
    expect(areaLabel({ region: 'elbow-outer', side: 'right' })).toBe('Right outer elbow');
  });

  it('round-trips every area through its model code', () => {
    for (const region of REGION_IDS) {
      for (const side of ['left', 'right'] as const) {
        expect(areaFromCode(regionCode({ region, side }))).toEqual({ region, side });
      }
    }
  });

  it.each([-1, 134, 1.5, Number.NaN])('rejects the code %s', (code) => {
    expect(areaFromCode(code)).toBeUndefined();
  });

  it('recognises region ids and nothing else', () => {
    expect(isRegionId('temple')).toBe(true);
    expect(isRegionId('Temple')).toBe(false);
    expect(isRegionId('__proto__')).toBe(false);
  });
});
