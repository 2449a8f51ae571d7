import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const extensorHallucisBrevis: MuscleFacts = {
  id: 'extensor-hallucis-brevis',
  group: 'leg-foot',
  proseFrom: { perpetuatingFactors: 'extensor-digitorum-brevis' },
  triggerPoints: [
    {
      id: 'extensor-hallucis-brevis-tp1',
      region: 'top-of-foot',
      placement: {
        from: 'lateral-malleolus',
        to: 'first-metatarsal-head',
        t: 0.42,
        offset: [0.004, 0.02, 0],
        facing: 'top',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'top-of-foot' }],
        spillover: [],
      },
      symptomsFrom: 'extensor-digitorum-brevis-tp1',
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
      chapter:
        'Chapter on the superficial intrinsic foot muscles (extensor digitorum brevis and extensor hallucis brevis)',
    },
    { source: 'davies-2013', chapter: 'Section on the intrinsic muscles of the foot' },
  ],
};
