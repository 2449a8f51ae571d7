import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const deltoid: MuscleFacts = {
  id: 'deltoid',
  group: 'shoulder-upper-back',
  triggerPoints: [
    {
      id: 'deltoid-anterior',
      region: 'shoulder-front',
      placement: {
        from: 'shoulder-joint',
        offset: [0.01, -0.04, 0.05],
        facing: 'front',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'shoulder-front' }, { region: 'shoulder-side' }],
        spillover: [{ region: 'upper-arm-front' }],
      },
    },
    {
      id: 'deltoid-middle',
      region: 'shoulder-side',
      placement: {
        from: 'acromion',
        to: 'deltoid-tuberosity',
        t: 0.35,
        offset: [0.028, 0, 0],
        facing: 'outside',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'shoulder-side' }],
        spillover: [{ region: 'shoulder-front' }, { region: 'shoulder-back' }],
      },
    },
    {
      id: 'deltoid-posterior',
      region: 'shoulder-back',
      placement: {
        from: 'shoulder-joint',
        offset: [0.01, -0.04, -0.05],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'shoulder-back' }],
        spillover: [{ region: 'shoulder-side' }, { region: 'upper-arm-back' }],
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
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter 28, Deltoid Muscle' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the deltoid muscle' },
    { source: 'davies-2013', chapter: 'Chapter 5, Shoulder, Upper Back, and Upper Arm Pain' },
  ],
};
