import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const occipitofrontalis: MuscleFacts = {
  id: 'occipitofrontalis',
  group: 'head-neck',
  triggerPoints: [
    {
      id: 'occipitofrontalis-frontal',
      region: 'forehead',
      placement: {
        from: 'eye-centre',
        offset: [-0.004, 0.042, 0.01],
        facing: 'front',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'forehead' }],
        spillover: [],
      },
    },
    {
      id: 'occipitofrontalis-occipital',
      region: 'occiput',
      placement: {
        from: 'inion',
        to: 'mastoid',
        t: 0.5,
        offset: [0, 0.035, -0.032],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'occiput' }, { region: 'eye' }],
        spillover: [{ region: 'head-vertex' }],
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
  redFlags: ['temple-pain-over-50', 'sudden-severe-headache', 'headache-fever-stiff-neck'],
  sources: [
    {
      source: 'simons-travell-simons-1999-v1',
      chapter: 'Chapter on the occipitofrontalis muscle',
    },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the occipitofrontalis muscle' },
    { source: 'davies-2013', chapter: 'Chapter 4, Head and Neck Pain' },
  ],
};
