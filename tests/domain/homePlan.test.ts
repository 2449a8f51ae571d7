import { describe, expect, it } from 'vitest';
import { atlas } from '../../data/index.ts';
import { createAtlasIndex } from '../../src/domain/atlasIndex.ts';
import { combinedSafety, planItems } from '../../src/domain/homePlan.ts';
import { safetyFor } from '../../src/domain/safety.ts';
import type { BodyArea } from '../../src/domain/regions.ts';

const index = createAtlasIndex(atlas);
const temple: BodyArea = { region: 'temple', side: 'left' };
const order = { emergency: 0, urgent: 1, soon: 2 };

describe('a home plan read against the atlas', () => {
  it('numbers the points it knows in the plan’s order and leaves out the rest', () => {
    const items = planItems(
      {
        points: [
          { triggerPointId: 'infraspinatus-tp1', side: 'right' },
          { triggerPointId: 'gone', side: 'left' },
          { triggerPointId: 'upper-trapezius-tp1', side: 'left' },
        ],
        areas: [temple],
      },
      index,
    );
    expect(items.map((i) => [i.number, i.point.triggerPointId])).toEqual([
      [1, 'infraspinatus-tp1'],
      [2, 'upper-trapezius-tp1'],
    ]);
  });

  it('gives one point exactly its own warnings, so a confirmation holds in the explorer too', () => {
    const items = planItems(
      { points: [{ triggerPointId: 'upper-trapezius-tp1', side: 'left' }], areas: [temple] },
      index,
    );
    const entry = index.triggerPoint('upper-trapezius-tp1')!;
    const own = safetyFor(atlas, entry.muscle, entry.triggerPoint, [temple]);
    expect(combinedSafety(index, items, [temple])).toEqual(own);
  });

  it('gathers every point’s warnings once each, the most urgent first', () => {
    const points = [
      'upper-trapezius-tp1',
      'pectoralis-major-sternal',
      'gluteus-medius-tp1',
      'scalenes-anterior',
    ];
    const items = planItems(
      {
        points: points
          .filter((id) => index.triggerPoint(id))
          .map((triggerPointId) => ({ triggerPointId, side: 'left' })),
        areas: [temple],
      },
      index,
    );
    expect(items).toHaveLength(4);
    const all = combinedSafety(index, items, [temple]);
    const ids = all.flags.map((f) => f.flag.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of items)
      for (const { flag } of item.safety.flags) expect(ids).toContain(flag.id);
    const urgencies = all.flags.map((f) => order[f.flag.urgency]);
    expect(urgencies).toEqual([...urgencies].sort((a, b) => a - b));
    expect(ids).toContain('heart-attack');
    expect(all.cautions.map((c) => c.id)).toEqual(
      atlas.pressureCautions
        .filter((c) => items.some((i) => i.safety.cautions.includes(c)))
        .map((c) => c.id),
    );
  });

  it('keeps the warnings of the client’s areas even when no point of the plan is known', () => {
    const chest: BodyArea = { region: 'chest', side: 'left' };
    const all = combinedSafety(index, [], [chest]);
    expect(all.flags.map((f) => f.flag.id)).toContain('heart-attack');
    expect(all.key).not.toBe('');
  });
});
