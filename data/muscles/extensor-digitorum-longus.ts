import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const extensorDigitorumLongus: MuscleFacts = {
  id: 'extensor-digitorum-longus',
  group: 'leg-foot',
  triggerPoints: [
    {
      id: 'extensor-digitorum-longus-tp1',
      region: 'shin',
      placement: {
        from: 'fibular-head',
        to: 'tibial-tuberosity',
        t: 0.3,
        offset: [0, -0.08, 0.02],
        facing: 'front',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'top-of-foot' }, { region: 'toes' }],
        spillover: [{ region: 'ankle-front' }, { region: 'shin' }],
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
  redFlags: ['compartment-syndrome', 'leg-weakness'],
  sources: [
    { source: 'travell-simons-1992-v2', chapter: 'Chapter on the long extensors of the toes' },
    { source: 'davies-2013', chapter: 'Section on the extensor digitorum longus' },
    { source: 'donnelly-2019', chapter: 'Chapter on the long extensors of the toes' },
  ],
};
