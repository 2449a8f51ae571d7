import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const gluteusMinimus: MuscleFacts = {
  id: 'gluteus-minimus',
  group: 'low-back-pelvis-hip',
  triggerPoints: [
    {
      id: 'gluteus-minimus-anterior',
      region: 'hip-side',
      placement: { from: 'asis', to: 'greater-trochanter', t: 0.5, facing: 'outside' },
      depth: 'deep',
      referral: {
        // The lower outer buttock over the hip joint: the side of the hip as well as the buttock.
        essential: [
          { region: 'buttock' },
          { region: 'hip-side' },
          { region: 'thigh-outer' },
          { region: 'outer-lower-leg' },
        ],
        spillover: [{ region: 'knee-outer' }, { region: 'ankle-outer' }],
      },
    },
    {
      id: 'gluteus-minimus-posterior',
      region: 'buttock',
      placement: {
        from: 'psis',
        to: 'greater-trochanter',
        t: 0.5,
        offset: [0, 0.005, -0.045],
        facing: 'back',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'buttock' }, { region: 'thigh-back' }, { region: 'calf' }],
        spillover: [{ region: 'knee-back' }],
      },
    },
  ],
  pressure: {
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
  },
  stretch: {
    holdSeconds: 30,
    repetitions: 3,
  },
  redFlags: ['cauda-equina', 'leg-weakness'],
  sources: [
    { source: 'travell-simons-1992-v2', chapter: 'Chapter 9, Gluteus Minimus Muscle' },
    { source: 'davies-2013', chapter: 'Section on the gluteus minimus' },
    { source: 'donnelly-2019', chapter: 'Chapter on the gluteus minimus muscle' },
  ],
};
