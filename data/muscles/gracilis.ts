import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const gracilis: MuscleFacts = {
  id: 'gracilis',
  group: 'thigh',
  triggerPoints: [
    {
      id: 'gracilis-tp',
      region: 'thigh-inner',
      placement: {
        from: 'hip-joint',
        to: 'medial-femoral-epicondyle',
        t: 0.45,
        offset: [-0.05, 0, -0.01],
        facing: 'inside',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'thigh-inner' }],
        spillover: [],
      },
    },
  ],
  pressure: {
    pressure: { min: 4, max: 5 },
    holdSeconds: { min: 30, max: 45 },
    rounds: 3,
    restSeconds: 20,
  },
  stretch: {
    holdSeconds: 30,
    repetitions: 3,
  },
  redFlags: ['blood-clot', 'knee-injury'],
  sources: [
    { source: 'travell-simons-1992-v2', chapter: 'Section on the gracilis muscle' },
    { source: 'davies-2013', chapter: 'Section on the gracilis' },
  ],
};
