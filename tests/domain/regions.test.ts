import { describe, expect, it } from 'vitest';
import { REGIONS, REGION_IDS, isRegionId } from '../../src/domain/regions.ts';
import { englishAtlas } from '../../scripts/i18n/english.ts';
import { areaNameIn } from '../helpers/english.ts';

describe('the region vocabulary', () => {
  it('has the 67 shared ids (61 and six added), each once, each in a group', () => {
    expect(REGION_IDS).toHaveLength(67);
    expect(new Set(REGION_IDS).size).toBe(67);
    expect(REGIONS.map((r) => r.id)).toEqual([...REGION_IDS]);
  });

  it('gives every region an everyday label and description in English', () => {
    for (const region of englishAtlas.regions) {
      expect(region.label.trim(), region.id).not.toBe('');
      expect(region.description.trim(), region.id).not.toBe('');
    }
  });

  it('names an area with the person\u2019s own side first', () => {
    expect(areaNameIn({ region: 'temple', side: 'left' })).toBe('Left temple');
    expect(areaNameIn({ region: 'elbow-outer', side: 'right' })).toBe('Right outer elbow');
  });

  it('recognises region ids and nothing else', () => {
    expect(isRegionId('temple')).toBe(true);
    expect(isRegionId('Temple')).toBe(false);
    expect(isRegionId('__proto__')).toBe(false);
  });
});
