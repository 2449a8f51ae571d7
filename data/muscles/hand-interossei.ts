import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const handInterossei: MuscleFacts = {
  id: 'hand-interossei',
  group: 'arm-hand',
  triggerPoints: [
    {
      id: 'hand-interossei-first-dorsal',
      region: 'hand-back',
      placement: {
        from: 'wrist-centre',
        to: 'middle-knuckle',
        t: 0.7,
        offset: [0.025, 0, -0.01],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'fingers' }],
        spillover: [{ region: 'hand-back' }, { region: 'palm' }],
      },
    },
    {
      id: 'hand-interossei-other',
      region: 'hand-back',
      placement: {
        from: 'wrist-centre',
        to: 'middle-knuckle',
        t: 0.65,
        offset: [-0.012, 0, -0.01],
        facing: 'back',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'fingers' }],
        spillover: [],
      },
    },
  ],
  pressure: {
    pressure: { min: 4, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
  },
  stretch: {
    holdSeconds: 30,
    repetitions: 3,
  },
  redFlags: ['hot-swollen-joint'],
  sources: [
    {
      source: 'simons-travell-simons-1999-v1',
      chapter: 'Chapter on the interosseous muscles of the hand',
    },
    {
      source: 'travell-simons-1983-v1',
      chapter: 'Chapter on the interosseous muscles of the hand',
    },
    { source: 'davies-2013', chapter: 'Chapter 6, Elbow, Forearm, and Hand Pain' },
  ],
};
