import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const abductorDigitiMinimiHand: MuscleFacts = {
  id: 'abductor-digiti-minimi-hand',
  group: 'arm-hand',
  triggerPoints: [
    {
      id: 'abductor-digiti-minimi-hand-tp1',
      region: 'palm',
      placement: {
        from: 'wrist-centre',
        to: 'middle-knuckle',
        t: 0.55,
        offset: [-0.034, 0, 0.006],
        facing: 'inside',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'fingers' }],
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
      chapter: 'Chapter on the interosseous muscles of the hand (abductor digiti minimi)',
    },
    {
      source: 'travell-simons-1983-v1',
      chapter: 'Chapter on the interosseous muscles of the hand (abductor digiti minimi)',
    },
    { source: 'davies-2013', chapter: 'Chapter 6, Elbow, Forearm, and Hand Pain' },
  ],
};
