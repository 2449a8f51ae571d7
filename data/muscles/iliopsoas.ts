import type { MuscleFacts } from '../../src/domain/atlas.ts';

/** All three iliopsoas trigger point sites share one composite referral pattern in the manuals. */
const ILIOPSOAS_REFERRAL = {
  essential: [{ region: 'low-back' }, { region: 'thigh-front' }],
  spillover: [{ region: 'sacrum' }, { region: 'buttock' }, { region: 'groin' }],
} as const;

export const iliopsoas: MuscleFacts = {
  id: 'iliopsoas',
  group: 'low-back-pelvis-hip',
  triggerPoints: [
    {
      id: 'iliopsoas-iliacus',
      region: 'groin',
      placement: { from: 'asis', offset: [-0.02, -0.005, 0], facing: 'front' },
      depth: 'deep',
      referral: ILIOPSOAS_REFERRAL,
    },
    {
      id: 'iliopsoas-psoas',
      region: 'lower-abdomen',
      placement: { from: 'navel', offset: [0.06, -0.015, 0], facing: 'front' },
      depth: 'deep',
      referral: ILIOPSOAS_REFERRAL,
    },
    {
      id: 'iliopsoas-distal',
      region: 'thigh-front',
      placement: { from: 'hip-joint', offset: [0.005, -0.02, 0.07], facing: 'front' },
      depth: 'deep',
      referral: ILIOPSOAS_REFERRAL,
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
  redFlags: ['acute-abdomen', 'abdominal-aortic-aneurysm', 'groin-lump'],
  sources: [
    { source: 'travell-simons-1992-v2', chapter: 'Chapter 5, Iliopsoas Muscle' },
    { source: 'davies-2013', chapter: 'Section on the iliopsoas' },
    { source: 'donnelly-2019', chapter: 'Chapter on the iliopsoas muscle' },
  ],
};
