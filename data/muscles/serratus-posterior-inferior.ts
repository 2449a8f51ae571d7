import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const serratusPosteriorInferior: MuscleFacts = {
  id: 'serratus-posterior-inferior',
  group: 'trunk',
  triggerPoints: [
    {
      id: 'serratus-posterior-inferior-tp1',
      region: 'mid-back',
      placement: { from: 't12', offset: [0.09, 0, 0.02], facing: 'back' },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'mid-back' }],
        spillover: [],
      },
    },
  ],
  pressure: {
    pressure: { min: 5, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
  },
  stretch: {
    holdSeconds: 30,
    repetitions: 3,
  },
  redFlags: ['kidney-infection-or-stone', 'injury'],
  sources: [
    {
      source: 'simons-travell-simons-1999-v1',
      chapter: 'Chapter on the serratus posterior inferior muscle',
    },
    { source: 'davies-2013', chapter: 'Section on the serratus posterior inferior' },
  ],
};
