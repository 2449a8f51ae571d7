import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const brachioradialis: MuscleFacts = {
  id: 'brachioradialis',
  group: 'arm-hand',
  triggerPoints: [
    {
      id: 'brachioradialis-tp1',
      region: 'forearm-back',
      placement: {
        from: 'elbow-centre',
        to: 'wrist-centre',
        t: 0.18,
        offset: [0.034, 0, 0.005],
        facing: 'outside',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'wrist-back' }, { region: 'thumb' }],
        spillover: [{ region: 'elbow-outer' }, { region: 'forearm-back' }],
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
  redFlags: ['arm-hand-injury', 'hot-swollen-joint'],
  sources: [
    {
      source: 'simons-travell-simons-1999-v1',
      chapter: 'Chapter on the hand extensor and brachioradialis muscles',
    },
    {
      source: 'travell-simons-1983-v1',
      chapter: 'Chapter on the hand extensor and brachioradialis muscles',
    },
    { source: 'davies-2013', chapter: 'Section on the brachioradialis' },
  ],
};
