import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const flexorHallucisBrevis: MuscleFacts = {
  id: 'flexor-hallucis-brevis',
  group: 'leg-foot',
  triggerPoints: [
    {
      id: 'flexor-hallucis-brevis-tp1',
      region: 'sole',
      placement: {
        from: 'first-metatarsal-head',
        offset: [0.004, -0.018, -0.03],
        facing: 'bottom',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'sole' }, { region: 'top-of-foot' }],
        // The manuals draw the pain around the first metatarsal head on its inner side too.
        spillover: [{ region: 'foot-inner' }, { region: 'toes' }],
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
      chapter: 'Chapter on the deep intrinsic foot muscles (flexor hallucis brevis)',
    },
    { source: 'davies-2013', chapter: 'Section on the intrinsic muscles of the foot' },
  ],
};
