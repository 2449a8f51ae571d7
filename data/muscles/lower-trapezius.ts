import type { MuscleFacts } from '../../src/domain/atlas.ts';

/**
 * Trigger point numbers follow Simons, Travell & Simons (1999), chapter 6: TrP1 and TrP2 are in
 * the upper trapezius, TrP3 and TrP4 in the lower, TrP5 to TrP7 in the middle.
 */
export const lowerTrapezius: MuscleFacts = {
  id: 'lower-trapezius',
  group: 'shoulder-upper-back',
  triggerPoints: [
    {
      id: 'lower-trapezius-tp3',
      region: 'between-shoulder-blades',
      placement: {
        from: 'scapula-spine-root',
        to: 'scapula-inferior-angle',
        t: 0.65,
        offset: [-0.005, 0, 0],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'neck-back' }, { region: 'ear' }, { region: 'shoulder-top' }],
        spillover: [{ region: 'shoulder-blade' }],
      },
    },
    {
      id: 'lower-trapezius-tp4',
      region: 'shoulder-blade',
      placement: {
        from: 'scapula-spine-root',
        offset: [0.005, -0.015, 0],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'between-shoulder-blades' }],
        spillover: [],
      },
    },
  ],
  pressure: {
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 90 },
    rounds: 3,
    restSeconds: 30,
  },
  stretch: {
    holdSeconds: 30,
    repetitions: 3,
  },
  redFlags: ['heart-attack', 'spreading-numbness-weakness'],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter 6, Trapezius Muscle' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the trapezius muscle' },
    { source: 'davies-2013', chapter: 'Chapter 4, Head and Neck Pain (section on the trapezius)' },
  ],
};
