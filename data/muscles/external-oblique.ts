import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const externalOblique: MuscleFacts = {
  id: 'external-oblique',
  group: 'trunk',
  triggerPoints: [
    {
      id: 'external-oblique-upper',
      region: 'chest',
      placement: { from: 'nipple', offset: [0.01, -0.11, -0.045], facing: 'front' },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'upper-abdomen' }],
        spillover: [{ region: 'chest' }],
      },
    },
    {
      id: 'external-oblique-lower',
      region: 'lower-abdomen',
      placement: { from: 'asis', offset: [-0.025, 0.045, 0], facing: 'front' },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'groin' }],
        spillover: [{ region: 'lower-abdomen' }],
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
  redFlags: [
    'heart-attack',
    'acute-abdomen',
    'abdominal-aortic-aneurysm',
    'testicular-torsion',
    'groin-lump',
  ],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter on the abdominal muscles' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the abdominal muscles' },
    { source: 'davies-2013', chapter: 'Section on the abdominal muscles' },
    { source: 'donnelly-2019', chapter: 'Chapter on the abdominal muscles' },
  ],
};
