import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const tibialisPosterior: MuscleFacts = {
  id: 'tibialis-posterior',
  group: 'leg-foot',
  triggerPoints: [
    {
      id: 'tibialis-posterior-tp1',
      region: 'calf',
      placement: {
        from: 'knee-centre',
        to: 'ankle-centre',
        t: 0.3,
        offset: [-0.035, 0, -0.03],
        facing: 'inside',
      },
      depth: 'deep',
      referral: {
        // The manuals: concentrated over the Achilles tendon above the heel (the back of the
        // ankle), spilling over the middle of the calf, the heel and the sole to the toes.
        essential: [{ region: 'achilles' }],
        spillover: [{ region: 'calf' }, { region: 'heel' }, { region: 'sole' }, { region: 'toes' }],
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
  redFlags: ['blood-clot', 'compartment-syndrome'],
  sources: [
    { source: 'travell-simons-1992-v2', chapter: 'Chapter on the tibialis posterior muscle' },
    { source: 'davies-2013', chapter: 'Section on the tibialis posterior' },
    { source: 'donnelly-2019', chapter: 'Chapter on the tibialis posterior muscle' },
  ],
};
