import type { MuscleFacts } from '../../src/domain/atlas.ts';

/**
 * Trigger point numbers follow Simons, Travell & Simons (1999), chapter 6: TrP1 and TrP2 are in
 * the upper trapezius, TrP3 and TrP4 in the lower, TrP5 to TrP7 in the middle. TrP7 is left out:
 * the manual gives it a shivery, goose-bump feeling in the arm rather than a pain pattern, which
 * a pain-referral zone cannot represent.
 */
export const middleTrapezius: MuscleFacts = {
  id: 'middle-trapezius',
  group: 'shoulder-upper-back',
  triggerPoints: [
    {
      id: 'middle-trapezius-tp5',
      region: 'between-shoulder-blades',
      placement: {
        from: 'scapula-spine-root',
        offset: [-0.015, 0.01, 0],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'between-shoulder-blades' }],
        spillover: [],
      },
    },
    {
      id: 'middle-trapezius-tp6',
      region: 'shoulder-top',
      placement: {
        from: 'scapula-spine-root',
        to: 'acromion',
        t: 0.65,
        offset: [0, 0.025, -0.03],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'shoulder-top' }],
        spillover: [],
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
  redFlags: ['heart-attack', 'serious-back-pain', 'back-pain-fever', 'injury'],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter 6, Trapezius Muscle' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the trapezius muscle' },
    { source: 'davies-2013', chapter: 'Chapter 4, Head and Neck Pain (section on the trapezius)' },
  ],
};
