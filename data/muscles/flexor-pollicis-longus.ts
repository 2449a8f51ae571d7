import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const flexorPollicisLongus: MuscleFacts = {
  id: 'flexor-pollicis-longus',
  group: 'arm-hand',
  triggerPoints: [
    {
      id: 'flexor-pollicis-longus-tp1',
      region: 'forearm-front',
      placement: {
        from: 'elbow-centre',
        to: 'radial-styloid',
        t: 0.6,
        offset: [0, 0, 0.015],
        facing: 'front',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'thumb' }],
        spillover: [],
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
  redFlags: ['hot-swollen-joint'],
  sources: [
    {
      source: 'simons-travell-simons-1999-v1',
      chapter: 'Chapter on the hand and finger flexors in the forearm (flexor pollicis longus)',
    },
    {
      source: 'travell-simons-1983-v1',
      chapter: 'Chapter on the hand and finger flexors in the forearm (flexor pollicis longus)',
    },
    { source: 'davies-2013', chapter: 'Chapter 6, Elbow, Forearm, and Hand Pain' },
  ],
};
