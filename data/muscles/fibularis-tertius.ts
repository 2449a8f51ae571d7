import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const fibularisTertius: MuscleFacts = {
  id: 'fibularis-tertius',
  group: 'leg-foot',
  triggerPoints: [
    {
      id: 'fibularis-tertius-tp1',
      region: 'outer-lower-leg',
      placement: {
        from: 'fibular-head',
        to: 'lateral-malleolus',
        t: 0.78,
        offset: [0, 0, 0.02],
        facing: 'outside',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'ankle-front' }, { region: 'ankle-outer' }],
        spillover: [{ region: 'heel' }],
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
