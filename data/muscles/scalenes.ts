import type { MuscleFacts, ReferralPattern } from '../../src/domain/atlas.ts';

/**
 * The manuals draw one combined pattern for the scalenes rather than one per muscle, so each of
 * the three points carries it. The radial (thumb-side) forearm strip shows from the front and
 * from the back, hence both forearm regions. The band over the front and back of the upper arm
 * starts at the shoulder: the manuals' shoulder guides list the scalenes for the front and the back
 * of the shoulder, after the muscles whose main pain is there, so both shoulder regions are
 * spillover.
 */
const SCALENE_REFERRAL: ReferralPattern = {
  essential: [
    { region: 'chest' },
    { region: 'upper-arm-front' },
    { region: 'upper-arm-back' },
    { region: 'between-shoulder-blades' },
  ],
  spillover: [
    { region: 'shoulder-front' },
    { region: 'shoulder-back' },
    { region: 'forearm-front' },
    { region: 'forearm-back' },
    { region: 'thumb' },
    { region: 'fingers' },
  ],
};

export const scalenes: MuscleFacts = {
  id: 'scalenes',
  group: 'head-neck',
  triggerPoints: [
    {
      id: 'scalenes-anterior',
      region: 'neck-side',
      placement: {
        from: 'sternal-notch',
        to: 'mastoid',
        t: 0.25,
        offset: [0.035, 0, -0.02],
        facing: 'outside',
      },
      depth: 'deep',
      referral: SCALENE_REFERRAL,
    },
    {
      id: 'scalenes-middle',
      region: 'neck-side',
      placement: {
        from: 'mandible-angle',
        offset: [0.008, -0.068, 0],
        facing: 'outside',
      },
      depth: 'superficial',
      referral: SCALENE_REFERRAL,
      symptomsFrom: 'scalenes-anterior',
    },
    {
      id: 'scalenes-posterior',
      region: 'neck-side',
      placement: {
        from: 'mandible-angle',
        offset: [0.012, -0.06, -0.02],
        facing: 'outside',
      },
      depth: 'deep',
      referral: SCALENE_REFERRAL,
      symptomsFrom: 'scalenes-anterior',
    },
  ],
  pressure: {
    pressure: { min: 3, max: 5 },
    holdSeconds: { min: 30, max: 45 },
    rounds: 2,
    restSeconds: 30,
  },
  stretch: {
    holdSeconds: 30,
    repetitions: 2,
  },
  redFlags: ['heart-attack', 'spreading-numbness-weakness', 'arm-circulation'],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter 20, Scalene Muscles' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the scalene muscles' },
    { source: 'davies-2013', chapter: 'Chapter 5, Shoulder, Upper Back, and Upper Arm Pain' },
  ],
};
