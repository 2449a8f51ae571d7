import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const bicepsFemoris: MuscleFacts = {
  id: 'biceps-femoris',
  group: 'thigh',
  triggerPoints: [
    {
      id: 'biceps-femoris-tp',
      region: 'thigh-back',
      placement: {
        from: 'ischial-tuberosity',
        to: 'lateral-femoral-epicondyle',
        t: 0.6,
        offset: [0.005, 0, -0.04],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'knee-back' }],
        spillover: [{ region: 'thigh-back' }, { region: 'calf' }],
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
  redFlags: ['cauda-equina', 'blood-clot'],
  sources: [
    { source: 'travell-simons-1992-v2', chapter: 'Chapter on the hamstring muscles' },
    { source: 'davies-2013', chapter: 'Section on the hamstrings' },
    { source: 'donnelly-2019', chapter: 'Chapter on the hamstring muscles' },
  ],
};
