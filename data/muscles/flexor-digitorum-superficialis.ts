import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const flexorDigitorumSuperficialis: MuscleFacts = {
  id: 'flexor-digitorum-superficialis',
  group: 'arm-hand',
  triggerPoints: [
    {
      id: 'flexor-digitorum-superficialis-tp1',
      region: 'forearm-front',
      placement: {
        from: 'elbow-centre',
        to: 'wrist-centre',
        t: 0.45,
        offset: [0.006, 0, 0.025],
        facing: 'front',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'fingers' }],
        spillover: [],
      },
    },
    {
      id: 'flexor-digitorum-superficialis-tp2',
      region: 'forearm-front',
      placement: {
        from: 'elbow-centre',
        to: 'wrist-centre',
        t: 0.3,
        offset: [-0.014, 0, 0.025],
        facing: 'front',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'fingers' }],
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
  redFlags: ['hot-swollen-joint'],
  sources: [
    {
      source: 'simons-travell-simons-1999-v1',
      chapter: 'Chapter on the hand and finger flexors in the forearm',
    },
    {
      source: 'travell-simons-1983-v1',
      chapter: 'Chapter on the hand and finger flexors in the forearm',
    },
    { source: 'davies-2013', chapter: 'Chapter 6, Elbow, Forearm, and Hand Pain' },
  ],
};
