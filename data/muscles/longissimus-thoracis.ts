import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const longissimusThoracis: MuscleFacts = {
  id: 'longissimus-thoracis',
  group: 'low-back-pelvis-hip',
  triggerPoints: [
    {
      id: 'longissimus-thoracis-t10-t11',
      region: 'mid-back',
      placement: { from: 't7', to: 't12', t: 0.7, offset: [0.035, 0, 0], facing: 'back' },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'buttock' }],
        spillover: [],
      },
    },
    {
      id: 'longissimus-thoracis-tp1',
      region: 'low-back',
      placement: { from: 't12', to: 'l3', t: 0.3, offset: [0.035, 0, 0], facing: 'back' },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'buttock' }, { region: 'sacrum' }],
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
    { source: 'davies-2013', chapter: 'Section on the superficial spinal muscles (longissimus)' },
    { source: 'donnelly-2019', chapter: 'Chapter on the thoracolumbar paraspinal muscles' },
  ],
};
