import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const semitendinosus: MuscleFacts = {
  id: 'semitendinosus',
  group: 'thigh',
  proseFrom: { perpetuatingFactors: 'biceps-femoris' },
  triggerPoints: [
    {
      id: 'semitendinosus-tp',
      region: 'thigh-back',
      placement: {
        from: 'ischial-tuberosity',
        to: 'medial-femoral-epicondyle',
        t: 0.45,
        offset: [0, 0, -0.04],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'buttock' }, { region: 'thigh-back' }],
        spillover: [{ region: 'knee-back' }, { region: 'calf' }],
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
