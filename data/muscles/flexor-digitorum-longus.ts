import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const flexorDigitorumLongus: MuscleFacts = {
  id: 'flexor-digitorum-longus',
  group: 'leg-foot',
  triggerPoints: [
    {
      id: 'flexor-digitorum-longus-tp1',
      region: 'calf',
      placement: {
        from: 'knee-centre',
        to: 'ankle-centre',
        t: 0.4,
        offset: [-0.04, 0, -0.022],
        facing: 'inside',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'sole' }],
        spillover: [{ region: 'toes' }, { region: 'ankle-inner' }, { region: 'calf' }],
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
  redFlags: ['blood-clot'],
  sources: [
    { source: 'travell-simons-1992-v2', chapter: 'Chapter on the long flexor muscles of the toes' },
    { source: 'davies-2013', chapter: 'Section on the long toe flexors' },
    { source: 'donnelly-2019', chapter: 'Chapter on the long flexor muscles of the toes' },
  ],
};
