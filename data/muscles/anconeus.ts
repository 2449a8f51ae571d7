import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const anconeus: MuscleFacts = {
  id: 'anconeus',
  group: 'arm-hand',
  triggerPoints: [
    {
      id: 'anconeus-tp1',
      region: 'elbow-back',
      placement: {
        from: 'olecranon',
        to: 'lateral-epicondyle',
        t: 0.55,
        offset: [0, -0.018, -0.008],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'elbow-outer' }],
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
  redFlags: ['arm-hand-injury', 'hot-swollen-joint'],
  sources: [
    {
      source: 'simons-travell-simons-1999-v1',
      chapter: 'Chapter 32, Triceps Brachii and Anconeus Muscles',
    },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the anconeus muscle' },
    { source: 'davies-2013', chapter: 'Section on the anconeus' },
  ],
};
