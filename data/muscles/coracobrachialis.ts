import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const coracobrachialis: MuscleFacts = {
  id: 'coracobrachialis',
  group: 'shoulder-upper-back',
  triggerPoints: [
    {
      id: 'coracobrachialis-tp1',
      region: 'armpit',
      placement: {
        from: 'coracoid',
        to: 'medial-epicondyle',
        t: 0.3,
        facing: 'front',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'shoulder-front' }],
        spillover: [
          { region: 'upper-arm-back' },
          { region: 'forearm-back' },
          { region: 'hand-back' },
          { region: 'fingers' },
        ],
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
  redFlags: ['heart-attack', 'arm-hand-injury'],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter on the coracobrachialis muscle' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the coracobrachialis muscle' },
    { source: 'davies-2013', chapter: 'Chapter 5, Shoulder, Upper Back, and Upper Arm Pain' },
  ],
};
