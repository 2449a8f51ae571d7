import type { MuscleFacts } from '../../src/domain/atlas.ts';

/**
 * The small triangle of muscle low in the front of the belly, inside the sheath of the rectus
 * abdominis (Simons, Travell & Simons, chapter 49, figure 49.2D): its trigger points refer pain
 * close to the midline, between the top of the pubic bone and the navel. It shares the rectus
 * abdominis' stretch, self-care and causes; its pressing site, over the bladder and just above
 * the pubic bone, has its own steps and cautions.
 */
export const pyramidalis: MuscleFacts = {
  id: 'pyramidalis',
  group: 'trunk',
  triggerPoints: [
    {
      id: 'pyramidalis-tp',
      region: 'lower-abdomen',
      placement: {
        from: 'pubic-symphysis',
        offset: [0.012, 0.05, 0],
        facing: 'front',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'lower-abdomen' }],
        spillover: [],
      },
    },
  ],
  pressure: {
    pressure: { min: 3, max: 5 },
    holdSeconds: { min: 20, max: 45 },
    rounds: 3,
    restSeconds: 20,
  },
  stretch: {
    holdSeconds: 30,
    repetitions: 3,
  },
  redFlags: ['acute-abdomen', 'groin-lump', 'pregnancy-belly-pain'],
  sources: [
    {
      source: 'simons-travell-simons-1999-v1',
      chapter: 'Chapter 49, Abdominal Muscles (pyramidalis)',
    },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the abdominal muscles' },
  ],
  proseFrom: {
    stretch: 'rectus-abdominis',
    selfCare: 'rectus-abdominis',
    perpetuatingFactors: 'rectus-abdominis',
  },
};
