import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const suboccipitals: MuscleFacts = {
  id: 'suboccipitals',
  group: 'head-neck',
  triggerPoints: [
    {
      id: 'suboccipitals-tp1',
      region: 'neck-back',
      placement: {
        from: 'inion',
        to: 'mastoid',
        t: 0.45,
        offset: [0, -0.05, -0.01],
        facing: 'back',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'occiput' }, { region: 'temple' }, { region: 'eye' }],
        spillover: [{ region: 'forehead' }],
      },
    },
  ],
  pressure: {
    pressure: { min: 4, max: 6 },
    holdSeconds: { min: 30, max: 90 },
    rounds: 3,
    restSeconds: 30,
  },
  stretch: {
    holdSeconds: 30,
    repetitions: 3,
  },
  redFlags: ['sudden-severe-headache', 'headache-fever-stiff-neck'],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter 17, Suboccipital Muscles' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the suboccipital muscles' },
    { source: 'davies-2013', chapter: 'Chapter 4, Head and Neck Pain' },
  ],
};
