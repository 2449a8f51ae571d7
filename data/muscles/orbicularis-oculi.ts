import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const orbicularisOculi: MuscleFacts = {
  id: 'orbicularis-oculi',
  group: 'head-neck',
  triggerPoints: [
    {
      id: 'orbicularis-oculi-tp',
      region: 'eye',
      placement: {
        from: 'eye-centre',
        offset: [0, 0.014, 0.008],
        facing: 'front',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'eye' }, { region: 'cheek' }],
        spillover: [],
      },
    },
  ],
  pressure: {
    pressure: { min: 2, max: 4 },
    holdSeconds: { min: 20, max: 30 },
    rounds: 2,
    restSeconds: 20,
  },
  stretch: {
    holdSeconds: 10,
    repetitions: 5,
  },
  redFlags: ['stroke-signs', 'eye-emergency'],
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
