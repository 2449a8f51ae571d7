import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const gastrocnemius: MuscleFacts = {
  id: 'gastrocnemius',
  group: 'leg-foot',
  triggerPoints: [
    {
      id: 'gastrocnemius-tp1',
      region: 'calf',
      placement: {
        from: 'medial-femoral-epicondyle',
        to: 'medial-malleolus',
        t: 0.3,
        offset: [0.01, 0, -0.06],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'sole' }],
        spillover: [{ region: 'calf' }, { region: 'knee-back' }],
      },
    },
    {
      id: 'gastrocnemius-tp2',
      region: 'calf',
      placement: {
        from: 'lateral-femoral-epicondyle',
        to: 'lateral-malleolus',
        t: 0.28,
        offset: [-0.03, 0, -0.05],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        // The lateral head's pain stays round the point, on the back and outer side of the calf.
        essential: [{ region: 'calf' }],
        spillover: [{ region: 'outer-lower-leg' }, { region: 'knee-back' }],
      },
    },
    {
      id: 'gastrocnemius-tp3',
      region: 'knee-back',
      placement: {
        from: 'medial-femoral-epicondyle',
        offset: [0.015, -0.03, -0.05],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'knee-back' }],
        spillover: [],
      },
    },
    {
      id: 'gastrocnemius-tp4',
      region: 'knee-back',
      placement: {
        from: 'lateral-femoral-epicondyle',
        offset: [-0.02, -0.035, -0.05],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'knee-back' }],
        spillover: [],
      },
    },
  ],
  pressure: {
    pressure: { min: 4, max: 7 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
  },
  stretch: {
    holdSeconds: 30,
    repetitions: 3,
  },
  redFlags: ['blood-clot', 'achilles-rupture'],
  sources: [
    { source: 'travell-simons-1992-v2', chapter: 'Chapter on the gastrocnemius muscle' },
    { source: 'davies-2013', chapter: 'Section on the gastrocnemius' },
    { source: 'donnelly-2019', chapter: 'Chapter on the gastrocnemius muscle' },
  ],
};
