import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const infraspinatus: MuscleFacts = {
  id: 'infraspinatus',
  group: 'shoulder-upper-back',
  triggerPoints: [
    {
      id: 'infraspinatus-tp1',
      region: 'shoulder-blade',
      placement: {
        from: 'scapula-spine-root',
        to: 'acromion',
        t: 0.35,
        offset: [0, -0.04, -0.035],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'shoulder-front' }],
        // The thumb side of the hand, and now and then the back of the neck (the manuals'
        // back-of-neck guide lists the infraspinatus).
        spillover: [
          { region: 'shoulder-side' },
          { region: 'upper-arm-front' },
          { region: 'forearm-front' },
          { region: 'thumb' },
          { region: 'neck-back' },
        ],
      },
    },
    {
      id: 'infraspinatus-tp2',
      region: 'shoulder-blade',
      placement: {
        from: 'scapula-spine-root',
        to: 'scapula-inferior-angle',
        t: 0.3,
        offset: [0.012, 0, -0.005],
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
  redFlags: ['heart-attack', 'arm-hand-injury'],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter 22, Infraspinatus Muscle' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the infraspinatus muscle' },
    { source: 'davies-2013', chapter: 'Chapter 5, Shoulder, Upper Back, and Upper Arm Pain' },
  ],
};
