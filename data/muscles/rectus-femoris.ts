import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const rectusFemoris: MuscleFacts = {
  id: 'rectus-femoris',
  group: 'thigh',
  triggerPoints: [
    {
      id: 'rectus-femoris-tp',
      region: 'thigh-front',
      placement: { from: 'asis', offset: [-0.012, -0.07, 0], facing: 'front' },
      depth: 'deep',
      referral: {
        essential: [{ region: 'knee-front' }],
        spillover: [{ region: 'thigh-front' }],
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
