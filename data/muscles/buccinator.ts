import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const buccinator: MuscleFacts = {
  id: 'buccinator',
  group: 'head-neck',
  triggerPoints: [
    {
      id: 'buccinator-tp',
      region: 'cheek',
      placement: {
        from: 'mouth-corner',
        to: 'mandible-angle',
        t: 0.3,
        offset: [0.012, 0.01, 0],
        facing: 'outside',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'cheek' }],
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
    holdSeconds: 10,
    repetitions: 5,
  },
  redFlags: ['stroke-signs', 'dental-infection'],
  sources: [
    {
      source: 'simons-travell-simons-1999-v1',
      chapter:
        'Chapter on the facial muscles (orbicularis oculi, zygomaticus major, platysma, buccinator)',
    },
    { source: 'davies-2013', chapter: 'Chapter 4, Head and Neck Pain' },
  ],
};
