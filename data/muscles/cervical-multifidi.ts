import type { MuscleFacts } from '../../src/domain/atlas.ts';

/**
 * Simons, Travell & Simons number the posterior cervical trigger points together; TrP1 is the
 * deep one at C4–C5, in the multifidi and the semispinalis cervicis above them. TrP2 and TrP3
 * are in semispinalis capitis (see semispinalis-capitis.ts).
 */
export const cervicalMultifidi: MuscleFacts = {
  id: 'cervical-multifidi',
  group: 'head-neck',
  triggerPoints: [
    {
      id: 'cervical-multifidi-tp1',
      region: 'neck-back',
      placement: {
        from: 'c7',
        to: 'inion',
        t: 0.35,
        offset: [0.015, 0, 0.01],
        facing: 'back',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'occiput' }, { region: 'neck-back' }],
        spillover: [{ region: 'shoulder-top' }, { region: 'between-shoulder-blades' }],
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
  redFlags: ['spreading-numbness-weakness', 'serious-back-pain', 'back-pain-fever', 'injury'],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter 16, Posterior Cervical Muscles' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the posterior cervical muscles' },
    { source: 'davies-2013', chapter: 'Chapter 4, Head and Neck Pain' },
  ],
};
