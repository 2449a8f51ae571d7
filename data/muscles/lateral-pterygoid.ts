import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const lateralPterygoid: MuscleFacts = {
  id: 'lateral-pterygoid',
  group: 'head-neck',
  triggerPoints: [
    {
      id: 'lateral-pterygoid-tp',
      region: 'jaw',
      placement: {
        from: 'tmj',
        to: 'zygomatic-arch',
        t: 0.5,
        offset: [0, -0.014, 0],
        facing: 'outside',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'jaw' }, { region: 'cheek' }],
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
    holdSeconds: 10,
    repetitions: 3,
  },
  redFlags: ['heart-attack', 'dental-infection'],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter 11, Lateral Pterygoid Muscle' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the lateral pterygoid muscle' },
    { source: 'davies-2013', chapter: 'Chapter 4, Head and Neck Pain' },
  ],
};
