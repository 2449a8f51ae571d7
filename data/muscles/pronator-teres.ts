import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const pronatorTeres: MuscleFacts = {
  id: 'pronator-teres',
  group: 'arm-hand',
  triggerPoints: [
    {
      id: 'pronator-teres-tp1',
      region: 'forearm-front',
      placement: {
        from: 'medial-epicondyle',
        to: 'wrist-centre',
        t: 0.2,
        offset: [0.02, 0, 0.03],
        facing: 'front',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'wrist-front' }],
        spillover: [{ region: 'forearm-front' }],
      },
    },
  ],
  pressure: {
    pressure: { min: 4, max: 5 },
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
      chapter: 'Chapter on the hand and finger flexors in the forearm (pronator teres)',
    },
    {
      source: 'travell-simons-1983-v1',
      chapter: 'Chapter on the hand and finger flexors in the forearm (pronator teres)',
    },
    { source: 'davies-2013', chapter: 'Chapter 6, Elbow, Forearm, and Hand Pain' },
  ],
};
