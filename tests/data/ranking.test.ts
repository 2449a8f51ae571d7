import { describe, expect, it } from 'vitest';
import { atlas } from '../../data/index.ts';
import { groupByMuscle, rankTriggerPoints } from '../../src/domain/ranking.ts';
import type { BodyArea, RegionId, Side } from '../../src/domain/regions.ts';

const area = (region: RegionId, side: Side = 'left'): BodyArea => ({ region, side });

/**
 * Classic referral patterns from the literature, checked against the real atlas.
 * `within` is how near the top the muscle must appear, counting muscles (each on one side), as
 * the results list shows them.
 */
const CASES: {
  name: string;
  source: string;
  selection: BodyArea[];
  expect: { muscle: string; within: number; side?: Side }[];
}[] = [
  {
    name: 'left temple → upper trapezius near the top, on the left',
    source: 'Simons, Travell & Simons 1999, ch. 6 (trapezius TrP1 refers to the temple)',
    selection: [area('temple')],
    expect: [
      { muscle: 'upper-trapezius', within: 3, side: 'left' },
      { muscle: 'temporalis', within: 3, side: 'left' },
    ],
  },
  {
    name: 'temple + side of neck → upper trapezius first',
    source: 'Simons, Travell & Simons 1999, ch. 6 (TrP1: posterolateral neck, behind the ear, temple)',
    selection: [area('temple'), area('neck-side')],
    expect: [{ muscle: 'upper-trapezius', within: 1, side: 'left' }],
  },
  {
    name: 'right temple → upper trapezius on the right',
    source: 'Simons, Travell & Simons 1999, ch. 6',
    selection: [area('temple', 'right')],
    expect: [{ muscle: 'upper-trapezius', within: 3, side: 'right' }],
  },
  {
    name: 'low back → quadratus lumborum and iliopsoas',
    source: 'Travell & Simons 1992, ch. 4 (quadratus lumborum) and ch. 5 (iliopsoas)',
    selection: [area('low-back')],
    expect: [
      { muscle: 'quadratus-lumborum', within: 6 },
      { muscle: 'iliopsoas', within: 6 },
    ],
  },
  {
    name: 'front of shoulder → infraspinatus',
    source: 'Simons, Travell & Simons 1999, ch. 22 (infraspinatus refers deep into the front of the shoulder)',
    selection: [area('shoulder-front')],
    expect: [{ muscle: 'infraspinatus', within: 2 }],
  },
  {
    name: 'side of hip + outer thigh + outer lower leg → gluteus minimus first',
    source: 'Travell & Simons 1992, ch. 9 (anterior gluteus minimus: pseudo-sciatica down the side of the leg)',
    selection: [area('hip-side'), area('thigh-outer'), area('outer-lower-leg')],
    expect: [{ muscle: 'gluteus-minimus', within: 1 }],
  },
  {
    name: 'back of head → suboccipitals and SCM',
    source: 'Simons, Travell & Simons 1999, ch. 7 (SCM sternal division) and ch. 17 (suboccipitals)',
    selection: [area('occiput')],
    expect: [
      { muscle: 'suboccipitals', within: 6 },
      { muscle: 'sternocleidomastoid', within: 8 },
    ],
  },
  {
    name: 'angle of the neck and shoulder blade → levator scapulae',
    source: 'Simons, Travell & Simons 1999, ch. 19 (levator scapulae)',
    selection: [area('neck-side'), area('shoulder-blade')],
    expect: [{ muscle: 'levator-scapulae', within: 2 }],
  },
  {
    name: 'sacrum + buttock + back of thigh → piriformis near the top',
    source: 'Travell & Simons 1992, ch. 10 (piriformis)',
    selection: [area('sacrum'), area('buttock'), area('thigh-back')],
    expect: [{ muscle: 'piriformis', within: 4 }],
  },
];

describe('ranking the real atlas against classic patterns', () => {
  it.each(CASES)('$name ($source)', ({ selection, expect: wanted }) => {
    const ranked = groupByMuscle(rankTriggerPoints(atlas, selection));
    for (const { muscle, within, side } of wanted) {
      const position = ranked.findIndex((r) => r.muscleId === muscle && (side === undefined || r.side === side));
      const top = ranked.slice(0, within + 3).map((r) => `${r.muscleId}/${r.side}`).join(', ');
      expect(position, `${muscle} should be in the top ${within}: got ${top}`).toBeGreaterThanOrEqual(0);
      expect(position).toBeLessThan(within);
    }
  });
});
