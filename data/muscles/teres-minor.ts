import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const teresMinor: MuscleFacts = {
  id: 'teres-minor',
  group: 'shoulder-upper-back',
  triggerPoints: [
    {
      id: 'teres-minor-tp1',
      region: 'shoulder-blade',
      placement: {
        from: 'shoulder-joint',
        to: 'scapula-inferior-angle',
        t: 0.45,
        offset: [0, 0, -0.03],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'shoulder-back' }],
        spillover: [{ region: 'upper-arm-back' }],
      },
    },
  ],
  pressure: {
    pressure: { min: 5, max: 7 },
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
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter 23, Teres Minor Muscle' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the teres minor muscle' },
    { source: 'davies-2013', chapter: 'Chapter 5, Shoulder, Upper Back, and Upper Arm Pain' },
  ],
};
