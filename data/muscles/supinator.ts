import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const supinator: MuscleFacts = {
  id: 'supinator',
  group: 'arm-hand',
  triggerPoints: [
    {
      id: 'supinator-tp1',
      region: 'elbow-front',
      placement: {
        from: 'elbow-centre',
        to: 'wrist-centre',
        t: 0.1,
        offset: [0.016, 0, 0.03],
        facing: 'front',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'elbow-outer' }, { region: 'thumb' }],
        spillover: [{ region: 'forearm-back' }],
      },
    },
  ],
  pressure: {
    pressure: { min: 4, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 30,
  },
  stretch: {
    holdSeconds: 30,
    repetitions: 3,
  },
  redFlags: ['arm-hand-injury', 'hot-swollen-joint'],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter 36, Supinator Muscle' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the supinator muscle' },
    { source: 'davies-2013', chapter: 'Section on the supinator' },
  ],
};
