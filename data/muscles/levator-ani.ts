import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const levatorAni: MuscleFacts = {
  id: 'levator-ani',
  group: 'low-back-pelvis-hip',
  triggerPoints: [
    {
      id: 'levator-ani-tp',
      region: 'tailbone',
      placement: { from: 'coccyx', offset: [0.018, -0.01, 0], facing: 'back' },
      depth: 'deep',
      referral: {
        // The manuals: the tailbone and the sacrum, with the rectum and the vagina (the pelvic
        // floor) often aching too.
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
