import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const iliocostalisThoracis: MuscleFacts = {
  id: 'iliocostalis-thoracis',
  group: 'trunk',
  triggerPoints: [
    {
      id: 'iliocostalis-thoracis-mid',
      region: 'between-shoulder-blades',
      placement: { from: 't7', offset: [0.065, 0.025, 0], facing: 'back' },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'between-shoulder-blades' }, { region: 'shoulder-blade' }],
        spillover: [{ region: 'side-ribs' }],
      },
    },
    {
      id: 'iliocostalis-thoracis-low',
      region: 'mid-back',
      placement: { from: 't12', offset: [0.07, 0.03, 0], facing: 'back' },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'mid-back' }, { region: 'low-back' }],
        spillover: [{ region: 'shoulder-blade' }, { region: 'upper-abdomen' }],
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
  redFlags: [
    'kidney-infection-or-stone',
    'acute-abdomen',
    'serious-back-pain',
    'back-pain-fever',
    'injury',
  ],
  sources: [
    {
      source: 'simons-travell-simons-1999-v1',
      chapter: 'Chapter 48, Thoracolumbar Paraspinal Muscles',
    },
    { source: 'davies-2013', chapter: 'Section on the superficial spinal muscles (iliocostalis)' },
    { source: 'donnelly-2019', chapter: 'Chapter on the thoracolumbar paraspinal muscles' },
  ],
};
