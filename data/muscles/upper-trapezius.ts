import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const upperTrapezius: MuscleFacts = {
  id: 'upper-trapezius',
  group: 'head-neck',
  triggerPoints: [
    {
      id: 'upper-trapezius-tp1',
      region: 'shoulder-top',
      placement: {
        from: 'c7',
        to: 'acromion',
        t: 0.45,
        offset: [0, 0.025, 0.015],
        facing: 'top',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'neck-side' }, { region: 'ear' }, { region: 'temple' }],
        spillover: [{ region: 'eye' }, { region: 'jaw' }],
      },
    },
    {
      id: 'upper-trapezius-tp2',
      region: 'shoulder-top',
      placement: {
        from: 'c7',
        to: 'acromion',
        t: 0.55,
        offset: [0, 0.01, -0.03],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'neck-back' }, { region: 'ear' }],
        spillover: [{ region: 'occiput' }],
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
  redFlags: [
    'sudden-severe-headache',
    'headache-fever-stiff-neck',
    'spreading-numbness-weakness',
    'injury',
  ],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter 6, Trapezius Muscle' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the trapezius muscle' },
    { source: 'davies-2013', chapter: 'Chapter 4, Head and Neck Pain' },
  ],
};
