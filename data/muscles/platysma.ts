import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const platysma: MuscleFacts = {
  id: 'platysma',
  group: 'head-neck',
  triggerPoints: [
    {
      id: 'platysma-neck',
      region: 'throat',
      placement: {
        from: 'mastoid',
        to: 'sternal-notch',
        t: 0.8,
        offset: [0.02, 0, 0],
        facing: 'front',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'jaw' }],
        spillover: [{ region: 'cheek' }],
      },
    },
    {
      id: 'platysma-clavicle',
      region: 'chest',
      placement: {
        from: 'clavicle-mid',
        offset: [-0.01, 0.005, -0.03],
        facing: 'front',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'chest' }],
        spillover: [],
      },
    },
  ],
  pressure: {
    pressure: { min: 3, max: 5 },
    holdSeconds: { min: 20, max: 30 },
    rounds: 3,
    restSeconds: 20,
  },
  stretch: {
    holdSeconds: 20,
    repetitions: 3,
  },
  redFlags: ['heart-attack', 'stroke-signs'],
  sources: [
    {
      source: 'simons-travell-simons-1999-v1',
      chapter:
        'Chapter on the facial muscles (orbicularis oculi, zygomaticus major, platysma, buccinator)',
    },
    {
      source: 'travell-simons-1983-v1',
      chapter: 'Chapter on the facial muscles (orbicularis oculi, zygomaticus major, platysma)',
    },
    { source: 'davies-2013', chapter: 'Chapter 4, Head and Neck Pain' },
  ],
};
