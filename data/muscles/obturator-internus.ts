import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const obturatorInternus: MuscleFacts = {
  id: 'obturator-internus',
  group: 'low-back-pelvis-hip',
  triggerPoints: [
    {
      id: 'obturator-internus-tp',
      region: 'buttock',
      placement: {
        from: 'ischial-tuberosity',
        offset: [-0.025, 0.01, -0.03],
        facing: 'back',
      },
      depth: 'deep',
      referral: {
        // The manuals: the anococcygeal area and the vagina, with fullness in the rectum; the
        // pelvic floor holds all three, the tailbone the upper end of the area.
        essential: [{ region: 'tailbone' }, { region: 'pelvic-floor' }],
        spillover: [{ region: 'thigh-back' }],
      },
    },
  ],
  pressure: {
    pressure: { min: 3, max: 5 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 30,
  },
  stretch: {
    holdSeconds: 30,
    repetitions: 3,
  },
  redFlags: ['cauda-equina', 'pelvic-infection-or-bleeding'],
  sources: [
    {
      source: 'travell-simons-1992-v2',
      chapter: 'Chapter 10, Piriformis and Other Short Lateral Rotators',
    },
    {
      source: 'travell-simons-1992-v2',
      chapter: 'Chapter on the pelvic floor muscles (obturator internus)',
    },
    {
      source: 'donnelly-2019',
      chapter: 'Chapter on the piriformis and the other deep hip rotators',
    },
  ],
};
