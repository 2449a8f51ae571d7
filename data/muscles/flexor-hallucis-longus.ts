import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const flexorHallucisLongus: MuscleFacts = {
  id: 'flexor-hallucis-longus',
  group: 'leg-foot',
  triggerPoints: [
    {
      id: 'flexor-hallucis-longus-tp1',
      region: 'calf',
      placement: {
        from: 'knee-centre',
        to: 'ankle-centre',
        t: 0.68,
        offset: [0.01, 0, -0.05],
        facing: 'back',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'toes' }, { region: 'sole' }],
        spillover: [],
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
  redFlags: ['blood-clot', 'hot-swollen-joint'],
  sources: [
    { source: 'travell-simons-1992-v2', chapter: 'Chapter on the long flexor muscles of the toes' },
    { source: 'davies-2013', chapter: 'Section on the long toe flexors' },
    { source: 'donnelly-2019', chapter: 'Chapter on the long flexor muscles of the toes' },
  ],
};
