import type { MuscleFacts } from '../../src/domain/atlas.ts';

export const adductorMagnus: MuscleFacts = {
  id: 'adductor-magnus',
  group: 'thigh',
  triggerPoints: [
    {
      id: 'adductor-magnus-tp1',
      region: 'thigh-inner',
      placement: {
        from: 'hip-joint',
        to: 'medial-femoral-epicondyle',
        t: 0.5,
        offset: [-0.045, 0, -0.01],
        facing: 'inside',
      },
      depth: 'deep',
      referral: {
        essential: [{ region: 'groin' }, { region: 'thigh-inner' }],
        // The band runs down the front-inner (anteromedial) thigh.
        spillover: [{ region: 'thigh-front' }],
      },
    },
    {
      id: 'adductor-magnus-tp2',
      region: 'thigh-inner',
      placement: {
        from: 'ischial-tuberosity',
        offset: [-0.03, -0.06, 0.03],
        facing: 'inside',
      },
      depth: 'deep',
      referral: {
        // The manuals draw this pattern deep inside the pelvis (vagina, rectum, possibly the
        // bladder), which the pelvic-floor region now stands for; the pubic bone and the bladder
        // lie under the lower belly.
        essential: [{ region: 'pelvic-floor' }],
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
  redFlags: ['blood-clot'],
  sources: [
    {
      source: 'travell-simons-1992-v2',
      chapter: 'Chapter on the adductor longus, adductor brevis and adductor magnus muscles',
    },
    { source: 'davies-2013', chapter: 'Section on the adductor magnus' },
    { source: 'donnelly-2019', chapter: 'Chapter on the hip adductor muscles' },
  ],
};
