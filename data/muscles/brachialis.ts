import type { MuscleFacts, ReferralPattern } from '../../src/domain/atlas.ts';

/**
 * The manuals draw one composite pattern for the brachialis points: pain chiefly at the base of
 * the thumb, with spillover in the elbow crease (the front of the elbow), over the front of the
 * upper arm (the upper-arm guide lists it) and over the front of the shoulder.
 */
const BRACHIALIS_REFERRAL: ReferralPattern = {
  essential: [{ region: 'thumb' }],
  spillover: [
    { region: 'elbow-front' },
    { region: 'upper-arm-front' },
    { region: 'shoulder-front' },
  ],
};

export const brachialis: MuscleFacts = {
  id: 'brachialis',
  group: 'arm-hand',
  triggerPoints: [
    {
      id: 'brachialis-lower',
      region: 'upper-arm-front',
      placement: {
        from: 'shoulder-joint',
        to: 'elbow-centre',
        t: 0.8,
        offset: [0.03, 0, 0.012],
        facing: 'outside',
      },
      depth: 'deep',
      referral: BRACHIALIS_REFERRAL,
    },
    {
      id: 'brachialis-upper',
      region: 'upper-arm-front',
      placement: {
        from: 'shoulder-joint',
        to: 'elbow-centre',
        t: 0.6,
        offset: [0.03, 0, 0.012],
        facing: 'outside',
      },
      depth: 'deep',
      referral: BRACHIALIS_REFERRAL,
      symptomsFrom: 'brachialis-lower',
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
  redFlags: ['arm-hand-injury'],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter 31, Brachialis Muscle' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the brachialis muscle' },
    { source: 'davies-2013', chapter: 'Section on the brachialis' },
  ],
};
