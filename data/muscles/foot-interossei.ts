import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const footInterossei: MuscleFacts = {
  id: 'foot-interossei',
  group: 'leg-foot',
  triggerPoints: [
    {
      id: 'foot-interossei-first-dorsal',
      region: 'top-of-foot',
      placement: {
        from: 'first-metatarsal-head',
        offset: [0.012, 0.026, -0.022],
        facing: 'top',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'toes' }],
        spillover: [{ region: 'top-of-foot' }, { region: 'sole' }],
      },
    },
    {
      id: 'foot-interossei-other',
      region: 'top-of-foot',
      placement: {
        from: 'first-metatarsal-head',
        to: 'fifth-metatarsal-head',
        t: 0.62,
        offset: [0, 0.03, -0.025],
        facing: 'top',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'toes' }],
        spillover: [{ region: 'top-of-foot' }, { region: 'sole' }],
      },
    },
  ],
  pressure: {
    pressure: { min: 4, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
  },
  stretch: {
    holdSeconds: 30,
    repetitions: 3,
  },
  redFlags: ['hot-swollen-joint'],
  sources: [
    {
      source: 'travell-simons-1992-v2',
      chapter: 'Chapter on the deep intrinsic foot muscles (interossei)',
    },
    { source: 'davies-2013', chapter: 'Section on the intrinsic muscles of the foot' },
  ],
};
