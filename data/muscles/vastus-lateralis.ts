import type { MuscleFacts } from '../../src/domain/atlas.ts';

// The 1992 manual numbers the vastus lateralis points TrP1 to TrP5. We could not confirm which
// number belongs to which site, so the points are named by where they lie instead.
export const vastusLateralis: MuscleFacts = {
  id: 'vastus-lateralis',
  group: 'thigh',
  triggerPoints: [
    {
      id: 'vastus-lateralis-distal-anterior',
      region: 'thigh-outer',
      placement: { from: 'patella', offset: [0.045, 0.09, -0.01], facing: 'outside' },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'knee-front' }],
        spillover: [{ region: 'thigh-outer' }],
      },
    },
    {
      id: 'vastus-lateralis-distal-lateral',
      region: 'thigh-outer',
      placement: {
        from: 'lateral-femoral-epicondyle',
        offset: [0.015, 0.12, 0],
        facing: 'outside',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'knee-outer' }],
        spillover: [{ region: 'thigh-outer' }],
      },
    },
    {
      id: 'vastus-lateralis-midthigh',
      region: 'thigh-outer',
      placement: {
        from: 'greater-trochanter',
        to: 'lateral-femoral-epicondyle',
        t: 0.5,
        offset: [0.005, 0, 0],
        facing: 'outside',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'thigh-outer' }],
        spillover: [{ region: 'knee-outer' }, { region: 'hip-side' }],
      },
    },
    {
      id: 'vastus-lateralis-posterior',
      region: 'thigh-outer',
      placement: {
        from: 'greater-trochanter',
        to: 'lateral-femoral-epicondyle',
        t: 0.5,
        offset: [-0.005, 0, -0.035],
        facing: 'outside',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'knee-back' }],
        spillover: [{ region: 'thigh-outer' }],
      },
    },
    {
      id: 'vastus-lateralis-proximal',
      region: 'thigh-outer',
      placement: {
        from: 'greater-trochanter',
        to: 'lateral-femoral-epicondyle',
        t: 0.28,
        offset: [0.005, 0, 0],
        facing: 'outside',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'thigh-outer' }],
        spillover: [],
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
  redFlags: ['blood-clot', 'knee-injury'],
  sources: [
    {
      source: 'travell-simons-1992-v2',
      chapter: 'Chapter on the quadriceps femoris group',
    },
    { source: 'davies-2013', chapter: 'Section on the quadriceps' },
    { source: 'donnelly-2019', chapter: 'Chapter on the quadriceps femoris muscle group' },
  ],
};
