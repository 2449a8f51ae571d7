import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const extensorCarpiUlnaris: MuscleFacts = {
  id: 'extensor-carpi-ulnaris',
  group: 'arm-hand',
  triggerPoints: [
    {
      id: 'extensor-carpi-ulnaris-tp1',
      region: 'forearm-back',
      placement: {
        from: 'elbow-centre',
        to: 'wrist-centre',
        t: 0.3,
        offset: [-0.017, 0, -0.028],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'wrist-back' }],
        spillover: [],
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
