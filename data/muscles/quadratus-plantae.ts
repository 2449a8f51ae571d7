import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const quadratusPlantae: MuscleFacts = {
  id: 'quadratus-plantae',
  group: 'leg-foot',
  triggerPoints: [
    {
      id: 'quadratus-plantae-tp1',
      region: 'sole',
      placement: {
        from: 'calcaneus',
        to: 'first-metatarsal-head',
        t: 0.18,
        offset: [0.005, -0.03, 0],
        facing: 'bottom',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'heel' }],
        spillover: [],
      },
    },
  ],
  pressure: {
    pressure: { min: 5, max: 7 },
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
      chapter: 'Chapter on the deep intrinsic foot muscles (quadratus plantae)',
    },
    { source: 'davies-2013', chapter: 'Section on the quadratus plantae' },
    {
      source: 'donnelly-2019',
      chapter: 'Chapter on the intrinsic foot muscles (quadratus plantae)',
    },
  ],
};
