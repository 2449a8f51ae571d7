import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const masseter: MuscleFacts = {
  id: 'masseter',
  group: 'head-neck',
  triggerPoints: [
    {
      id: 'masseter-superficial-upper',
      region: 'cheek',
      placement: {
        from: 'zygomatic-arch',
        offset: [0, -0.012, -0.006],
        facing: 'outside',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'cheek' }, { region: 'teeth' }],
        spillover: [],
      },
    },
    {
      id: 'masseter-superficial-mid',
      region: 'jaw',
      placement: {
        from: 'zygomatic-arch',
        to: 'mandible-angle',
        t: 0.55,
        offset: [0, -0.005, 0.012],
        facing: 'outside',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'teeth' }, { region: 'jaw' }],
        spillover: [],
      },
    },
    {
      id: 'masseter-superficial-lower',
      region: 'jaw',
      placement: {
        from: 'mandible-angle',
        offset: [0.01, 0.008, 0.014],
        facing: 'outside',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'eye' }, { region: 'jaw' }],
        spillover: [],
      },
    },
    {
      id: 'masseter-deep',
      region: 'jaw',
      placement: {
        from: 'tmj',
        offset: [0, -0.008, 0.008],
        facing: 'outside',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'ear' }, { region: 'jaw' }],
        spillover: [{ region: 'cheek' }],
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
  redFlags: ['heart-attack', 'temple-pain-over-50', 'dental-infection'],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter 8, Masseter Muscle' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the masseter muscle' },
    { source: 'davies-2013', chapter: 'Chapter 4, Head and Neck Pain' },
  ],
};
