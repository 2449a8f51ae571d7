import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const quadratusLumborum: MuscleFacts = {
  id: 'quadratus-lumborum',
  group: 'low-back-pelvis-hip',
  triggerPoints: [
    {
      id: 'quadratus-lumborum-superficial-upper',
      region: 'low-back',
      placement: {
        from: 't12',
        to: 'iliac-crest',
        t: 0.5,
        offset: [0.015, 0.01, 0],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        // Along the rim of the hip bone (iliac crest), which the region map counts as low back; the
        // bony point at the side of the hip (trochanter) is the lower superficial point's zone.
        essential: [{ region: 'low-back' }],
        spillover: [{ region: 'lower-abdomen' }, { region: 'groin' }],
      },
    },
    {
      id: 'quadratus-lumborum-superficial-lower',
      region: 'low-back',
      placement: { from: 'l3', to: 'iliac-crest', t: 0.6, offset: [0.005, 0, 0], facing: 'back' },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'hip-side' }],
        spillover: [{ region: 'thigh-outer' }],
      },
    },
    {
      id: 'quadratus-lumborum-deep-upper',
      region: 'low-back',
      placement: { from: 'l3', offset: [0.07, 0, 0], facing: 'back' },
      depth: 'deep',
      referral: {
        essential: [{ region: 'sacrum' }],
        spillover: [],
      },
    },
    {
      id: 'quadratus-lumborum-deep-lower',
      region: 'low-back',
      placement: { from: 'l3', to: 'psis', t: 0.45, offset: [0.05, 0, 0], facing: 'back' },
      depth: 'deep',
      referral: {
        essential: [{ region: 'buttock' }],
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
  redFlags: ['kidney-infection-or-stone'],
  sources: [
    { source: 'travell-simons-1992-v2', chapter: 'Chapter 4, Quadratus Lumborum Muscle' },
    { source: 'davies-2013', chapter: 'Section on the quadratus lumborum' },
    { source: 'donnelly-2019', chapter: 'Chapter on the quadratus lumborum muscle' },
  ],
};
