import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const digastric: MuscleFacts = {
  id: 'digastric',
  group: 'head-neck',
  triggerPoints: [
    {
      id: 'digastric-posterior',
      region: 'jaw',
      placement: {
        from: 'mastoid',
        to: 'mandible-angle',
        t: 0.5,
        offset: [0.01, -0.005, 0],
        facing: 'outside',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'ear' }, { region: 'neck-side' }],
        spillover: [{ region: 'throat' }, { region: 'occiput' }],
      },
    },
    {
      id: 'digastric-anterior',
      region: 'jaw',
      placement: {
        from: 'chin',
        offset: [0.012, -0.008, -0.025],
        facing: 'bottom',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'teeth' }],
        spillover: [],
      },
    },
  ],
  pressure: {
    pressure: { min: 3, max: 4 },
    holdSeconds: { min: 20, max: 30 },
    rounds: 3,
    restSeconds: 20,
  },
  stretch: {
    holdSeconds: 20,
    repetitions: 3,
  },
  redFlags: ['stroke-signs', 'dental-infection'],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter 12, Digastric Muscle' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the digastric muscle' },
    { source: 'davies-2013', chapter: 'Chapter 4, Head and Neck Pain' },
  ],
};
