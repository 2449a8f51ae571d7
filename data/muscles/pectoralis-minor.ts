import type { MuscleFacts, ReferralPattern } from '../../src/domain/atlas.ts';

/** The manuals draw one pattern for both points of the muscle. */
const PECTORALIS_MINOR_REFERRAL: ReferralPattern = {
  essential: [{ region: 'shoulder-front' }],
  spillover: [
    { region: 'chest' },
    { region: 'upper-arm-front' },
    { region: 'elbow-inner' },
    { region: 'forearm-front' },
    { region: 'palm' },
    { region: 'fingers' },
  ],
};

export const pectoralisMinor: MuscleFacts = {
  id: 'pectoralis-minor',
  group: 'trunk',
  triggerPoints: [
    {
      id: 'pectoralis-minor-upper',
      region: 'chest',
      placement: {
        from: 'coracoid',
        to: 'nipple',
        t: 0.3,
        offset: [0, 0, -0.015],
        facing: 'front',
      },
      depth: 'deep',
      referral: PECTORALIS_MINOR_REFERRAL,
    },
    {
      id: 'pectoralis-minor-lower',
      region: 'chest',
      placement: {
        from: 'coracoid',
        to: 'nipple',
        t: 0.65,
        offset: [-0.01, 0, -0.01],
        facing: 'front',
      },
      depth: 'deep',
      referral: PECTORALIS_MINOR_REFERRAL,
      symptomsFrom: 'pectoralis-minor-upper',
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
  redFlags: ['heart-attack', 'arm-circulation', 'injury'],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter on the pectoralis minor muscle' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the pectoralis minor muscle' },
    { source: 'davies-2013', chapter: 'Section on the pectoralis minor' },
  ],
};
