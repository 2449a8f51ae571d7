import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const opponensPollicis: MuscleFacts = {
  id: 'opponens-pollicis',
  group: 'arm-hand',
  triggerPoints: [
    {
      id: 'opponens-pollicis-tp1',
      region: 'thumb',
      placement: {
        from: 'thumb-base',
        to: 'thumb-tip',
        t: 0.15,
        offset: [-0.008, 0, 0.012],
        facing: 'front',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'thumb' }, { region: 'wrist-front' }],
        spillover: [],
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
    {
      source: 'simons-travell-simons-1999-v1',
      chapter: 'Chapter on the adductor and opponens pollicis muscles',
    },
    {
      source: 'travell-simons-1983-v1',
      chapter: 'Chapter on the adductor and opponens pollicis muscles',
    },
    { source: 'davies-2013', chapter: 'Chapter 6, Elbow, Forearm, and Hand Pain' },
  ],
};
