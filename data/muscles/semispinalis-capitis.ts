import type { MuscleFacts } from '../../src/domain/atlas.ts';

/**
 * Simons, Travell & Simons number the posterior cervical trigger points together: TrP1 lies in
 * the deep layer at C4–C5 (see cervical-multifidi.ts); TrP2 and TrP3 lie in semispinalis capitis.
 * The numbering is kept so the names match the manual.
 */
export const semispinalisCapitis: MuscleFacts = {
  id: 'semispinalis-capitis',
  group: 'head-neck',
  triggerPoints: [
    {
      id: 'semispinalis-capitis-tp2',
      region: 'neck-back',
      placement: {
        from: 'inion',
        offset: [0.018, -0.06, 0.036],
        facing: 'back',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'occiput' }],
        spillover: [],
      },
    },
    {
      id: 'semispinalis-capitis-tp3',
      region: 'occiput',
      placement: {
        from: 'inion',
        offset: [0.02, -0.022, 0.022],
        facing: 'back',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'temple' }, { region: 'eye' }],
        spillover: [{ region: 'occiput' }],
      },
    },
  ],
  pressure: {
    pressure: { min: 4, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 30,
  },
  stretch: {
    holdSeconds: 30,
    repetitions: 3,
  },
  redFlags: ['sudden-severe-headache', 'headache-fever-stiff-neck'],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter 16, Posterior Cervical Muscles' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the posterior cervical muscles' },
    { source: 'davies-2013', chapter: 'Chapter 4, Head and Neck Pain' },
  ],
};
