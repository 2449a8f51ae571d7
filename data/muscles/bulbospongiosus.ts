import type { MuscleFacts } from '../../src/domain/atlas.ts';

/**
 * The front of the pelvic floor, around the base of the penis or the opening of the vagina
 * (Travell & Simons, volume 2, chapter 6, Pelvic Floor Muscles): its trigger points refer pain to
 * the perineum and the genital structures beside it. It is intimate and reached only by a trained
 * pelvic health professional, so there are no self-pressure steps; the relaxation "stretch" is
 * the levator ani's.
 */
export const bulbospongiosus: MuscleFacts = {
  id: 'bulbospongiosus',
  group: 'low-back-pelvis-hip',
  triggerPoints: [
    {
      id: 'bulbospongiosus-tp',
      region: 'pelvic-floor',
      placement: {
        from: 'pubic-symphysis',
        offset: [0.008, -0.04, -0.03],
        facing: 'bottom',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'pelvic-floor' }],
        spillover: [],
      },
    },
  ],
  therapistOnly: true,
  stretch: {
    holdSeconds: 60,
    repetitions: 3,
  },
  redFlags: ['cauda-equina', 'testicular-torsion'],
  sources: [
    { source: 'travell-simons-1992-v2', chapter: 'Chapter 6, Pelvic Floor Muscles' },
    { source: 'donnelly-2019', chapter: 'Chapter on the pelvic floor muscles' },
  ],
  proseFrom: { stretch: 'levator-ani' },
};
