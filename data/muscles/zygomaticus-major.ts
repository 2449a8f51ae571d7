import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const zygomaticusMajor: MuscleFacts = {
  id: 'zygomaticus-major',
  group: 'head-neck',
  triggerPoints: [
    {
      id: 'zygomaticus-major-tp',
      region: 'cheek',
      placement: {
        from: 'cheekbone',
        to: 'mouth-corner',
        t: 0.35,
        facing: 'front',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'cheek' }, { region: 'forehead' }],
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
  redFlags: ['stroke-signs'],
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
