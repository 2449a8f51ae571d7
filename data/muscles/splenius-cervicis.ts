import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const spleniusCervicis: MuscleFacts = {
  id: 'splenius-cervicis',
  group: 'head-neck',
  triggerPoints: [
    {
      id: 'splenius-cervicis-upper',
      region: 'neck-back',
      placement: {
        from: 'c7',
        offset: [0.04, 0.045, 0.01],
        facing: 'back',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'eye' }],
        // The pain runs through the head from the back to behind the eye, at times over the side
        // of the head (temple).
        spillover: [{ region: 'occiput' }, { region: 'temple' }],
      },
    },
    {
      id: 'splenius-cervicis-lower',
      region: 'between-shoulder-blades',
      placement: {
        from: 'c7',
        to: 'scapula-superior-angle',
        t: 0.45,
        offset: [0, -0.02, 0],
        facing: 'back',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'neck-back' }],
        spillover: [{ region: 'shoulder-top' }],
      },
    },
  ],
  pressure: {
    pressure: { min: 4, max: 7 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 30,
  },
  stretch: {
    holdSeconds: 30,
    repetitions: 3,
  },
  redFlags: ['eye-emergency', 'injury'],
  sources: [
    {
      source: 'simons-travell-simons-1999-v1',
      chapter: 'Chapter 15, Splenius Capitis and Splenius Cervicis Muscles',
    },
    {
      source: 'travell-simons-1983-v1',
      chapter: 'Chapter on the splenius capitis and splenius cervicis muscles',
    },
    { source: 'davies-2013', chapter: 'Chapter 4, Head and Neck Pain' },
  ],
};
