import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const tricepsBrachii: MuscleFacts = {
  id: 'triceps-brachii',
  group: 'arm-hand',
  triggerPoints: [
    {
      id: 'triceps-brachii-tp1',
      region: 'upper-arm-back',
      placement: {
        from: 'shoulder-joint',
        to: 'olecranon',
        t: 0.38,
        offset: [-0.01, 0, -0.02],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'upper-arm-back' }, { region: 'shoulder-back' }],
        spillover: [{ region: 'shoulder-top' }, { region: 'forearm-back' }],
      },
    },
    {
      id: 'triceps-brachii-tp2',
      region: 'upper-arm-back',
      placement: {
        from: 'lateral-epicondyle',
        offset: [-0.006, 0.05, -0.02],
        facing: 'outside',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'elbow-outer' }],
        spillover: [{ region: 'forearm-back' }],
      },
    },
    {
      id: 'triceps-brachii-tp3',
      region: 'upper-arm-back',
      placement: {
        from: 'shoulder-joint',
        to: 'elbow-centre',
        t: 0.5,
        offset: [0.02, 0, -0.03],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'upper-arm-back' }],
        spillover: [{ region: 'forearm-back' }, { region: 'fingers' }],
      },
    },
    {
      id: 'triceps-brachii-tp4',
      region: 'elbow-back',
      placement: {
        from: 'olecranon',
        offset: [0, 0.025, 0],
        facing: 'back',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'elbow-back' }],
        spillover: [],
      },
    },
    {
      id: 'triceps-brachii-tp5',
      region: 'upper-arm-back',
      placement: {
        from: 'medial-epicondyle',
        offset: [0.002, 0.045, -0.02],
        facing: 'back',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'elbow-inner' }],
        spillover: [{ region: 'fingers' }],
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
    {
      source: 'simons-travell-simons-1999-v1',
      chapter: 'Chapter 32, Triceps Brachii and Anconeus Muscles',
    },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the triceps brachii muscle' },
    { source: 'davies-2013', chapter: 'Section on the triceps' },
  ],
};
