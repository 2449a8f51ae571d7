import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const thoracolumbarMultifidi: MuscleFacts = {
  id: 'thoracolumbar-multifidi',
  group: 'low-back-pelvis-hip',
  triggerPoints: [
    {
      id: 'thoracolumbar-multifidi-lumbar',
      region: 'low-back',
      placement: { from: 'l3', to: 's2', t: 0.3, offset: [0.02, 0, 0], facing: 'back' },
      depth: 'deep',
      referral: {
        essential: [{ region: 'low-back' }],
        // Now and then the pain shows at the front, on the belly at the level of the point.
        spillover: [{ region: 'upper-abdomen' }, { region: 'lower-abdomen' }],
      },
    },
    {
      id: 'thoracolumbar-multifidi-s1',
      region: 'sacrum',
      placement: { from: 's2', offset: [0.015, 0.02, 0], facing: 'back' },
      depth: 'deep',
      referral: {
        essential: [{ region: 'sacrum' }, { region: 'tailbone' }],
        spillover: [],
      },
    },
  ],
  pressure: {
    pressure: { min: 5, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
  },
  stretch: {
    holdSeconds: 30,
    repetitions: 3,
  },
  redFlags: ['cauda-equina', 'serious-back-pain', 'back-pain-fever', 'injury'],
  sources: [
    {
      source: 'simons-travell-simons-1999-v1',
      chapter: 'Chapter 48, Thoracolumbar Paraspinal Muscles',
    },
    {
      source: 'davies-2013',
      chapter: 'Section on the deep spinal muscles (multifidi and rotatores)',
    },
    { source: 'donnelly-2019', chapter: 'Chapter on the thoracolumbar paraspinal muscles' },
  ],
};
