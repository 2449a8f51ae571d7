import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const flexorDigitorumProfundus: MuscleFacts = {
  id: 'flexor-digitorum-profundus',
  group: 'arm-hand',
  triggerPoints: [
    {
      id: 'flexor-digitorum-profundus-tp1',
      region: 'forearm-front',
      placement: {
        from: 'medial-epicondyle',
        to: 'ulnar-styloid',
        t: 0.35,
        offset: [0, 0, 0],
        facing: 'inside',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'fingers' }],
        spillover: [],
      },
    },
  ],
  pressure: {
    pressure: { min: 5, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
  },
  stretch: {
    holdSeconds: 30,
    repetitions: 3,
  },
  sources: [
    {
      source: 'simons-travell-simons-1999-v1',
      chapter: 'Chapter on the hand and finger flexors in the forearm',
    },
    {
      source: 'travell-simons-1983-v1',
      chapter: 'Chapter on the hand and finger flexors in the forearm',
    },
    { source: 'davies-2013', chapter: 'Chapter 6, Elbow, Forearm, and Hand Pain' },
  ],
};
