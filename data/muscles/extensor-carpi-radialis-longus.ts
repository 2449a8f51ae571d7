import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const extensorCarpiRadialisLongus: MuscleFacts = {
  id: 'extensor-carpi-radialis-longus',
  group: 'arm-hand',
  triggerPoints: [
    {
      id: 'extensor-carpi-radialis-longus-tp1',
      region: 'elbow-outer',
      placement: {
        from: 'lateral-epicondyle',
        offset: [0.002, -0.025, 0.004],
        facing: 'outside',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'elbow-outer' }, { region: 'hand-back' }],
        spillover: [{ region: 'forearm-back' }],
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
    { source: 'davies-2013', chapter: 'Section on the hand extensors' },
  ],
};
