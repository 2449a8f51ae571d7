import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const extensorIndicis: MuscleFacts = {
  id: 'extensor-indicis',
  group: 'arm-hand',
  triggerPoints: [
    {
      id: 'extensor-indicis-tp1',
      region: 'forearm-back',
      placement: {
        from: 'elbow-centre',
        to: 'wrist-centre',
        t: 0.72,
        offset: [-0.004, 0, -0.022],
        facing: 'back',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'wrist-back' }, { region: 'hand-back' }],
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
