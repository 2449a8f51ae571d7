import { describe, expect, it } from 'vitest';
import { atlas } from '../../data/index.ts';
import { resolvePlacement } from '../../src/domain/anatomy/placement.ts';
import { validateAtlas } from '../../src/domain/validate.ts';

const STARTER_MUSCLES = [
  'upper-trapezius',
  'sternocleidomastoid',
  'suboccipitals',
  'temporalis',
  'levator-scapulae',
  'infraspinatus',
  'scalenes',
  'quadratus-lumborum',
  'gluteus-medius',
  'gluteus-minimus',
  'piriformis',
  'iliopsoas',
];

describe('the atlas', () => {
  it('passes validation with no problems', () => {
    expect(validateAtlas(atlas)).toEqual([]);
  });

  it.each(STARTER_MUSCLES)('includes %s', (id) => {
    expect(atlas.muscles.map((m) => m.id)).toContain(id);
  });

  it('places every trigger point on the left half when authored, mirrored on the right', () => {
    for (const muscle of atlas.muscles) {
      for (const tp of muscle.triggerPoints) {
        const left = resolvePlacement(tp.placement, 'left').point;
        const right = resolvePlacement(tp.placement, 'right').point;
        expect(left[0], tp.id).toBeGreaterThan(0);
        expect(right[0], tp.id).toBeCloseTo(-left[0]);
        expect(left[1], tp.id).toBeGreaterThan(0);
        expect(left[1], tp.id).toBeLessThan(1.76);
      }
    }
  });

  it('cites at least one reference work for every muscle, by a known source id', () => {
    const ids = new Set(atlas.sources.map((s) => s.id));
    for (const muscle of atlas.muscles) {
      expect(muscle.sources.length, muscle.id).toBeGreaterThan(0);
      for (const ref of muscle.sources) expect(ids.has(ref.source), `${muscle.id}: ${ref.source}`).toBe(true);
    }
  });
});
