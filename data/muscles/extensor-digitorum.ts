import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const extensorDigitorum: MuscleFacts = {
  id: 'extensor-digitorum',
  group: 'arm-hand',
  triggerPoints: [
    {
      id: 'extensor-digitorum-middle-finger',
      region: 'forearm-back',
      placement: {
        from: 'elbow-centre',
        to: 'wrist-centre',
        t: 0.2,
        offset: [0.006, 0, -0.034],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        essential: [
          { region: 'forearm-back' },
          { region: 'wrist-back' },
          { region: 'hand-back' },
          { region: 'fingers' },
        ],
        spillover: [{ region: 'elbow-outer' }],
      },
    },
    {
      id: 'extensor-digitorum-ring-finger',
      region: 'forearm-back',
      placement: {
        from: 'elbow-centre',
        to: 'wrist-centre',
        t: 0.3,
        offset: [-0.004, 0, -0.033],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'fingers' }, { region: 'hand-back' }],
        spillover: [{ region: 'forearm-back' }],
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
  redFlags: ['arm-hand-injury', 'hot-swollen-joint'],
  sources: [
    {
      source: 'simons-travell-simons-1999-v1',
      chapter: 'Chapter on the extensor digitorum and extensor indicis muscles',
    },
    {
      source: 'travell-simons-1983-v1',
      chapter: 'Chapter on the extensor digitorum and extensor indicis muscles',
    },
    { source: 'davies-2013', chapter: 'Section on the finger extensors' },
  ],
};
