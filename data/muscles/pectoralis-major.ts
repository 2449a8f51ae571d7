import type { MuscleFacts } from '../../src/domain/atlas.ts';

/**
 * The manuals divide the muscle into clavicular, sternal and costal/abdominal sections, with
 * separate patterns for the intermediate sternal points, the parasternal points beside the
 * breastbone, and the points in the lower outer free edge (the front fold of the armpit).
 *
 * Left out on purpose: the "cardiac arrhythmia" point. The manuals place it on the RIGHT side
 * only, between the 5th and 6th ribs, and tie it to irregular heartbeats with no pain at all,
 * so it has no referral zone and cannot be mirrored; it is not something to self-treat.
 */
export const pectoralisMajor: MuscleFacts = {
  id: 'pectoralis-major',
  group: 'trunk',
  triggerPoints: [
    {
      id: 'pectoralis-major-clavicular',
      region: 'chest',
      placement: {
        from: 'clavicle-mid',
        to: 'coracoid',
        t: 0.4,
        offset: [0, -0.03, 0],
        facing: 'front',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'shoulder-front' }, { region: 'chest' }],
        spillover: [],
      },
    },
    {
      id: 'pectoralis-major-sternal',
      region: 'chest',
      placement: {
        from: 'sternal-notch',
        to: 'nipple',
        t: 0.6,
        offset: [0.015, 0, 0],
        facing: 'front',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'chest' }],
        spillover: [
          { region: 'upper-arm-front' },
          { region: 'elbow-inner' },
          { region: 'forearm-front' },
          { region: 'palm' },
          { region: 'fingers' },
        ],
      },
    },
    {
      id: 'pectoralis-major-parasternal',
      region: 'chest',
      placement: {
        from: 'sternal-notch',
        to: 'xiphoid',
        t: 0.5,
        offset: [0.03, 0, 0.02],
        facing: 'front',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'sternum' }],
        spillover: [{ region: 'chest' }],
      },
    },
    {
      id: 'pectoralis-major-costal-abdominal',
      region: 'chest',
      placement: {
        from: 'nipple',
        offset: [0.04, -0.03, -0.03],
        facing: 'front',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'chest' }],
        spillover: [],
      },
    },
  ],
  pressure: {
    pressure: { min: 4, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 30,
  },
  stretch: {
    holdSeconds: 30,
    repetitions: 3,
  },
  redFlags: ['heart-attack', 'lump-or-swollen-glands', 'injury'],
  sources: [
    {
      source: 'simons-travell-simons-1999-v1',
      chapter: 'Chapter on the pectoralis major muscle (with subclavius)',
    },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the pectoralis major muscle' },
    { source: 'davies-2013', chapter: 'Section on the pectoralis major' },
  ],
};
