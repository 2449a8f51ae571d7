import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const tibialisAnterior: MuscleFacts = {
  id: 'tibialis-anterior',
  group: 'leg-foot',
  triggerPoints: [
    {
      id: 'tibialis-anterior-tp1',
      region: 'shin',
      placement: {
        from: 'tibial-tuberosity',
        to: 'ankle-centre',
        t: 0.2,
        offset: [0.018, 0, 0.005],
        facing: 'front',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'ankle-front' }, { region: 'toes' }],
        spillover: [{ region: 'shin' }, { region: 'top-of-foot' }],
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
  redFlags: ['compartment-syndrome', 'leg-weakness', 'hot-swollen-joint'],
  sources: [
    { source: 'travell-simons-1992-v2', chapter: 'Chapter on the tibialis anterior muscle' },
    { source: 'davies-2013', chapter: 'Section on the tibialis anterior' },
    { source: 'donnelly-2019', chapter: 'Chapter on the tibialis anterior muscle' },
  ],
};
