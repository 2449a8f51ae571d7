import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const rhomboids: MuscleFacts = {
  id: 'rhomboids',
  group: 'shoulder-upper-back',
  triggerPoints: [
    {
      id: 'rhomboids-minor',
      region: 'between-shoulder-blades',
      placement: {
        from: 'scapula-superior-angle',
        to: 'scapula-spine-root',
        t: 0.7,
        offset: [-0.012, 0, 0],
        facing: 'back',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'between-shoulder-blades' }],
        spillover: [{ region: 'shoulder-blade' }],
      },
    },
    {
      id: 'rhomboids-major',
      region: 'between-shoulder-blades',
      placement: {
        from: 'scapula-spine-root',
        to: 'scapula-inferior-angle',
        t: 0.4,
        offset: [-0.012, 0, 0],
        facing: 'back',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'between-shoulder-blades' }],
        spillover: [{ region: 'shoulder-blade' }],
      },
    },
  ],
  pressure: {
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 90 },
    rounds: 3,
    restSeconds: 30,
  },
  stretch: {
    holdSeconds: 30,
    repetitions: 3,
  },
  redFlags: ['heart-attack', 'aortic-dissection', 'spreading-numbness-weakness'],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter 27, Rhomboid Muscles' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the rhomboid muscles' },
    { source: 'davies-2013', chapter: 'Chapter 5, Shoulder, Upper Back, and Upper Arm Pain' },
  ],
};
