import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const abductorDigitiMinimiFoot: MuscleFacts = {
  id: 'abductor-digiti-minimi-foot',
  group: 'leg-foot',
  triggerPoints: [
    {
      id: 'abductor-digiti-minimi-foot-tp1',
      region: 'sole',
      placement: {
        from: 'calcaneus',
        to: 'fifth-metatarsal-head',
        t: 0.4,
        offset: [0.012, -0.03, 0],
        facing: 'bottom',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'sole' }],
        spillover: [],
      },
    },
  ],
  pressure: {
    pressure: { min: 4, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 15,
  },
  stretch: {
    holdSeconds: 30,
    repetitions: 3,
  },
  redFlags: ['ankle-foot-injury'],
  sources: [
    {
      source: 'travell-simons-1992-v2',
      chapter: 'Chapter on the superficial intrinsic foot muscles (abductor digiti minimi)',
    },
    { source: 'davies-2013', chapter: 'Section on the abductor digiti minimi (foot)' },
    {
      source: 'donnelly-2019',
      chapter: 'Chapter on the intrinsic foot muscles (abductor digiti minimi)',
    },
  ],
};
