import { describe, expect, it } from 'vitest';
import type { MuscleFacts as Muscle } from '../../src/domain/atlas.ts';
import { groupByMuscle, rankTriggerPoints } from '../../src/domain/ranking.ts';
import type { BodyArea } from '../../src/domain/regions.ts';

/** A minimal muscle for testing the ranking rules in isolation from the real atlas. */
function muscle(
  id: string,
  essential: BodyArea['region'][],
  spillover: BodyArea['region'][] = [],
  side?: 'opposite' | 'both',
): Muscle {
  return {
    id,
    group: 'head-neck',
    triggerPoints: [
      {
        id: `${id}-tp1`,
        region: 'neck-back',
        placement: { from: 'c7', facing: 'back' },
        depth: 'superficial',
        referral: {
          essential: essential.map((region) => (side ? { region, side } : { region })),
          spillover: spillover.map((region) => ({ region })),
        },
      },
    ],
    pressure: {
      pressure: { min: 5, max: 7 },
      holdSeconds: { min: 30, max: 90 },
      rounds: 3,
      restSeconds: 10,
    },
    stretch: { holdSeconds: 30, repetitions: 3 },
    sources: [{ source: 'davies-2013', chapter: 'c' }],
  };
}

const atlas = {
  muscles: [
    muscle('alpha', ['temple', 'neck-side']),
    muscle('beta', ['temple'], ['eye']),
    muscle('gamma', ['eye'], ['temple']),
    muscle('delta', ['forehead'], [], 'both'),
    muscle('epsilon', ['shoulder-top'], [], 'opposite'),
  ],
};

const L = (region: BodyArea['region']): BodyArea => ({ region, side: 'left' });
const R = (region: BodyArea['region']): BodyArea => ({ region, side: 'right' });

describe('rankTriggerPoints', () => {
  it('returns nothing for an empty selection', () => {
    expect(rankTriggerPoints(atlas, [])).toEqual([]);
  });

  it('ranks an essential match above a spillover match', () => {
    const ranked = rankTriggerPoints(atlas, [L('temple')]);
    expect(ranked.map((r) => r.muscleId)).toEqual(['beta', 'alpha', 'gamma']);
    expect(ranked.every((r) => r.side === 'left')).toBe(true);
    expect(ranked[2]).toMatchObject({
      strength: 'spillover',
      matches: [{ area: L('temple'), kind: 'spillover' }],
    });
  });

  it('puts the point whose own pattern the pain fills first when both explain the same area', () => {
    // beta's only essential zone is the temple; alpha's pattern also covers the neck.
    const [first, second] = rankTriggerPoints(atlas, [L('temple')]);
    expect(first!.muscleId).toBe('beta');
    expect(second!.muscleId).toBe('alpha');
    expect(first!.score).toBeGreaterThan(second!.score);
  });

  it('ranks a point that explains more of the selected areas higher', () => {
    const ranked = rankTriggerPoints(atlas, [L('temple'), L('neck-side')]);
    expect(ranked[0]).toMatchObject({
      muscleId: 'alpha',
      matches: [
        { area: L('temple'), kind: 'essential' },
        { area: L('neck-side'), kind: 'essential' },
      ],
    });
  });

  it('keeps sides apart: right temple pain is explained by right-side points', () => {
    const ranked = rankTriggerPoints(atlas, [R('temple')]);
    expect(ranked.map((r) => r.side)).toEqual(['right', 'right', 'right']);
  });

  it('follows opposite-side and both-side zones', () => {
    expect(rankTriggerPoints(atlas, [L('shoulder-top')])).toMatchObject([
      { muscleId: 'epsilon', side: 'right' },
    ]);
    expect(rankTriggerPoints(atlas, [L('forehead')]).map((r) => r.side)).toEqual(['left', 'right']);
  });

  it('ignores a repeated area', () => {
    expect(rankTriggerPoints(atlas, [L('temple'), L('temple')])).toEqual(
      rankTriggerPoints(atlas, [L('temple')]),
    );
  });

  it('is deterministic', () => {
    const sel = [L('eye'), L('temple'), R('forehead')];
    expect(rankTriggerPoints(atlas, sel)).toEqual(rankTriggerPoints(atlas, sel));
  });
});

describe('groupByMuscle', () => {
  it('keeps one entry per muscle and side, in ranking order, best point first', () => {
    const two = {
      muscles: [
        {
          ...muscle('alpha', ['temple']),
          triggerPoints: [
            ...muscle('alpha', ['temple', 'eye']).triggerPoints,
            { ...muscle('alpha', ['temple']).triggerPoints[0]!, id: 'alpha-tp2' },
          ],
        },
        muscle('beta', ['temple', 'neck-side', 'eye']),
      ],
    };
    const groups = groupByMuscle(rankTriggerPoints(two, [L('temple')]));
    expect(groups.map((g) => g.muscleId)).toEqual(['alpha', 'beta']);
    expect(groups[0]!.triggerPoints.map((t) => t.triggerPointId)).toEqual([
      'alpha-tp2',
      'alpha-tp1',
    ]);
  });
});
