import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const shortLateralRotators: MuscleFacts = {
  id: 'short-lateral-rotators',
  group: 'low-back-pelvis-hip',
  triggerPoints: [
    {
      id: 'short-lateral-rotators-tp',
      region: 'buttock',
      placement: {
        from: 'ischial-tuberosity',
        to: 'greater-trochanter',
        t: 0.6,
        offset: [0, -0.01, -0.07],
        facing: 'back',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'buttock' }],
        spillover: [{ region: 'thigh-back' }],
      },
    },
  ],
  pressure: {
    pressure: { min: 4, max: 6 },
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
    {
      source: 'donnelly-2019',
      chapter: 'Chapter on the piriformis and the other deep hip rotators',
    },
  ],
};
