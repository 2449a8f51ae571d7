import type { MuscleFacts } from '../../src/domain/atlas.ts';

/**
 * The deep front of the neck: the carotid artery, the jugular vein, the vagus nerve, the windpipe
 * and the gullet all lie over this muscle. No self-pressure: fingers would have to sink in between
 * the windpipe and the carotid artery. A trained therapist works it; the stretch is the self-care.
 */
export const longusColli: MuscleFacts = {
  id: 'longus-colli',
  group: 'head-neck',
  triggerPoints: [
    {
      id: 'longus-colli-tp1',
      region: 'throat',
      placement: {
        from: 'thyroid-cartilage',
        offset: [0.025, -0.01, -0.01],
        facing: 'front',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'throat' }, { region: 'neck-side' }],
        spillover: [{ region: 'ear' }, { region: 'neck-side', side: 'opposite' }],
      },
    },
  ],
  therapistOnly: true,
  stretch: {
    holdSeconds: 20,
    repetitions: 3,
  },
  redFlags: ['stroke-signs'],
  sources: [
    { source: 'donnelly-2019', chapter: 'Chapter on the anterior neck muscles (longus colli)' },
    {
      source: 'simons-travell-simons-1999-v1',
      chapter: 'Chapter on the digastric and other anterior neck muscles (longus colli)',
    },
  ],
};
