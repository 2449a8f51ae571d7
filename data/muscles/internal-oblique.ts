import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const internalOblique: MuscleFacts = {
  id: 'internal-oblique',
  group: 'trunk',
  triggerPoints: [
    {
      id: 'internal-oblique-lower-lateral',
      region: 'lower-abdomen',
      placement: { from: 'asis', offset: [-0.035, 0.025, 0], facing: 'front' },
      depth: 'deep',
      referral: {
        essential: [{ region: 'groin' }],
        spillover: [{ region: 'lower-abdomen' }],
      },
      symptomsFrom: 'external-oblique-lower',
    },
    {
      id: 'internal-oblique-pubic-rim',
      region: 'groin',
      placement: { from: 'pubic-symphysis', offset: [0.04, 0.03, 0], facing: 'front' },
      depth: 'deep',
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
    'kidney-infection-or-stone',
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
