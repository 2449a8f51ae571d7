import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const rectusAbdominis: MuscleFacts = {
  id: 'rectus-abdominis',
  group: 'trunk',
  triggerPoints: [
    {
      id: 'rectus-abdominis-upper',
      region: 'upper-abdomen',
      placement: { from: 'xiphoid', to: 'navel', t: 0.3, offset: [0.035, 0, 0], facing: 'front' },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'mid-back', side: 'both' }],
        spillover: [{ region: 'upper-abdomen' }],
      },
    },
    {
      id: 'rectus-abdominis-mcburney',
      region: 'lower-abdomen',
      placement: { from: 'navel', to: 'asis', t: 0.5, facing: 'front' },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'lower-abdomen' }],
        spillover: [],
      },
    },
    {
      id: 'rectus-abdominis-lower',
      region: 'lower-abdomen',
      placement: {
        from: 'navel',
        to: 'pubic-symphysis',
        t: 0.6,
        offset: [0.03, 0, 0],
        facing: 'front',
      },
      depth: 'superficial',
      referral: {
        essential: [
          { region: 'low-back', side: 'both' },
          { region: 'sacrum', side: 'both' },
        ],
        spillover: [],
      },
    },
  ],
  pressure: {
    pressure: { min: 4, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
  },
  stretch: {
    holdSeconds: 30,
    repetitions: 3,
  },
  redFlags: ['heart-attack', 'acute-abdomen', 'abdominal-aortic-aneurysm', 'groin-lump'],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter on the abdominal muscles' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the abdominal muscles' },
    { source: 'davies-2013', chapter: 'Section on the abdominal muscles' },
    { source: 'donnelly-2019', chapter: 'Chapter on the abdominal muscles' },
  ],
};
