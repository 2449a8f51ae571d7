import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const subclavius: MuscleFacts = {
  id: 'subclavius',
  group: 'trunk',
  triggerPoints: [
    {
      id: 'subclavius-tp',
      region: 'chest',
      placement: {
        from: 'clavicle-mid',
        offset: [0.005, -0.012, -0.022],
        facing: 'front',
      },
      depth: 'deep',
      referral: {
        essential: [
          { region: 'shoulder-front' },
          { region: 'upper-arm-front' },
          { region: 'forearm-front' },
          { region: 'thumb' },
          { region: 'fingers' },
        ],
        spillover: [{ region: 'forearm-back' }, { region: 'palm' }, { region: 'hand-back' }],
      },
    },
  ],
  pressure: {
    pressure: { min: 3, max: 5 },
    holdSeconds: { min: 20, max: 45 },
    rounds: 2,
    restSeconds: 30,
  },
  stretch: {
    holdSeconds: 10,
    repetitions: 5,
  },
  redFlags: ['heart-attack', 'arm-circulation', 'injury', 'arm-hand-injury'],
  sources: [
    {
      source: 'simons-travell-simons-1999-v1',
      chapter: 'Chapter on the pectoralis major muscle (with subclavius)',
    },
    {
      source: 'travell-simons-1983-v1',
      chapter: 'Chapter on the pectoralis major muscle (subclavius section)',
    },
    { source: 'davies-2013', chapter: 'Section on the subclavius' },
  ],
};
