import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const diaphragm: MuscleFacts = {
  id: 'diaphragm',
  group: 'trunk',
  triggerPoints: [
    {
      id: 'diaphragm-costal',
      region: 'upper-abdomen',
      placement: { from: 'xiphoid', offset: [0.07, -0.1, -0.025], facing: 'front' },
      depth: 'deep',
      referral: {
        essential: [{ region: 'upper-abdomen' }],
        spillover: [{ region: 'shoulder-top' }],
      },
    },
  ],
  pressure: {
    pressure: { min: 3, max: 5 },
    holdSeconds: { min: 20, max: 30 },
    rounds: 3,
    restSeconds: 20,
  },
  stretch: {
    holdSeconds: 60,
    repetitions: 3,
  },
  redFlags: ['heart-attack', 'acute-abdomen', 'abdominal-aortic-aneurysm'],
  sources: [
    {
      source: 'simons-travell-simons-1999-v1',
      chapter: 'Chapter on the intercostal muscles and diaphragm',
    },
    { source: 'davies-2013', chapter: 'Section on the diaphragm' },
  ],
};
