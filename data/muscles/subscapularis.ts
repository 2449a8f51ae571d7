import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const subscapularis: MuscleFacts = {
  id: 'subscapularis',
  group: 'shoulder-upper-back',
  triggerPoints: [
    {
      id: 'subscapularis-tp1',
      region: 'armpit',
      placement: {
        from: 'scapula-inferior-angle',
        to: 'shoulder-joint',
        t: 0.4,
        offset: [0.02, -0.03, 0.02],
        facing: 'outside',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'shoulder-back' }],
        spillover: [
          { region: 'shoulder-blade' },
          { region: 'upper-arm-back' },
          { region: 'wrist-back' },
          { region: 'wrist-front' },
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
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter 26, Subscapularis Muscle' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the subscapularis muscle' },
    { source: 'davies-2013', chapter: 'Chapter 5, Shoulder, Upper Back, and Upper Arm Pain' },
  ],
};
