import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const gluteusMedius: MuscleFacts = {
  id: 'gluteus-medius',
  group: 'low-back-pelvis-hip',
  triggerPoints: [
    {
      id: 'gluteus-medius-tp1',
      region: 'buttock',
      placement: { from: 'psis', to: 'iliac-crest', t: 0.2, facing: 'back' },
      depth: 'deep',
      referral: {
        essential: [{ region: 'low-back' }, { region: 'sacrum' }],
        spillover: [{ region: 'buttock' }],
      },
    },
    {
      id: 'gluteus-medius-tp2',
      region: 'buttock',
      placement: { from: 'psis', to: 'iliac-crest', t: 0.6, offset: [0, -0.02, 0], facing: 'back' },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'buttock' }],
        spillover: [{ region: 'hip-side' }, { region: 'thigh-back' }, { region: 'thigh-outer' }],
      },
    },
    {
      id: 'gluteus-medius-tp3',
      region: 'hip-side',
      placement: {
        from: 'asis',
        to: 'iliac-crest',
        t: 0.5,
        offset: [0, -0.025, 0],
        facing: 'outside',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'low-back' }, { region: 'sacrum' }],
        spillover: [],
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
    { source: 'travell-simons-1992-v2', chapter: 'Chapter 8, Gluteus Medius Muscle' },
    { source: 'davies-2013', chapter: 'Section on the gluteus medius' },
    { source: 'donnelly-2019', chapter: 'Chapter on the gluteus medius muscle' },
  ],
};
