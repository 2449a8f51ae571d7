import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const extensorHallucisLongus: MuscleFacts = {
  id: 'extensor-hallucis-longus',
  group: 'leg-foot',
  proseFrom: { perpetuatingFactors: 'extensor-digitorum-longus' },
  triggerPoints: [
    {
      id: 'extensor-hallucis-longus-tp1',
      region: 'shin',
      placement: { from: 'ankle-centre', offset: [0.012, 0.12, 0.03], facing: 'front' },
      depth: 'deep',
      referral: {
        essential: [{ region: 'top-of-foot' }, { region: 'toes' }],
        spillover: [{ region: 'ankle-front' }],
      },
    },
  ],
  pressure: {
    pressure: { min: 5, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
  },
  stretch: {
    holdSeconds: 30,
    repetitions: 3,
  },
  redFlags: ['compartment-syndrome', 'leg-weakness', 'hot-swollen-joint'],
  sources: [
    { source: 'travell-simons-1992-v2', chapter: 'Chapter on the long extensors of the toes' },
    { source: 'davies-2013', chapter: 'Section on the extensor hallucis longus' },
    { source: 'donnelly-2019', chapter: 'Chapter on the long extensors of the toes' },
  ],
};
