import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const temporalis: MuscleFacts = {
  id: 'temporalis',
  group: 'head-neck',
  triggerPoints: [
    {
      id: 'temporalis-tp1',
      region: 'temple',
      placement: {
        from: 'zygomatic-arch',
        to: 'pterion',
        t: 0.5,
        offset: [0, 0, 0.01],
        facing: 'outside',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'temple' }, { region: 'eye' }, { region: 'teeth' }],
        spillover: [],
      },
    },
    {
      id: 'temporalis-tp2',
      region: 'temple',
      placement: {
        from: 'zygomatic-arch',
        offset: [0.004, 0.03, -0.02],
        facing: 'outside',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'temple' }, { region: 'teeth' }],
        spillover: [],
      },
    },
    {
      id: 'temporalis-tp3',
      region: 'temple',
      placement: {
        from: 'tragus',
        offset: [0, 0.035, 0.008],
        facing: 'outside',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'temple' }, { region: 'teeth' }],
        spillover: [],
      },
    },
    {
      id: 'temporalis-tp4',
      region: 'temple',
      placement: {
        from: 'tragus',
        offset: [-0.002, 0.04, -0.03],
        facing: 'outside',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'temple' }],
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
  redFlags: ['temple-pain-over-50', 'dental-infection'],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter 9, Temporalis Muscle' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the temporalis muscle' },
    { source: 'davies-2013', chapter: 'Chapter 4, Head and Neck Pain' },
  ],
};
