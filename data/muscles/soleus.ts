import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const soleus: MuscleFacts = {
  id: 'soleus',
  group: 'leg-foot',
  triggerPoints: [
    {
      id: 'soleus-tp1',
      region: 'calf',
      placement: {
        from: 'knee-centre',
        to: 'calcaneus',
        t: 0.6,
        offset: [-0.005, 0, -0.012],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        // The manuals: the back and underside of the heel and the lower end of the Achilles
        // tendon (the back of the ankle), spilling up the calf.
        essential: [{ region: 'heel' }, { region: 'achilles' }],
        spillover: [{ region: 'calf' }],
      },
    },
    {
      id: 'soleus-tp2',
      region: 'calf',
      placement: {
        from: 'fibular-head',
        to: 'lateral-malleolus',
        t: 0.2,
        offset: [-0.025, 0, -0.05],
        facing: 'back',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'calf' }],
        spillover: [],
      },
    },
    {
      id: 'soleus-tp3',
      region: 'calf',
      placement: {
        from: 'knee-centre',
        to: 'calcaneus',
        t: 0.53,
        offset: [0.012, 0, -0.018],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'sacrum' }],
        spillover: [],
      },
    },
  ],
  pressure: {
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 90 },
    rounds: 3,
    restSeconds: 20,
  },
  stretch: {
    holdSeconds: 30,
    repetitions: 3,
  },
  redFlags: ['blood-clot', 'achilles-rupture'],
  sources: [
    { source: 'travell-simons-1992-v2', chapter: 'Chapter on the soleus and plantaris muscles' },
    { source: 'davies-2013', chapter: 'Section on the soleus' },
    { source: 'donnelly-2019', chapter: 'Chapter on the soleus and plantaris muscles' },
  ],
};
