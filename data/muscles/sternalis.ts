import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const sternalis: MuscleFacts = {
  id: 'sternalis',
  group: 'trunk',
  triggerPoints: [
    {
      id: 'sternalis-tp',
      region: 'sternum',
      placement: {
        from: 'sternal-notch',
        to: 'xiphoid',
        t: 0.45,
        offset: [0.012, 0, 0.02],
        facing: 'front',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'sternum', side: 'both' }],
        spillover: [
          { region: 'chest' },
          { region: 'shoulder-front' },
          { region: 'upper-arm-front' },
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
    holdSeconds: 15,
    repetitions: 3,
  },
  redFlags: ['heart-attack', 'injury'],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter on the sternalis muscle' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the sternalis muscle' },
    { source: 'davies-2013', chapter: 'Section on the sternalis' },
  ],
};
