import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const palmarisLongus: MuscleFacts = {
  id: 'palmaris-longus',
  group: 'arm-hand',
  triggerPoints: [
    {
      id: 'palmaris-longus-tp1',
      region: 'forearm-front',
      placement: {
        from: 'elbow-centre',
        to: 'wrist-centre',
        t: 0.3,
        offset: [0, 0, 0.03],
        facing: 'front',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'palm' }],
        spillover: [{ region: 'thumb' }, { region: 'forearm-front' }],
      },
    },
  ],
  pressure: {
    pressure: { min: 4, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
  },
  stretch: {
    holdSeconds: 30,
    repetitions: 3,
  },
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter on the palmaris longus muscle' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the palmaris longus muscle' },
    { source: 'davies-2013', chapter: 'Chapter 6, Elbow, Forearm, and Hand Pain' },
  ],
};
