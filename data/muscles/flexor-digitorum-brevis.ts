import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const flexorDigitorumBrevis: MuscleFacts = {
  id: 'flexor-digitorum-brevis',
  group: 'leg-foot',
  triggerPoints: [
    {
      id: 'flexor-digitorum-brevis-tp1',
      region: 'sole',
      placement: {
        from: 'calcaneus',
        to: 'first-metatarsal-head',
        t: 0.5,
        offset: [0.015, -0.03, 0],
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
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 15,
  },
  stretch: {
    holdSeconds: 30,
    repetitions: 3,
  },
  sources: [
    {
      source: 'travell-simons-1992-v2',
      chapter: 'Chapter on the superficial intrinsic foot muscles (flexor digitorum brevis)',
    },
    { source: 'davies-2013', chapter: 'Section on the flexor digitorum brevis' },
    {
      source: 'donnelly-2019',
      chapter: 'Chapter on the intrinsic foot muscles (flexor digitorum brevis)',
    },
  ],
};
