import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const adductorPollicis: MuscleFacts = {
  id: 'adductor-pollicis',
  group: 'arm-hand',
  triggerPoints: [
    {
      id: 'adductor-pollicis-tp1',
      region: 'thumb',
      placement: {
        from: 'thumb-base',
        to: 'middle-knuckle',
        t: 0.7,
        offset: [0.018, 0, 0.01],
        facing: 'front',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'thumb' }],
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
  redFlags: ['arm-hand-injury'],
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
