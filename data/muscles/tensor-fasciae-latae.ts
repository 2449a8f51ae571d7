import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const tensorFasciaeLatae: MuscleFacts = {
  id: 'tensor-fasciae-latae',
  group: 'low-back-pelvis-hip',
  triggerPoints: [
    {
      id: 'tensor-fasciae-latae-tp',
      region: 'hip-side',
      placement: {
        from: 'asis',
        to: 'greater-trochanter',
        t: 0.4,
        offset: [0, -0.015, 0],
        facing: 'outside',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'hip-side' }, { region: 'thigh-outer' }],
        spillover: [{ region: 'knee-outer' }],
      },
    },
  ],
  pressure: {
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
  },
  stretch: {
    holdSeconds: 30,
    repetitions: 3,
  },
  redFlags: ['injury', 'hot-swollen-joint'],
  sources: [
    { source: 'travell-simons-1992-v2', chapter: 'Chapter on the tensor fasciae latae muscle' },
    { source: 'davies-2013', chapter: 'Section on the tensor fasciae latae' },
    { source: 'donnelly-2019', chapter: 'Chapter on the tensor fasciae latae muscle' },
  ],
};
