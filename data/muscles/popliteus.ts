import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const popliteus: MuscleFacts = {
  id: 'popliteus',
  group: 'leg-foot',
  triggerPoints: [
    {
      id: 'popliteus-tp',
      region: 'knee-back',
      placement: {
        from: 'knee-centre',
        to: 'medial-femoral-epicondyle',
        t: 0.6,
        offset: [0, -0.045, -0.05],
        facing: 'back',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'knee-back' }],
        spillover: [],
      },
    },
  ],
  pressure: {
    pressure: { min: 3, max: 5 },
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
    { source: 'travell-simons-1992-v2', chapter: 'Chapter on the popliteus muscle' },
    { source: 'davies-2013', chapter: 'Section on the popliteus' },
    { source: 'donnelly-2019', chapter: 'Chapter on the popliteus muscle' },
  ],
};
