import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const teresMajor: MuscleFacts = {
  id: 'teres-major',
  group: 'shoulder-upper-back',
  triggerPoints: [
    {
      id: 'teres-major-tp1',
      region: 'shoulder-blade',
      placement: {
        from: 'scapula-inferior-angle',
        offset: [0.02, 0.025, 0],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'shoulder-back' }],
        spillover: [{ region: 'upper-arm-back' }, { region: 'forearm-back' }],
      },
    },
    {
      id: 'teres-major-tp2',
      region: 'shoulder-blade',
      placement: {
        from: 'scapula-inferior-angle',
        to: 'shoulder-joint',
        t: 0.4,
        offset: [0, 0, -0.02],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'shoulder-back' }],
        spillover: [{ region: 'upper-arm-back' }, { region: 'forearm-back' }],
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
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter 25, Teres Major Muscle' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the teres major muscle' },
    { source: 'davies-2013', chapter: 'Chapter 5, Shoulder, Upper Back, and Upper Arm Pain' },
  ],
};
