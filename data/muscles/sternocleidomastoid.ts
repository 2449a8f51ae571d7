import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const sternocleidomastoid: MuscleFacts = {
  id: 'sternocleidomastoid',
  group: 'head-neck',
  triggerPoints: [
    {
      id: 'sternocleidomastoid-sternal-lower',
      region: 'neck-side',
      placement: {
        from: 'mastoid',
        to: 'sternal-notch',
        t: 0.66,
        offset: [0.025, 0, 0.005],
        facing: 'front',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'sternum' }],
        spillover: [],
      },
    },
    {
      id: 'sternocleidomastoid-sternal',
      region: 'neck-side',
      placement: {
        from: 'mastoid',
        to: 'sternal-notch',
        t: 0.55,
        offset: [0.015, 0, 0.02],
        facing: 'front',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'cheek' }, { region: 'eye' }],
        spillover: [{ region: 'throat' }, { region: 'jaw' }],
      },
    },
    {
      id: 'sternocleidomastoid-sternal-upper',
      region: 'neck-side',
      placement: {
        from: 'mastoid',
        to: 'sternal-notch',
        t: 0.28,
        offset: [0, -0.01, 0],
        facing: 'outside',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'occiput' }, { region: 'head-vertex' }],
        spillover: [],
      },
    },
    {
      id: 'sternocleidomastoid-clavicular',
      region: 'neck-side',
      placement: {
        from: 'mastoid',
        to: 'sternal-notch',
        t: 0.55,
        offset: [0.032, 0, 0],
        facing: 'outside',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'forehead' }],
        spillover: [{ region: 'forehead', side: 'opposite' }],
      },
    },
    {
      id: 'sternocleidomastoid-clavicular-upper',
      region: 'neck-side',
      placement: {
        from: 'mastoid',
        to: 'sternal-notch',
        t: 0.35,
        offset: [0.012, -0.005, -0.005],
        facing: 'outside',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'ear' }],
        spillover: [],
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
  redFlags: ['stroke-signs'],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter 7, Sternocleidomastoid Muscle' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the sternocleidomastoid muscle' },
    { source: 'davies-2013', chapter: 'Chapter 4, Head and Neck Pain' },
  ],
};
