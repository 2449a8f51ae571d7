import type { MuscleFacts, ReferralPattern } from '../../src/domain/atlas.ts';

/**
 * The manuals draw one pattern for the trigger points of both heads: pain referred upward over
 * the muscle to the front of the shoulder, with spillover over the upper shoulder blade and a
 * milder ache in the elbow crease (the front of the elbow).
 */
const BICEPS_REFERRAL: ReferralPattern = {
  essential: [{ region: 'shoulder-front' }, { region: 'upper-arm-front' }],
  spillover: [{ region: 'shoulder-blade' }, { region: 'elbow-front' }],
};

export const bicepsBrachii: MuscleFacts = {
  id: 'biceps-brachii',
  group: 'arm-hand',
  triggerPoints: [
    {
      id: 'biceps-brachii-long-head',
      region: 'upper-arm-front',
      placement: {
        from: 'shoulder-joint',
        to: 'elbow-centre',
        t: 0.65,
        offset: [0.012, 0, 0.04],
        facing: 'front',
      },
      depth: 'superficial',
      referral: BICEPS_REFERRAL,
    },
    {
      id: 'biceps-brachii-short-head',
      region: 'upper-arm-front',
      placement: {
        from: 'shoulder-joint',
        to: 'elbow-centre',
        t: 0.65,
        offset: [-0.012, 0, 0.04],
        facing: 'front',
      },
      depth: 'superficial',
      referral: BICEPS_REFERRAL,
      symptomsFrom: 'biceps-brachii-long-head',
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
  redFlags: ['heart-attack', 'hot-swollen-joint'],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter 30, Biceps Brachii Muscle' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the biceps brachii muscle' },
    { source: 'davies-2013', chapter: 'Section on the biceps' },
  ],
};
