import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const pectineus: MuscleFacts = {
  id: 'pectineus',
  group: 'thigh',
  triggerPoints: [
    {
      id: 'pectineus-tp',
      region: 'groin',
      // Just outside the adductor longus tendon, which starts below the pubic tubercle: about
      // 2.5 cm inside the mid-inguinal point, where the femoral artery crosses the crease.
      placement: {
        from: 'pubic-tubercle',
        offset: [0.008, -0.02, -0.01],
        facing: 'front',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'groin' }],
        spillover: [{ region: 'thigh-inner' }],
      },
    },
  ],
  pressure: {
    pressure: { min: 3, max: 5 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 30,
  },
  stretch: {
    holdSeconds: 30,
    repetitions: 3,
  },
  redFlags: ['groin-lump', 'blood-clot', 'injury'],
  sources: [
    { source: 'travell-simons-1992-v2', chapter: 'Chapter on the pectineus muscle' },
    { source: 'davies-2013', chapter: 'Section on the pectineus' },
    { source: 'donnelly-2019', chapter: 'Chapter on the pectineus muscle' },
  ],
};
