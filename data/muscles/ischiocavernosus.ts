import type { MuscleFacts } from '../../src/domain/atlas.ts';

/**
 * Along the bony arch between the sitting bone and the pubic bone, beside the base of the penis
 * or the clitoris (Travell & Simons, volume 2, chapter 6): the manual gives it the bulbospongiosus'
 * pattern, pain in the perineum and the genital structures beside it, so it shares that muscle's
 * words for self-care, causes and precautions. For a trained pelvic health professional only.
 */
export const ischiocavernosus: MuscleFacts = {
  id: 'ischiocavernosus',
  group: 'low-back-pelvis-hip',
  triggerPoints: [
    {
      id: 'ischiocavernosus-tp',
      region: 'pelvic-floor',
      placement: {
        from: 'pubic-symphysis',
        offset: [0.012, -0.04, -0.08],
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
  proseFrom: {
    stretch: 'levator-ani',
    selfCare: 'bulbospongiosus',
    perpetuatingFactors: 'bulbospongiosus',
    precautions: 'bulbospongiosus',
  },
};
