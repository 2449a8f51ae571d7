import type { MuscleFacts } from '../../src/domain/atlas.ts';

/**
 * A small extra scalene that many, but not all, people have, from the side knob of the lowest neck
 * bone to the first rib and the dome of the lung's lining, behind the anterior scalene (Simons,
 * Travell & Simons, chapter 20, Scalene Muscles, which draws its pattern apart from the other
 * three: the outer side of the upper arm and the back of the hand, on into the thumb and the
 * fingers). It lies deep, among the nerves and the artery to the arm and just above the top of
 * the lung, and cannot be told apart from the anterior scalene by touch: a therapist's muscle.
 * It shares the scalenes' stretch, self-care and causes.
 */
export const scalenusMinimus: MuscleFacts = {
  id: 'scalenus-minimus',
  group: 'head-neck',
  triggerPoints: [
    {
      id: 'scalenus-minimus-tp',
      region: 'neck-side',
      placement: {
        from: 'sternal-notch',
        to: 'mastoid',
        t: 0.2,
        offset: [0.04, 0, -0.025],
        facing: 'outside',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'upper-arm-back' }, { region: 'hand-back' }],
        spillover: [{ region: 'wrist-back' }, { region: 'thumb' }, { region: 'fingers' }],
      },
    },
  ],
  therapistOnly: true,
  stretch: {
    holdSeconds: 30,
    repetitions: 2,
  },
  redFlags: ['spreading-numbness-weakness', 'arm-circulation', 'heart-attack'],
  sources: [
    {
      source: 'simons-travell-simons-1999-v1',
      chapter: 'Chapter 20, Scalene Muscles (scalenus minimus)',
    },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the scalene muscles' },
  ],
  proseFrom: {
    stretch: 'scalenes',
    selfCare: 'scalenes',
    perpetuatingFactors: 'scalenes',
  },
};
