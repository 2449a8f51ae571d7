import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const plantaris: MuscleFacts = {
  id: 'plantaris',
  group: 'leg-foot',
  triggerPoints: [
    {
      id: 'plantaris-tp',
      region: 'knee-back',
      placement: {
        from: 'knee-centre',
        to: 'lateral-femoral-epicondyle',
        t: 0.22,
        offset: [0, -0.02, -0.055],
        facing: 'back',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'knee-back' }],
        spillover: [{ region: 'calf' }],
      },
    },
  ],
  pressure: {
    pressure: { min: 3, max: 4 },
    holdSeconds: { min: 30, max: 45 },
    rounds: 3,
    restSeconds: 20,
  },
  stretch: {
    holdSeconds: 30,
    repetitions: 3,
  },
  redFlags: ['blood-clot'],
  sources: [
    { source: 'travell-simons-1992-v2', chapter: 'Chapter on the soleus and plantaris muscles' },
    { source: 'donnelly-2019', chapter: 'Chapter on the soleus and plantaris muscles' },
  ],
};
