import { describe, expect, it } from 'vitest';
import { atlas } from '../../data/index.ts';
import { createAtlasIndex } from '../../src/domain/atlasIndex.ts';
import { PATTERN_COLOURS, paintOf } from '../../src/domain/display.ts';
import { muscleStudyDisplay, patternOf } from '../../src/domain/learnDisplay.ts';
import { patternAreas } from '../../src/domain/ranking.ts';

const index = createAtlasIndex(atlas);

describe('the display of a muscle being studied', () => {
  it('shows nothing when no muscle is open', () => {
    expect(muscleStudyDisplay(null, index)).toEqual({ areas: [], markers: [], outlines: [] });
  });

  it.each(atlas.muscles.map((m) => [m.id, m.triggerPoints.length]))(
    '%s: marks each of its %i trigger points, numbered from 1, each in its own colour',
    (muscleId) => {
      const muscle = index.muscle(muscleId)!;
      const display = muscleStudyDisplay({ muscleId, side: 'right', focus: null }, index);
      expect(display.markers.map((m) => m.triggerPointId)).toEqual(
        muscle.triggerPoints.map((tp) => tp.id),
      );
      expect(display.markers.map((m) => m.label)).toEqual(
        muscle.triggerPoints.map((_, i) => String(i + 1)),
      );
      expect(display.markers.every((m) => m.side === 'right' && !m.muted)).toBe(true);
      const colours = display.markers.map((m) => m.pattern);
      if (colours.length <= PATTERN_COLOURS) expect(new Set(colours).size).toBe(colours.length);
      expect(display.outlines).toEqual([{ muscleId, side: 'right' }]);
      // Every area of every pattern is painted, and essential zones stay solid.
      for (const tp of muscle.triggerPoints) {
        for (const area of patternAreas(tp.referral.essential, 'right'))
          expect(paintOf(display, area)?.referral).toBe('essential');
        for (const area of patternAreas(tp.referral.spillover, 'right'))
          expect(paintOf(display, area)?.referral).toBeDefined();
      }
    },
  );

  it('shows one trigger point alone: its pattern only, the others as muted numbered markers', () => {
    const display = muscleStudyDisplay(
      { muscleId: 'upper-trapezius', side: 'left', focus: 'upper-trapezius-tp2' },
      index,
    );
    const tp2 = index.triggerPoint('upper-trapezius-tp2')!.triggerPoint;
    const painted = display.areas.filter((a) => a.referral).map((a) => a.area);
    const expected = [
      ...patternAreas(tp2.referral.essential, 'left'),
      ...patternAreas(tp2.referral.spillover, 'left'),
    ];
    expect(painted).toHaveLength(expected.length);
    expect(display.areas.every((a) => a.pattern === patternOf(1))).toBe(true);
    expect(display.markers.map((m) => [m.label, Boolean(m.muted)])).toEqual([
      ['1', true],
      ['2', false],
    ]);
    // The temple is only in TP1's pattern: not painted while TP2 is shown alone.
    expect(paintOf(display, { region: 'temple', side: 'left' })).toBeUndefined();
  });

  it('ignores a focus that is not one of the muscle’s trigger points', () => {
    const all = muscleStudyDisplay({ muscleId: 'masseter', side: 'left', focus: null }, index);
    const odd = muscleStudyDisplay(
      { muscleId: 'masseter', side: 'left', focus: 'upper-trapezius-tp1' },
      index,
    );
    expect(odd).toEqual(all);
  });
});
