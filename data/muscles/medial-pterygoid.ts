import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const medialPterygoid: MuscleFacts = {
  id: 'medial-pterygoid',
  group: 'head-neck',
  triggerPoints: [
    {
      id: 'medial-pterygoid-tp',
      region: 'jaw',
      placement: {
        from: 'mandible-angle',
        offset: [0.004, -0.004, 0.008],
        facing: 'outside',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'throat' }, { region: 'jaw' }, { region: 'ear' }],
        spillover: [],
      },
    },
  ],
  pressure: {
    pressure: { min: 3, max: 5 },
    holdSeconds: { min: 20, max: 40 },
    rounds: 3,
    restSeconds: 20,
  },
  stretch: {
    holdSeconds: 30,
    repetitions: 3,
  },
  redFlags: ['heart-attack', 'dental-infection'],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter 10, Medial Pterygoid Muscle' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the medial pterygoid muscle' },
    { source: 'davies-2013', chapter: 'Chapter 4, Head and Neck Pain' },
  ],
};
