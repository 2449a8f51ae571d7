import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const serratusPosteriorSuperior: MuscleFacts = {
  id: 'serratus-posterior-superior',
  group: 'shoulder-upper-back',
  triggerPoints: [
    {
      id: 'serratus-posterior-superior-tp1',
      region: 'shoulder-blade',
      placement: {
        from: 'scapula-superior-angle',
        to: 'scapula-spine-root',
        t: 0.5,
        offset: [0.01, 0, 0],
        facing: 'back',
      },
      depth: 'deep',
      referral: {
        essential: [
          { region: 'shoulder-blade' },
          { region: 'shoulder-back' },
          { region: 'upper-arm-back' },
          { region: 'elbow-back' },
        ],
        spillover: [{ region: 'forearm-back' }, { region: 'hand-back' }, { region: 'fingers' }],
      },
    },
  ],
  pressure: {
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 90 },
    rounds: 3,
    restSeconds: 30,
  },
  stretch: {
    holdSeconds: 30,
    repetitions: 3,
  },
  redFlags: ['heart-attack', 'pulmonary-embolism'],
  sources: [
    {
      source: 'simons-travell-simons-1999-v1',
      chapter: 'Chapter on the serratus posterior superior muscle',
    },
    {
      source: 'travell-simons-1983-v1',
      chapter: 'Chapter on the serratus posterior superior muscle',
    },
    { source: 'davies-2013', chapter: 'Chapter 5, Shoulder, Upper Back, and Upper Arm Pain' },
  ],
};
