import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const vastusMedialis: MuscleFacts = {
  id: 'vastus-medialis',
  group: 'thigh',
  triggerPoints: [
    {
      id: 'vastus-medialis-tp1',
      region: 'thigh-inner',
      placement: { from: 'patella', offset: [-0.045, 0.08, -0.02], facing: 'inside' },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'knee-front' }],
        spillover: [{ region: 'knee-inner' }],
      },
    },
    {
      id: 'vastus-medialis-tp2',
      region: 'thigh-inner',
      placement: {
        from: 'hip-joint',
        to: 'medial-femoral-epicondyle',
        t: 0.6,
        offset: [-0.025, 0, 0.035],
        facing: 'inside',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'knee-inner' }],
        spillover: [{ region: 'thigh-inner' }],
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
  redFlags: ['blood-clot', 'knee-injury'],
  sources: [
    {
      source: 'travell-simons-1992-v2',
      chapter: 'Chapter on the quadriceps femoris group',
    },
    { source: 'davies-2013', chapter: 'Section on the quadriceps' },
    { source: 'donnelly-2019', chapter: 'Chapter on the quadriceps femoris muscle group' },
  ],
};
