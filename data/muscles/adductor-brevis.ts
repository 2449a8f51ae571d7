import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const adductorBrevis: MuscleFacts = {
  id: 'adductor-brevis',
  group: 'thigh',
  triggerPoints: [
    {
      id: 'adductor-brevis-tp',
      region: 'thigh-inner',
      placement: {
        from: 'pubic-symphysis',
        offset: [0.025, -0.06, -0.03],
        facing: 'inside',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'groin' }, { region: 'thigh-inner' }, { region: 'knee-inner' }],
        // Up into the front of the hip and upper thigh, and down over the front of the shin.
        spillover: [{ region: 'thigh-front' }, { region: 'shin' }],
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
  redFlags: ['groin-lump', 'blood-clot'],
  sources: [
    {
      source: 'travell-simons-1992-v2',
      chapter: 'Chapter on the adductor longus, adductor brevis and adductor magnus muscles',
    },
    { source: 'davies-2013', chapter: 'Section on the adductor longus and adductor brevis' },
    { source: 'donnelly-2019', chapter: 'Chapter on the hip adductor muscles' },
  ],
};
