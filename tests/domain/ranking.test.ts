import { describe, expect, it } from 'vitest';
import type { MuscleFacts as Muscle, PainGuide } from '../../src/domain/atlas.ts';
import {
  BOTH_SIDES_COST,
  LIKELIHOOD,
  rankMuscles,
  rankTriggerPoints,
} from '../../src/domain/ranking.ts';
import type { BodyArea, RegionId } from '../../src/domain/regions.ts';

type Zones = { essential: RegionId[]; spillover?: RegionId[]; side?: 'opposite' | 'both' };

/** A minimal muscle for testing the ranking rules apart from the real atlas: one point per zones. */
function muscle(id: string, ...points: Zones[]): Muscle {
  return {
    id,
    group: 'head-neck',
    triggerPoints: points.map(({ essential, spillover = [], side }, i) => ({
      id: `${id}-tp${i + 1}`,
      region: 'neck-back',
      placement: { from: 'c7', facing: 'back' },
      depth: 'superficial',
      referral: {
        essential: essential.map((region) => (side ? { region, side } : { region })),
        spillover: spillover.map((region) => ({ region })),
      },
    })),
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

const guide = (regions: RegionId[], muscles: string[]): PainGuide => ({
  title: 'test guide',
  regions,
  muscles,
  source: { source: 'davies-2013', chapter: 'guide' },
});

const atlas = {
  muscles: [
    muscle('alpha', { essential: ['temple', 'neck-side'] }),
    muscle('beta', { essential: ['temple'], spillover: ['eye'] }),
    muscle('gamma', { essential: ['eye'], spillover: ['temple'] }),
    muscle('delta', { essential: ['forehead'], side: 'both' }),
    muscle('epsilon', { essential: ['shoulder-top'], side: 'opposite' }),
  ],
};

const L = (region: RegionId): BodyArea => ({ region, side: 'left' });
const R = (region: RegionId): BodyArea => ({ region, side: 'right' });
const ids = (ranked: readonly { muscleId: string }[]) => ranked.map((r) => r.muscleId);

describe('rankMuscles', () => {
  it('returns nothing for an empty selection', () => {
    expect(rankMuscles(atlas, [])).toEqual([]);
  });

  it('ranks a main-zone match above a spillover match, and only muscles that reach the area', () => {
    const ranked = rankMuscles(atlas, [L('temple')]);
    expect(ids(ranked)).toEqual(['alpha', 'beta', 'gamma']);
    expect(ranked.map((r) => r.strength)).toEqual(['essential', 'essential', 'spillover']);
    expect(ranked[2]!.matches).toEqual([{ area: L('temple'), kind: 'spillover' }]);
  });

  it('scores the log-likelihood of the selection: one term per area', () => {
    const [alpha] = rankMuscles(atlas, [L('temple'), L('neck-side'), L('eye')]);
    expect(alpha!.muscleId).toBe('alpha');
    expect(alpha!.score).toBeCloseTo(
      2 * Math.log(LIKELIHOOD.essential) + Math.log(LIKELIHOOD.none),
    );
  });

  it('combines the points of one muscle: each area takes the best point for it', () => {
    const spread = {
      muscles: [
        muscle('spread', { essential: ['temple'] }, { essential: ['neck-side', 'shoulder-top'] }),
        muscle('single', { essential: ['temple', 'neck-side'] }),
      ],
    };
    const [first, second] = rankMuscles(spread, [L('temple'), L('neck-side'), L('shoulder-top')]);
    expect(first).toMatchObject({
      muscleId: 'spread',
      strength: 'essential',
      reason: { explained: 3, essential: 3, total: 3, points: 2 },
    });
    expect(first!.triggerPoints.map((p) => p.triggerPointId)).toEqual(['spread-tp2', 'spread-tp1']);
    expect(second).toMatchObject({ muscleId: 'single', strength: 'spillover' });
  });

  it('puts a muscle that explains every area, if only as spillover, above one that leaves an area out', () => {
    const partial = {
      muscles: [
        muscle('most', { essential: ['temple', 'neck-side'] }),
        muscle('all', { essential: [], spillover: ['temple', 'neck-side', 'eye'] }),
      ],
    };
    const ranked = rankMuscles(partial, [L('temple'), L('neck-side'), L('eye')]);
    expect(ids(ranked)).toEqual(['all', 'most']);
    expect(ranked[1]!.reason).toMatchObject({ explained: 2, essential: 2, total: 3 });
  });

  it('orders equally good fits by how often the manuals name the muscle there, and says so', () => {
    const withGuide = { ...atlas, painGuides: [guide(['temple'], ['beta', 'alpha'])] };
    const ranked = rankMuscles(withGuide, [L('temple')]);
    expect(ids(ranked)).toEqual(['beta', 'alpha', 'gamma']);
    expect(ranked[0]!.reason.guide).toEqual({
      region: 'temple',
      position: 1,
      of: 2,
      source: { source: 'davies-2013', chapter: 'guide' },
    });
    expect(ranked[1]!.reason.guide).toMatchObject({ position: 2, of: 2 });
  });

  it('never lets the guides lift a spillover fit above a main-zone one', () => {
    const withGuide = { ...atlas, painGuides: [guide(['temple'], ['gamma'])] };
    expect(ids(rankMuscles(withGuide, [L('temple')]))).toEqual(['alpha', 'beta', 'gamma']);
  });

  it('keeps sides apart: right temple pain is explained by the right side', () => {
    const ranked = rankMuscles(atlas, [R('temple')]);
    expect(ranked.map((r) => r.sides)).toEqual([['right'], ['right'], ['right']]);
    expect(ranked[0]!.triggerPoints.map((p) => p.side)).toEqual(['right']);
  });

  it('shows a muscle once, on both sides, when the pain is on both sides', () => {
    const ranked = rankMuscles(atlas, [L('temple'), R('temple')]);
    expect(ids(ranked)).toEqual(['alpha', 'beta', 'gamma']);
    expect(ranked[0]).toMatchObject({ sides: ['left', 'right'], strength: 'essential' });
    expect(ranked[0]!.score).toBeCloseTo(2 * Math.log(LIKELIHOOD.essential) - BOTH_SIDES_COST);
    expect(ranked[0]!.triggerPoints.map((p) => p.side)).toEqual(['left', 'right']);
  });

  it('prefers one side when one side explains all the pain', () => {
    const ranked = rankMuscles(atlas, [L('temple'), L('neck-side')]);
    expect(ranked[0]).toMatchObject({ muscleId: 'alpha', sides: ['left'] });
  });

  it('follows opposite-side zones, and offers both sides when either fits equally', () => {
    expect(rankMuscles(atlas, [L('shoulder-top')])).toMatchObject([
      { muscleId: 'epsilon', sides: ['right'] },
    ]);
    expect(rankMuscles(atlas, [L('forehead')])).toMatchObject([
      { muscleId: 'delta', sides: ['left', 'right'] },
    ]);
  });

  it('ignores a repeated area and gives the same answer every time', () => {
    expect(rankMuscles(atlas, [L('temple'), L('temple')])).toEqual(
      rankMuscles(atlas, [L('temple')]),
    );
    const sel = [L('eye'), L('temple'), R('forehead')];
    expect(rankMuscles(atlas, sel)).toEqual(rankMuscles(atlas, sel));
  });
});

describe('rankTriggerPoints', () => {
  it('lists the ranked muscles’ points in ranking order, a muscle’s best point first', () => {
    const two = {
      muscles: [
        muscle('alpha', { essential: ['neck-side'] }, { essential: ['temple'] }),
        muscle('beta', { essential: ['temple'], spillover: ['neck-side'] }),
      ],
    };
    expect(
      rankTriggerPoints(two, [L('temple'), L('neck-side')]).map((p) => p.triggerPointId),
    ).toEqual(['alpha-tp1', 'alpha-tp2', 'beta-tp1']);
  });
});
