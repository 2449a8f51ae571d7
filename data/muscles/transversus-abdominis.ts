import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const transversusAbdominis: MuscleFacts = {
  id: 'transversus-abdominis',
  group: 'trunk',
  triggerPoints: [
    {
      id: 'transversus-abdominis-upper',
      region: 'upper-abdomen',
      placement: { from: 'xiphoid', offset: [0.06, -0.09, 0], facing: 'front' },
      depth: 'deep',
      referral: {
        essential: [{ region: 'upper-abdomen', side: 'both' }],
        spillover: [],
      },
    },
  ],
  pressure: {
    pressure: { min: 3, max: 5 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
  },
  stretch: {
    holdSeconds: 60,
    repetitions: 3,
  },
  redFlags: ['heart-attack', 'acute-abdomen', 'abdominal-aortic-aneurysm'],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter on the abdominal muscles' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the abdominal muscles' },
    { source: 'donnelly-2019', chapter: 'Chapter on the abdominal muscles' },
  ],
};
