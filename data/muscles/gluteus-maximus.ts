import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const gluteusMaximus: MuscleFacts = {
  id: 'gluteus-maximus',
  group: 'low-back-pelvis-hip',
  triggerPoints: [
    {
      id: 'gluteus-maximus-tp1',
      region: 'buttock',
      placement: { from: 'psis', to: 'coccyx', t: 0.45, offset: [0.02, 0, 0], facing: 'back' },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'sacrum' }, { region: 'buttock' }],
        spillover: [{ region: 'thigh-back' }],
      },
    },
    {
      id: 'gluteus-maximus-tp2',
      region: 'buttock',
      placement: { from: 'ischial-tuberosity', offset: [0.005, 0.035, -0.04], facing: 'back' },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'buttock' }],
        spillover: [{ region: 'sacrum' }],
      },
    },
    {
      id: 'gluteus-maximus-tp3',
      region: 'buttock',
      placement: { from: 'coccyx', to: 'ischial-tuberosity', t: 0.45, facing: 'back' },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'tailbone' }],
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
  redFlags: ['cauda-equina', 'injury'],
  sources: [
    { source: 'travell-simons-1992-v2', chapter: 'Chapter 7, Gluteus Maximus Muscle' },
    { source: 'davies-2013', chapter: 'Section on the gluteus maximus' },
    { source: 'donnelly-2019', chapter: 'Chapter on the gluteus maximus muscle' },
  ],
};
