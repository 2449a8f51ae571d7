import type { MuscleFacts } from '../../src/domain/atlas.ts';
import { semitendinosus } from './semitendinosus.ts';

export const semimembranosus: MuscleFacts = {
  id: 'semimembranosus',
  group: 'thigh',
  proseFrom: {
    stretch: 'semitendinosus',
    selfCare: 'semitendinosus',
    perpetuatingFactors: 'biceps-femoris',
  },
  triggerPoints: [
    {
      id: 'semimembranosus-tp',
      region: 'thigh-back',
      placement: {
        from: 'ischial-tuberosity',
        to: 'medial-femoral-epicondyle',
        t: 0.6,
        offset: [0.005, 0, -0.04],
        facing: 'back',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'buttock' }, { region: 'thigh-back' }],
        spillover: [{ region: 'knee-back' }, { region: 'calf' }],
      },
      symptomsFrom: 'semitendinosus-tp',
    },
  ],
  pressure: {
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
  },
  // The manuals treat the inner hamstrings together: the same stretch and self-care.
  stretch: semitendinosus.stretch,
  redFlags: ['blood-clot'],
  sources: [
    { source: 'travell-simons-1992-v2', chapter: 'Chapter on the hamstring muscles' },
    { source: 'davies-2013', chapter: 'Section on the hamstrings' },
    { source: 'donnelly-2019', chapter: 'Chapter on the hamstring muscles' },
  ],
};
