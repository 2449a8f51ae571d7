import type { Muscle } from '../../src/domain/atlas.ts';

export const opponensPollicis: Muscle = {
  id: 'opponens-pollicis',
  name: 'Opponens pollicis',
  aliases: ['thumb opposer', 'thenar eminence (opponens)'],
  group: 'arm-hand',
  anatomy: {
    origin:
      'The band across the front of the wrist (flexor retinaculum) and the small bump on the wrist bone at the base of the thumb (tubercle of the trapezium).',
    insertion:
      'The whole length of the thumb-side edge of the hand bone of the thumb (first metacarpal).',
    action:
      'Turns the thumb and draws it across the palm, so the pad of the thumb can meet the pads of the fingers (opposition).',
    innervation: 'The recurrent branch of the median nerve (mainly from C8 and T1).',
  },
  triggerPoints: [
    {
      id: 'opponens-pollicis-tp1',
      name: 'Opponens pollicis TrP',
      location:
        'In the fleshy pad at the base of your thumb on the palm side (thenar eminence), close to the thumb-side edge, over the long bone of the thumb. Touch the tip of your thumb to the tip of your little finger: the pad firms up, and the spot lies deep in it, near the bone.',
      region: 'thumb',
      placement: {
        from: 'thumb-base',
        to: 'thumb-tip',
        t: 0.15,
        offset: [-0.008, 0, 0.012],
        facing: 'front',
      },
      depth: 'deep',
      depthNote:
        'It lies under the short thumb muscle on the surface of the pad (abductor pollicis brevis); you press through it toward the bone of the thumb.',
      referral: {
        essential: [{ region: 'thumb' }, { region: 'wrist-front' }],
        spillover: [],
      },
      symptoms: [
        'An ache over most of the palm side of the thumb.',
        'A sore spot on the palm side of the wrist, on the thumb side.',
        'The thumb feels weak and clumsy when you pinch, write, sew or do up buttons.',
      ],
      complaints: [
        'thumb pain when pinching',
        'wrist pain on the thumb side',
        'clumsy thumb',
        'carpal tunnel-like symptoms',
      ],
    },
  ],
  pressure: {
    position: 'Sitting, with the sore hand resting on a table or your lap, palm up.',
    tool: 'The thumb of your other hand, or the rubber end of a pencil.',
    direction: 'Into the pad at the base of the thumb, toward the bone of the thumb.',
    steps: [
      'Rest the sore hand palm up and let the thumb relax.',
      'Place the thumb of your other hand on the fleshy pad at the base of the sore thumb, near its outer edge.',
      'Press slowly in toward the bone of the thumb and move a little up and down the pad until you find a tender spot that aches into the thumb or the wrist.',
      'Press until the discomfort is about 4 to 6 out of 10.',
      'Hold for 30 to 60 seconds while you breathe slowly.',
      'Lift off and rest for 20 seconds.',
      'Repeat twice more.',
      'Check by touching your thumb to each fingertip in turn: it should feel easier and less sore.',
    ],
    pressure: { min: 4, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'The ache in the pad and the thumb fades while you hold. A firm ache is fine; no sharp pain, no burning, no tingling.',
    stopIf: [
      'You feel tingling or numbness in your thumb, index or middle finger.',
      'The pain turns sharp or burning.',
      'You are pressing on the crease of the wrist: move up onto the pad.',
    ],
  },
  stretch: {
    position: 'Sitting or standing, with the sore hand in front of you, palm facing you.',
    steps: [
      'Hold the sore hand with the palm facing you and the thumb relaxed.',
      "Take hold of the long bone of the thumb, between the wrist and the thumb's big knuckle, with your other hand.",
      'Gently draw the thumb back and away from the palm, opening the hand flat.',
      'Hold for 30 seconds.',
      'Let go slowly.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing: 'Breathe slowly and let the thumb ease back a little further as you breathe out.',
    feel: 'A gentle pull in the pad at the base of the thumb.',
    avoid: [
      'Pulling on the tip of the thumb: hold the thumb lower down, near its base.',
      'Pain in the joint at the base of the thumb.',
      'Forcing the thumb back with a jerk.',
    ],
  },
  selfCare: [
    'Soak the hand in warm water for 10 minutes before the pressure or the stretch.',
    'Use a thick, soft pen and hold it lightly.',
    'Hold your phone in both hands or rest it on a surface, instead of gripping it and reaching with one thumb.',
    'Take short breaks from sewing, knitting, painting or weeding, and let the thumb fall open.',
  ],
  perpetuatingFactors: [
    'A strong pinch held for a long time, as with writing, sewing, knitting or weeding.',
    'Pressing hard with the thumb, as in massage work or pushing buttons and pins.',
    'Long spells of texting or holding a tablet in one hand.',
    'A thumb kept still in a splint or cast.',
  ],
  precautions: [
    'Numbness or tingling in your thumb, index and middle fingers, especially if it wakes you at night, may be a pinched nerve at the wrist (carpal tunnel syndrome): see a doctor before treating it yourself.',
    'A pad at the base of the thumb that is shrinking or weak needs a doctor to check the median nerve; do not try to treat it yourself.',
    'Keep off the pulse on the thumb side of the front of your wrist: the radial artery runs there. Press on the fleshy pad, not at the wrist crease.',
    'Pain, swelling or a grinding feeling in the joint at the base of the thumb may be arthritis: see a doctor.',
  ],
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
