import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const serratusAnterior: MuscleFacts = {
  id: 'serratus-anterior',
  group: 'trunk',
  triggerPoints: [
    {
      id: 'serratus-anterior-tp',
      region: 'side-ribs',
      placement: {
        from: 'nipple',
        offset: [0.05, -0.02, -0.1],
        facing: 'outside',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'side-ribs' }, { region: 'between-shoulder-blades' }],
        spillover: [
          { region: 'upper-arm-front' },
          { region: 'elbow-inner' },
          { region: 'forearm-front' },
          { region: 'palm' },
          { region: 'fingers' },
        ],
      },
    },
  ],
  pressure: {
    pressure: { min: 4, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 30,
  },
  stretch: {
    holdSeconds: 30,
    repetitions: 3,
  },
  redFlags: ['heart-attack', 'pulmonary-embolism', 'injury'],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter on the serratus anterior muscle' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the serratus anterior muscle' },
    { source: 'davies-2013', chapter: 'Section on the serratus anterior' },
  ],
};
