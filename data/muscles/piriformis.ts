import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const piriformis: MuscleFacts = {
  id: 'piriformis',
  group: 'low-back-pelvis-hip',
  triggerPoints: [
    {
      id: 'piriformis-lateral',
      region: 'buttock',
      placement: {
        from: 'greater-trochanter',
        to: 'psis',
        t: 0.3,
        offset: [0, -0.01, -0.055],
        facing: 'back',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'buttock' }, { region: 'sacrum' }],
        spillover: [{ region: 'thigh-back' }],
      },
    },
    {
      id: 'piriformis-medial',
      region: 'buttock',
      placement: {
        from: 'greater-trochanter',
        to: 'psis',
        t: 0.7,
        offset: [0, -0.02, 0],
        facing: 'back',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'sacrum' }, { region: 'buttock' }],
        spillover: [{ region: 'thigh-back' }],
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
  redFlags: ['cauda-equina'],
  sources: [
    {
      source: 'travell-simons-1992-v2',
      chapter: 'Chapter 10, Piriformis and Other Short Lateral Rotators',
    },
    { source: 'davies-2013', chapter: 'Section on the piriformis' },
    { source: 'donnelly-2019', chapter: 'Chapter on the piriformis muscle' },
  ],
};
