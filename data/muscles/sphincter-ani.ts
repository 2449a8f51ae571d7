import type { MuscleFacts } from '../../src/domain/atlas.ts';

/**
 * The ring of muscle round the back passage (Travell & Simons, volume 2, chapter 6): its trigger
 * points give a diffuse ache in the back of the pelvic floor, round the anus, which can spread to
 * the tailbone (figure 6.1A, drawn with the levator ani and coccygeus). It is intimate and reached
 * only from inside by a trained professional, so there are no self-pressure steps; its
 * relaxation, self-care and causes are the levator ani's.
 */
export const sphincterAni: MuscleFacts = {
  id: 'sphincter-ani',
  group: 'low-back-pelvis-hip',
  triggerPoints: [
    {
      id: 'sphincter-ani-tp',
      region: 'pelvic-floor',
      placement: {
        from: 'pubic-symphysis',
        offset: [0.008, -0.04, -0.1],
        facing: 'bottom',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'pelvic-floor' }],
        spillover: [{ region: 'tailbone' }],
      },
    },
  ],
  therapistOnly: true,
  stretch: {
    holdSeconds: 60,
    repetitions: 3,
  },
  redFlags: ['cauda-equina'],
  sources: [
    { source: 'travell-simons-1992-v2', chapter: 'Chapter 6, Pelvic Floor Muscles' },
    { source: 'donnelly-2019', chapter: 'Chapter on the pelvic floor muscles' },
  ],
  proseFrom: {
    stretch: 'levator-ani',
    selfCare: 'levator-ani',
    perpetuatingFactors: 'levator-ani',
  },
};
