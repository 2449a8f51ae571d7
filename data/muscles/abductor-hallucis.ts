import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const abductorHallucis: MuscleFacts = {
  id: 'abductor-hallucis',
  group: 'leg-foot',
  triggerPoints: [
    {
      id: 'abductor-hallucis-tp1',
      region: 'foot-inner',
      placement: {
        from: 'calcaneus',
        to: 'first-metatarsal-head',
        t: 0.4,
        offset: [-0.01, -0.014, 0],
        facing: 'inside',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'heel' }],
        // The manuals: spilling up toward the inner ankle and forward along the instep, the
        // inner edge of the foot and its arch.
        spillover: [{ region: 'ankle-inner' }, { region: 'foot-inner' }, { region: 'sole' }],
      },
    },
  ],
  pressure: {
    pressure: { min: 4, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 15,
  },
  stretch: {
    holdSeconds: 30,
    repetitions: 3,
  },
  redFlags: ['ankle-foot-injury'],
  sources: [
    {
      source: 'travell-simons-1992-v2',
      chapter: 'Chapter on the superficial intrinsic foot muscles (abductor hallucis)',
    },
    { source: 'davies-2013', chapter: 'Section on the abductor hallucis' },
    {
      source: 'donnelly-2019',
      chapter: 'Chapter on the intrinsic foot muscles (abductor hallucis)',
    },
  ],
};
