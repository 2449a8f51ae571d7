import type { Muscle } from '../../src/domain/atlas.ts';

export const adductorPollicis: Muscle = {
  id: 'adductor-pollicis',
  name: 'Adductor pollicis',
  aliases: ['thumb adductor', 'web of the thumb muscle'],
  group: 'arm-hand',
  anatomy: {
    origin:
      'Two heads: a slanting head from the wrist bones at the base of the palm (capitate) and the bases of the hand bones behind the index and middle fingers (second and third metacarpals); a cross-wise head from the front of the hand bone behind the middle finger (third metacarpal).',
    insertion:
      'The inner side (the side toward the index finger) of the base of the first bone of the thumb (proximal phalanx).',
    action:
      'Pulls the thumb in toward the index finger and the palm; it gives the power to a pinch and to a key grip.',
    innervation: 'The deep branch of the ulnar nerve (from C8 and T1).',
  },
  triggerPoints: [
    {
      id: 'adductor-pollicis-tp1',
      name: 'Adductor pollicis TrPs',
      location:
        'In the web between your thumb and index finger, on the palm side. Open the thumb away from the index finger and feel the web from the palm side, close to the bone behind the index finger and toward the knuckle of the thumb. Press the thumb toward the index finger and the muscle tightens there.',
      region: 'thumb',
      placement: {
        from: 'thumb-base',
        to: 'middle-knuckle',
        t: 0.7,
        offset: [0.018, 0, 0.01],
        facing: 'front',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'thumb' }],
        spillover: [],
      },
      symptoms: [
        'An ache at the base of the thumb, on both the palm side and the back, around the big knuckle of the thumb.',
        'The ache spreads into the web of the thumb and the fleshy pad at the base of the thumb.',
        'Pinching, writing, sewing and buttoning feel clumsy and hurt.',
      ],
      complaints: [
        'thumb pain when pinching',
        'aching base of the thumb',
        'clumsy thumb',
        'trouble writing or sewing',
      ],
    },
  ],
  pressure: {
    position: 'Sitting, with the sore hand resting in your lap or on a table, palm up.',
    tool: 'The thumb and index finger of your other hand, pinching the web.',
    direction:
      'Squeezing the web of the thumb between thumb (on the palm side) and finger (on the back).',
    steps: [
      'Rest the sore hand palm up and let the thumb fall open.',
      'Take the web between thumb and index finger in a pinch with your other hand: thumb on the palm side, index finger on the back.',
      'Slide the pinch slowly along the web, close to the bone behind the index finger, until you find a tender spot that aches toward the base of the thumb.',
      'Squeeze until the discomfort is about 4 to 6 out of 10.',
      'Hold for 30 to 60 seconds while you breathe slowly.',
      'Let go and rest for 20 seconds.',
      'Repeat twice more, moving a little along the web each time.',
      'Check by pinching your thumb and index finger together: it should ache less.',
    ],
    pressure: { min: 4, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'The tender spot in the web softens and the ache at the base of the thumb eases while you hold. No sharp pain, no burning, no tingling.',
    stopIf: [
      'You feel tingling or numbness in the thumb or fingers.',
      'The pain turns sharp or burning.',
      'The joint at the base of the thumb starts to hurt.',
    ],
  },
  stretch: {
    position: 'Sitting or standing, with the sore hand in front of you.',
    steps: [
      'Spread the thumb of the sore hand wide away from the index finger.',
      'Place the thumb and fingers of your other hand inside the web, holding the thumb near its big knuckle and the index finger at its base.',
      'Gently open the web a little wider, moving the thumb out and slightly back.',
      'Hold for 30 seconds.',
      'Let go slowly.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing: 'Breathe slowly and open the web a little more as you breathe out.',
    feel: 'A gentle pull across the web between the thumb and index finger.',
    avoid: [
      'Pulling on the tip of the thumb: hold near its base knuckle instead.',
      'Pain in the joint at the base of the thumb.',
      'Forcing the thumb back with a jerk.',
    ],
  },
  selfCare: [
    'Soak the hand in warm water for 10 minutes before the pressure or the stretch.',
    'Use a thick pen or a pen grip and hold it lightly.',
    'Use tools instead of a strong pinch: a jar opener, kneeling pad and hand fork for weeding, a clip instead of holding pages.',
    'Rest your thumb often during needlework, painting or texting, and let it fall open.',
  ],
  perpetuatingFactors: [
    'A hard pinch held for a long time, as with pulling weeds, sewing, writing or holding a paintbrush.',
    'Twisting with the thumb and finger, as with keys or small lids.',
    'Long spells of texting or gaming with the thumb.',
    'A thumb kept still in a splint or cast.',
  ],
  precautions: [
    'Numbness or tingling in your thumb, index and middle fingers, especially if it wakes you at night, may be a pinched nerve at the wrist (carpal tunnel syndrome): see a doctor before treating it yourself.',
    'Pain, swelling or a grinding feeling in the joint at the base of the thumb may be arthritis: see a doctor, and press on the muscle in the web, not on the joint.',
    'Thumb pain after a fall or a bend backwards needs a doctor to check for a torn ligament or a broken bone first.',
  ],
  redFlags: ['arm-hand-injury'],
  sources: [
    {
      source: 'simons-travell-simons-1999-v1',
      chapter: 'Chapter on the adductor and opponens pollicis muscles',
    },
    {
      source: 'travell-simons-1983-v1',
      chapter: 'Chapter on the adductor and opponens pollicis muscles',
    },
    { source: 'davies-2013', chapter: 'Chapter 6, Elbow, Forearm, and Hand Pain' },
  ],
};
