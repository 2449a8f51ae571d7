import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const adductorHallucis: MuscleFacts = {
  id: 'adductor-hallucis',
  group: 'leg-foot',
  triggerPoints: [
    {
      id: 'adductor-hallucis-oblique-head',
      region: 'sole',
      placement: {
        from: 'first-metatarsal-head',
        to: 'fifth-metatarsal-head',
        t: 0.4,
        offset: [0, -0.018, -0.04],
        facing: 'bottom',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'sole' }],
        spillover: [],
      },
    },
    {
      id: 'adductor-hallucis-transverse-head',
      region: 'sole',
      placement: {
        from: 'first-metatarsal-head',
        to: 'fifth-metatarsal-head',
        t: 0.5,
        offset: [0, -0.018, -0.01],
        facing: 'bottom',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'sole' }],
        spillover: [],
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
  redFlags: ['hot-swollen-joint'],
  sources: [
    {
      source: 'travell-simons-1992-v2',
      chapter: 'Chapter on the deep intrinsic foot muscles (adductor hallucis)',
    },
    { source: 'davies-2013', chapter: 'Section on the intrinsic muscles of the foot' },
  ],
};
