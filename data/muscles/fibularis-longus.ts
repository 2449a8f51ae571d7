import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const fibularisLongus: MuscleFacts = {
  id: 'fibularis-longus',
  group: 'leg-foot',
  triggerPoints: [
    {
      id: 'fibularis-longus-tp1',
      region: 'outer-lower-leg',
      placement: { from: 'fibular-head', offset: [0.005, -0.035, 0], facing: 'outside' },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'ankle-outer' }],
        // The manuals: a short way along the outer side of the foot (its outer edge).
        spillover: [{ region: 'outer-lower-leg' }, { region: 'foot-outer' }],
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
  redFlags: ['compartment-syndrome', 'leg-weakness', 'ankle-foot-injury'],
  sources: [
    {
      source: 'travell-simons-1992-v2',
      chapter: 'Chapter on the peroneal muscles (peroneus longus, brevis and tertius)',
    },
    { source: 'davies-2013', chapter: 'Section on the fibularis (peroneus) muscles' },
    { source: 'donnelly-2019', chapter: 'Chapter on the fibularis muscles' },
  ],
};
