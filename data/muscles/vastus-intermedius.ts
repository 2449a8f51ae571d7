import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const vastusIntermedius: MuscleFacts = {
  id: 'vastus-intermedius',
  group: 'thigh',
  triggerPoints: [
    {
      id: 'vastus-intermedius-tp',
      region: 'thigh-front',
      placement: {
        from: 'hip-joint',
        to: 'patella',
        t: 0.4,
        offset: [0.02, 0, 0.04],
        facing: 'front',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'thigh-front' }],
        spillover: [],
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
  redFlags: ['blood-clot', 'injury', 'knee-injury'],
  sources: [
    {
      source: 'travell-simons-1992-v2',
      chapter: 'Chapter on the quadriceps femoris group',
    },
    { source: 'davies-2013', chapter: 'Section on the quadriceps' },
    { source: 'donnelly-2019', chapter: 'Chapter on the quadriceps femoris muscle group' },
  ],
};
