import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const iliocostalisLumborum: MuscleFacts = {
  id: 'iliocostalis-lumborum',
  group: 'low-back-pelvis-hip',
  triggerPoints: [
    {
      id: 'iliocostalis-lumborum-tp1',
      region: 'low-back',
      placement: { from: 'l3', offset: [0.075, 0.045, 0], facing: 'back' },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'buttock' }],
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
  redFlags: [
    'kidney-infection-or-stone',
    'cauda-equina',
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
