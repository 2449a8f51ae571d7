import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const supraspinatus: MuscleFacts = {
  id: 'supraspinatus',
  group: 'shoulder-upper-back',
  triggerPoints: [
    {
      id: 'supraspinatus-tp1',
      region: 'shoulder-blade',
      placement: {
        from: 'scapula-spine-root',
        to: 'acromion',
        t: 0.2,
        offset: [0, 0.025, 0.005],
        facing: 'back',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'shoulder-side' }],
        spillover: [{ region: 'elbow-outer' }, { region: 'forearm-back' }],
      },
    },
    {
      id: 'supraspinatus-tp2',
      region: 'shoulder-top',
      placement: {
        from: 'scapula-spine-root',
        to: 'acromion',
        t: 0.6,
        offset: [0, 0.055, 0.01],
        facing: 'top',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'shoulder-side' }],
        spillover: [{ region: 'elbow-outer' }, { region: 'forearm-back' }],
      },
    },
    {
      id: 'supraspinatus-tp3',
      region: 'shoulder-side',
      placement: {
        from: 'acromion',
        offset: [0.025, -0.03, 0.005],
        facing: 'outside',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'shoulder-side' }],
        spillover: [],
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
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter 21, Supraspinatus Muscle' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the supraspinatus muscle' },
    { source: 'davies-2013', chapter: 'Chapter 5, Shoulder, Upper Back, and Upper Arm Pain' },
  ],
};
