import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const sartorius: MuscleFacts = {
  id: 'sartorius',
  group: 'thigh',
  triggerPoints: [
    {
      id: 'sartorius-upper',
      region: 'thigh-front',
      placement: { from: 'asis', to: 'medial-femoral-epicondyle', t: 0.15, facing: 'front' },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'thigh-front' }],
        spillover: [],
      },
    },
    {
      id: 'sartorius-middle',
      region: 'thigh-front',
      placement: {
        from: 'asis',
        to: 'medial-femoral-epicondyle',
        t: 0.5,
        offset: [-0.02, 0, 0.02],
        facing: 'front',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'thigh-inner' }],
        spillover: [{ region: 'thigh-front' }],
      },
    },
    {
      id: 'sartorius-lower',
      region: 'thigh-inner',
      placement: {
        from: 'asis',
        to: 'medial-femoral-epicondyle',
        t: 0.82,
        offset: [-0.015, 0, 0],
        facing: 'inside',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'knee-inner' }],
        spillover: [{ region: 'thigh-inner' }],
      },
    },
  ],
  pressure: {
    pressure: { min: 3, max: 5 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
  },
  stretch: {
    holdSeconds: 30,
    repetitions: 3,
  },
  redFlags: ['leg-weakness'],
  sources: [
    { source: 'travell-simons-1992-v2', chapter: 'Chapter on the sartorius muscle' },
    { source: 'donnelly-2019', chapter: 'Chapter on the sartorius muscle' },
  ],
};
