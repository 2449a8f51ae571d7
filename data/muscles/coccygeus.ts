import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const coccygeus: MuscleFacts = {
  id: 'coccygeus',
  group: 'low-back-pelvis-hip',
  triggerPoints: [
    {
      id: 'coccygeus-tp',
      region: 'buttock',
      placement: { from: 'coccyx', offset: [0.035, 0.02, 0], facing: 'back' },
      depth: 'deep',
      referral: {
        // The manuals group it with the levator ani: the tailbone, the lower sacrum, and the
        // area around the anus (the pelvic floor).
        essential: [{ region: 'tailbone' }],
        spillover: [{ region: 'sacrum' }, { region: 'pelvic-floor' }],
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
  redFlags: ['cauda-equina', 'pelvic-infection-or-bleeding', 'injury'],
  sources: [
    { source: 'travell-simons-1992-v2', chapter: 'Chapter on the pelvic floor muscles' },
    { source: 'davies-2013', chapter: 'Section on the pelvic floor muscles' },
    { source: 'donnelly-2019', chapter: 'Chapter on the pelvic floor muscles' },
  ],
};
