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

// The six regions added after the first 61, each with points well inside it and points just
// across each of its borders (metres, left side, on or within a few millimetres of the skin).
const NEW_REGION_BORDERS: ReadonlyArray<
  readonly [string, string, RegionId, readonly [number, number, number]]
> = [
  ['armpit', 'the roof of the hollow', 'armpit', [0.17, 1.264, -0.003]],
  ['armpit', 'its back wall, in front of the posterior fold', 'armpit', [0.176, 1.274, -0.05]],
  ['armpit', 'its front wall, behind the anterior fold', 'armpit', [0.178, 1.313, 0.03]],
  ['armpit', 'the chest wall below it (serratus anterior)', 'side-ribs', [0.159, 1.24, 0.012]],
  ['armpit', 'past the crest of the anterior fold', 'shoulder-front', [0.168, 1.36, 0.044]],
  ['armpit', 'the chest in front of the anterior fold', 'chest', [0.148, 1.287, 0.05]],
  ['armpit', 'behind the crest of the posterior fold', 'side-ribs', [0.161, 1.318, -0.079]],
  ['armpit', 'the inside of the arm below it', 'upper-arm-back', [0.192, 1.199, -0.01]],
  ['armpit', 'the front of the arm below it', 'upper-arm-front', [0.187, 1.24, 0.015]],
  ['elbow-front', 'the elbow crease', 'elbow-front', [0.258, 1.105, 0.029]],
  ['elbow-front', 'the hollow below the crease', 'elbow-front', [0.252, 1.085, 0.028]],
  ['elbow-front', 'the biceps above the crease', 'upper-arm-front', [0.249, 1.139, 0.027]],
  ['elbow-front', 'the forearm below the apex', 'forearm-front', [0.252, 1.055, 0.027]],
  ['elbow-front', 'the inner side, toward the epicondyle', 'elbow-inner', [0.222, 1.098, 0.015]],
  ['elbow-front', 'the outer side, toward the radial head', 'elbow-outer', [0.284, 1.084, 0.017]],
  ['achilles', 'the tendon above the heel', 'achilles', [0.103, 0.09, -0.061]],
  ['achilles', 'the tendon higher up', 'achilles', [0.107, 0.13, -0.055]],
  ['achilles', 'the top of the heel bone', 'achilles', [0.103, 0.07, -0.065]],
  ['achilles', 'the calf above it', 'calf', [0.103, 0.184, -0.052]],
  ['achilles', 'the heel below it', 'heel', [0.093, 0.05, -0.072]],
  ['achilles', 'the outside of the leg in front of it', 'outer-lower-leg', [0.121, 0.11, -0.015]],
  ['achilles', 'the calf beside it, on the inner side', 'calf', [0.078, 0.145, -0.025]],
  ['foot-outer', 'below the outer ankle', 'foot-outer', [0.157, 0.025, -0.01]],
  ['foot-outer', 'over the base of the fifth metatarsal', 'foot-outer', [0.148, 0.021, 0.065]],
  ['foot-outer', 'at the root of the little toe', 'foot-outer', [0.141, 0.02, 0.109]],
  ['foot-outer', 'the sole below it', 'sole', [0.148, 0.01, 0.055]],
  ['foot-outer', 'the top of the foot above it', 'top-of-foot', [0.142, 0.046, 0.063]],
  ['foot-outer', 'the heel behind it', 'heel', [0.133, 0.02, -0.05]],
  ['foot-outer', 'the little toe in front of it', 'toes', [0.136, 0.019, 0.139]],
  ['foot-outer', 'the outer ankle above it', 'ankle-outer', [0.149, 0.044, -0.005]],
  ['foot-inner', 'the arch', 'foot-inner', [0.054, 0.02, 0.037]],
  ['foot-inner', 'in front of the heel', 'foot-inner', [0.06, 0.03, -0.017]],
  ['foot-inner', 'toward the big toe joint', 'foot-inner', [0.057, 0.047, 0.09]],
  ['foot-inner', 'the sole below it', 'sole', [0.059, 0.006, 0.036]],
  ['foot-inner', 'the top of the foot above it', 'top-of-foot', [0.067, 0.054, 0.08]],
  ['foot-inner', 'the heel behind it', 'heel', [0.07, 0.02, -0.053]],
  ['foot-inner', 'the big toe in front of it', 'toes', [0.064, 0.02, 0.165]],
  ['pelvic-floor', 'the perineum between the thighs', 'pelvic-floor', [0.007, 0.814, -0.011]],
  ['pelvic-floor', 'toward the pubic bone', 'pelvic-floor', [0.002, 0.85, 0.049]],
  ['pelvic-floor', 'at the foot of the cleft', 'pelvic-floor', [0.002, 0.824, -0.071]],
  ['pelvic-floor', 'at the crease of the inner thigh', 'pelvic-floor', [0.013, 0.807, -0.029]],
  ['pelvic-floor', 'the inner thigh beside it', 'thigh-inner', [0.017, 0.78, 0.0]],
  ['pelvic-floor', 'the inner thigh beside its front', 'thigh-inner', [0.021, 0.834, 0.055]],
  ['pelvic-floor', 'the back of the thigh beside its back', 'thigh-back', [0.017, 0.8, -0.055]],
  ['pelvic-floor', 'the groin in front of it', 'groin', [0.002, 0.887, 0.08]],
  ['pelvic-floor', 'the tailbone behind it', 'tailbone', [0.001, 0.86, -0.096]],
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

  it.each(NEW_REGION_BORDERS)(
    'around the %s region: puts a point on %s in the %s region, on both sides',
    (_, __, region, p) => {
      expect(areaAt(p)).toEqual({ region, side: 'left' });
      expect(areaAt([-p[0], p[1], p[2]])).toEqual({ region, side: 'right' });
    },
  );

  it('takes the side from the sign of x, the midline counting as left', () => {
    expect(areaAt([0, 1.05, 0.105]).side).toBe('left');
    expect(areaAt([-1e-6, 1.05, 0.105]).side).toBe('right');
  });
});
