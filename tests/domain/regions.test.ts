import { describe, expect, it } from 'vitest';
import { REGIONS, REGION_IDS, areaLabel, isRegionId } from '../../src/domain/regions.ts';

describe('the region vocabulary', () => {
  it('has the 61 shared ids, each once', () => {
    expect(REGION_IDS).toHaveLength(61);
    expect(new Set(REGION_IDS).size).toBe(61);
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

  it('recognises region ids and nothing else', () => {
    expect(isRegionId('temple')).toBe(true);
    expect(isRegionId('Temple')).toBe(false);
    expect(isRegionId('__proto__')).toBe(false);
  });
});
