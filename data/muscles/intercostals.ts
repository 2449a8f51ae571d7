import type { MuscleFacts } from '../../src/domain/atlas.ts';

/**
 * The muscles between the ribs (Simons, Travell & Simons, chapter 45, Intercostal Muscles and
 * Diaphragm): their trigger points refer pain locally, over the rib space that holds them, with
 * some spread forward along it. The manuals find them in the back of the rib spaces (Travell's
 * observation, beside the shoulder blade) and list them in the torso guide for low thoracic back
 * pain, so the point stands in a lower rib space of the back, below the shoulder blade, with the
 * spread forward along the rib to the side of the chest. Rib and chest pain must never hide a
 * heart or lung problem, so it carries the chest's emergency warnings.
 */
export const intercostals: MuscleFacts = {
  id: 'intercostals',
  group: 'trunk',
  triggerPoints: [
    {
      id: 'intercostals-tp',
      region: 'mid-back',
      placement: {
        from: 'scapula-inferior-angle',
        offset: [0, -0.07, 0],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'mid-back' }],
        spillover: [{ region: 'side-ribs' }],
      },
    },
  ],
  pressure: {
    pressure: { min: 3, max: 5 },
    holdSeconds: { min: 20, max: 40 },
    rounds: 2,
    restSeconds: 20,
  },
  stretch: {
    holdSeconds: 30,
    repetitions: 3,
  },
  redFlags: ['heart-attack', 'pulmonary-embolism', 'aortic-dissection', 'injury'],
  sources: [
    {
      source: 'simons-travell-simons-1999-v1',
      chapter: 'Chapter 45, Intercostal Muscles and Diaphragm',
    },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the intercostal muscles' },
  ],
};
