import { describe, expect, it } from 'vitest';
import { areaAt } from '../../src/domain/anatomy/regionMap.ts';
import { LANDMARKS, type LandmarkId } from '../../src/domain/anatomy/landmarks.ts';
import type { RegionId } from '../../src/domain/regions.ts';

// Bony landmarks and the region a person pointing at them would name.
const LANDMARK_REGIONS: ReadonlyArray<readonly [LandmarkId, RegionId]> = [
  ['vertex', 'head-vertex'],
  ['glabella', 'forehead'],
  ['pterion', 'temple'],
  ['inion', 'occiput'],
  ['eye-centre', 'eye'],
  ['tragus', 'ear'],
  ['mastoid', 'ear'],
  ['cheekbone', 'cheek'],
  ['tmj', 'jaw'],
  ['mandible-angle', 'jaw'],
  ['chin', 'jaw'],
  ['mouth-corner', 'teeth'],
  ['thyroid-cartilage', 'throat'],
  ['c7', 'neck-back'],
  ['xiphoid', 'sternum'],
  ['nipple', 'chest'],
  ['scapula-spine-root', 'shoulder-blade'],
  ['scapula-inferior-angle', 'shoulder-blade'],
  ['l3', 'low-back'],
  ['s2', 'sacrum'],
  ['psis', 'sacrum'],
  ['coccyx', 'tailbone'],
  ['ischial-tuberosity', 'buttock'],
  ['greater-trochanter', 'hip-side'],
  ['pubic-symphysis', 'groin'],
  ['deltoid-tuberosity', 'shoulder-side'],
  ['lateral-epicondyle', 'elbow-outer'],
  ['medial-epicondyle', 'elbow-inner'],
  ['olecranon', 'elbow-back'],
  ['thumb-tip', 'thumb'],
  ['middle-fingertip', 'fingers'],
  ['patella', 'knee-front'],
  ['tibial-tuberosity', 'knee-front'],
  ['medial-femoral-epicondyle', 'knee-inner'],
  ['lateral-femoral-epicondyle', 'knee-outer'],
  ['fibular-head', 'knee-outer'],
  ['lateral-malleolus', 'ankle-outer'],
  ['medial-malleolus', 'ankle-inner'],
  ['calcaneus', 'heel'],
  ['big-toe-tip', 'toes'],
  ['pubic-tubercle', 'groin'],
  ['external-occipital-protuberance', 'occiput'],
  ['radial-head', 'elbow-outer'],
];

// Points on the skin given directly (metres, left side), for regions without a single landmark.
const SKIN_POINTS: ReadonlyArray<readonly [string, readonly [number, number, number], RegionId]> = [
  ['side of the neck', [0.055, 1.5, -0.01], 'neck-side'],
  ['top of the trapezius ridge', [0.12, 1.45, -0.03], 'shoulder-top'],
  ['between the shoulder blades', [0.03, 1.32, -0.105], 'between-shoulder-blades'],
  ['below the shoulder blade', [0.07, 1.17, -0.1], 'mid-back'],
  ['under the armpit', [0.15, 1.22, 0.0], 'side-ribs'],
  ['above the navel', [0.05, 1.12, 0.1], 'upper-abdomen'],
  ['below the navel', [0.05, 0.98, 0.1], 'lower-abdomen'],
  ['front of the shoulder', [0.21, 1.38, 0.05], 'shoulder-front'],
  ['back of the shoulder', [0.21, 1.38, -0.05], 'shoulder-back'],
  ['biceps', [0.25, 1.22, 0.04], 'upper-arm-front'],
  ['triceps', [0.235, 1.22, -0.045], 'upper-arm-back'],
  ['flexor side of the forearm', [0.27, 0.97, 0.03], 'forearm-front'],
  ['extensor side of the forearm', [0.28, 0.97, -0.03], 'forearm-back'],
  ['palm side of the wrist', [0.296, 0.852, 0.02], 'wrist-front'],
  ['back of the wrist', [0.296, 0.852, -0.02], 'wrist-back'],
  ['palm', [0.3, 0.8, 0.015], 'palm'],
  ['back of the hand', [0.3, 0.8, -0.015], 'hand-back'],
  ['front of the thigh', [0.1, 0.72, 0.075], 'thigh-front'],
  ['outside of the thigh', [0.165, 0.72, 0.0], 'thigh-outer'],
  ['inside of the thigh', [0.03, 0.72, 0.0], 'thigh-inner'],
  ['back of the thigh', [0.1, 0.72, -0.075], 'thigh-back'],
  ['back of the knee', [0.095, 0.5, -0.05], 'knee-back'],
  ['shin', [0.095, 0.3, 0.045], 'shin'],
  ['outside of the lower leg', [0.145, 0.3, -0.005], 'outer-lower-leg'],
  ['calf', [0.095, 0.35, -0.07], 'calf'],
  ['front of the ankle', [0.1, 0.07, 0.035], 'ankle-front'],
  ['sole', [0.1, 0.002, 0.06], 'sole'],
  ['top of the foot', [0.1, 0.05, 0.08], 'top-of-foot'],
  // The fingers fan out: the little fingertip lies well off the middle finger's axis.
  ['tip of the little finger', [0.283, 0.69, 0.02], 'fingers'],
];

describe('areaAt', () => {
  it.each(LANDMARK_REGIONS)('puts the %s landmark in the %s region on both sides', (id, region) => {
    const [x, y, z] = LANDMARKS[id];
    expect(areaAt([x, y, z])).toEqual({ region, side: 'left' });
    if (x !== 0) expect(areaAt([-x, y, z])).toEqual({ region, side: 'right' });
  });

  it.each(SKIN_POINTS)(
    'puts a point on the %s in the right region, mirrored to the right side',
    (_, p, region) => {
      expect(areaAt(p)).toEqual({ region, side: 'left' });
      expect(areaAt([-p[0], p[1], p[2]])).toEqual({ region, side: 'right' });
    },
  );

  it('takes the side from the sign of x, the midline counting as left', () => {
    expect(areaAt([0, 1.05, 0.105]).side).toBe('left');
    expect(areaAt([-1e-6, 1.05, 0.105]).side).toBe('right');
  });
});
