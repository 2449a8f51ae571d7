import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const spleniusCapitis: MuscleFacts = {
  id: 'splenius-capitis',
  group: 'head-neck',
  triggerPoints: [
    {
      id: 'splenius-capitis-tp1',
      region: 'neck-back',
      placement: {
        from: 'mastoid',
        offset: [-0.016, -0.035, -0.015],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'head-vertex' }],
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
  redFlags: ['sudden-severe-headache', 'headache-fever-stiff-neck', 'injury'],
  sources: [
    {
      source: 'simons-travell-simons-1999-v1',
      chapter: 'Chapter 15, Splenius Capitis and Splenius Cervicis Muscles',
    },
    {
      source: 'travell-simons-1983-v1',
      chapter: 'Chapter on the splenius capitis and splenius cervicis muscles',
    },
    { source: 'davies-2013', chapter: 'Chapter 4, Head and Neck Pain' },
  ],
};
