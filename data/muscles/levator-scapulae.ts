import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const levatorScapulae: MuscleFacts = {
  id: 'levator-scapulae',
  group: 'shoulder-upper-back',
  triggerPoints: [
    {
      id: 'levator-scapulae-tp1',
      region: 'shoulder-top',
      placement: {
        from: 'c7',
        offset: [0.055, 0.04, 0.04],
        facing: 'outside',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'neck-back' }, { region: 'shoulder-top' }],
        spillover: [
          { region: 'between-shoulder-blades' },
          { region: 'shoulder-blade' },
          { region: 'shoulder-back' },
        ],
      },
    },
    {
      id: 'levator-scapulae-tp2',
      region: 'shoulder-top',
      placement: {
        from: 'scapula-superior-angle',
        offset: [0, 0.015, 0.005],
        facing: 'back',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'neck-back' }, { region: 'shoulder-top' }],
        spillover: [
          { region: 'between-shoulder-blades' },
          { region: 'shoulder-blade' },
          { region: 'shoulder-back' },
        ],
      },
    },
  ],
  pressure: {
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 30,
  },
  stretch: {
    holdSeconds: 30,
    repetitions: 3,
  },
  redFlags: ['headache-fever-stiff-neck', 'spreading-numbness-weakness'],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter 19, Levator Scapulae Muscle' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the levator scapulae muscle' },
    { source: 'davies-2013', chapter: 'Chapter 5, Shoulder, Upper Back, and Upper Arm Pain' },
  ],
};
