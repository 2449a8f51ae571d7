import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const latissimusDorsi: MuscleFacts = {
  id: 'latissimus-dorsi',
  group: 'shoulder-upper-back',
  triggerPoints: [
    {
      id: 'latissimus-dorsi-tp1',
      region: 'armpit',
      placement: {
        from: 'scapula-inferior-angle',
        to: 'shoulder-joint',
        t: 0.3,
        offset: [0.03, -0.02, 0.03],
        facing: 'outside',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'shoulder-blade' }, { region: 'mid-back' }],
        spillover: [
          { region: 'shoulder-back' },
          { region: 'upper-arm-back' },
          { region: 'forearm-front' },
          { region: 'fingers' },
        ],
      },
    },
    {
      id: 'latissimus-dorsi-tp2',
      region: 'side-ribs',
      placement: {
        from: 'scapula-inferior-angle',
        offset: [0.055, -0.09, 0.05],
        facing: 'outside',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'shoulder-front' }],
        spillover: [{ region: 'side-ribs' }],
      },
    },
  ],
  pressure: {
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 30,
  },
  stretch: {
    holdSeconds: 30,
    repetitions: 3,
  },
  redFlags: ['heart-attack'],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter on the latissimus dorsi muscle' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter 24, Latissimus Dorsi Muscle' },
    { source: 'davies-2013', chapter: 'Section on the latissimus dorsi' },
  ],
};
