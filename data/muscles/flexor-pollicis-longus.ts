import type { Muscle } from '../../src/domain/atlas.ts';

export const flexorPollicisLongus: Muscle = {
  id: 'flexor-pollicis-longus',
  name: 'Flexor pollicis longus',
  aliases: ['FPL', 'long thumb flexor'],
  group: 'arm-hand',
  anatomy: {
    origin:
      'The front of the middle part of the forearm bone on the thumb side (radius) and the sheet of tissue between the two forearm bones (interosseous membrane), sometimes with a small slip from near the elbow.',
    insertion:
      'Through the wrist (carpal tunnel) to the base of the end bone of the thumb, on its palm side (distal phalanx).',
    action:
      'Bends the end joint of the thumb, and helps bend the rest of the thumb; it gives the thumb its pinching strength.',
    innervation: 'The anterior interosseous branch of the median nerve (mainly from C8 and T1).',
  },
  triggerPoints: [
    {
      id: 'flexor-pollicis-longus-tp1',
      name: 'Flexor pollicis longus TrP',
      location:
        'On the thumb side of the front of your forearm, a little more than halfway down from the elbow to the wrist, about a hand-width above the wrist crease. Bend and straighten the tip of your thumb while you feel there: the deep muscle moves under your fingers.',
      region: 'forearm-front',
      placement: {
        from: 'elbow-centre',
        to: 'radial-styloid',
        t: 0.6,
        offset: [0, 0, 0.015],
        facing: 'front',
      },
      depth: 'deep',
      depthNote:
        'It lies deep against the radius, under the wrist flexor on the thumb side (flexor carpi radialis) and the edge of the forearm muscle on the thumb side (brachioradialis); you press through them.',
      referral: {
        essential: [{ region: 'thumb' }],
        spillover: [],
      },
      symptoms: [
        'Pain along the palm side of the thumb, reaching the tip and sometimes seeming to shoot out past it.',
        'Pinching and fine thumb work, such as writing, sewing or buttoning, hurt and feel clumsy.',
      ],
      complaints: ['thumb pain', 'thumb pain when pinching', 'clumsy thumb'],
    },
  ],
  pressure: {
    position: 'Sitting at a table with your forearm resting on it, palm up.',
    tool: 'The fingertips or thumb of your other hand.',
    direction: 'Straight down into the thumb side of the front of the forearm, toward the table.',
    steps: [
      'Rest your forearm on the table, palm up, with the thumb relaxed.',
      'Place your fingertips on the thumb side of the front of the forearm, about a hand-width above the wrist crease.',
      'Bend the tip of your thumb a few times to feel the deep muscle move, then let it rest.',
      'Press slowly deeper until you find a tender spot that sends pain toward your thumb.',
      'Press until the discomfort is about 4 to 6 out of 10.',
      'Hold for 30 to 60 seconds while you breathe slowly.',
      'Lift off and rest for 20 seconds.',
      'Repeat twice more.',
      'Check by bending and straightening the tip of your thumb: it should move more easily.',
    ],
    pressure: { min: 4, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'A deep ache that eases while you hold, and a thumb that bends more freely. No sharp pain, no burning, no tingling.',
    stopIf: [
      'You feel a pulse under your fingers: you are on the radial artery. Move higher up and toward the middle of the forearm.',
      'You feel tingling or numbness in your thumb or fingers.',
      'The pain turns sharp or burning.',
    ],
  },
  stretch: {
    position: 'Sitting at a table with your hand resting on the table edge, or standing.',
    steps: [
      'Hold the arm on the sore side in front of you, palm facing up.',
      'Take hold of your thumb, right to its tip, with your other hand.',
      'Gently straighten the thumb, tip included, and bend it back and away from the palm.',
      'Let the wrist bend back a little at the same time.',
      'Hold for 30 seconds.',
      'Let go slowly and wiggle the thumb.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing: 'Breathe out as you bend the thumb back, then breathe slowly while you hold.',
    feel: 'A gentle pull along the palm side of the thumb and deep in the thumb side of the forearm.',
    avoid: [
      'Pain in the joint at the base of the thumb: ease off.',
      'Tingling or numbness in the hand.',
      'Bending the thumb back with a jerk.',
    ],
  },
  selfCare: [
    'Warm the forearm and hand with a warm pack or in warm water for 10 to 15 minutes before the pressure or the stretch.',
    'Use a thick, soft pen or a pen grip, and hold it lightly.',
    'Type and text with more than one finger and thumb, and rest your thumb every few minutes.',
    'Use a jar opener, and grip with the whole hand instead of pinching with the thumb.',
  ],
  perpetuatingFactors: [
    'Pinching hard and long between thumb and finger, as with writing, sewing or pulling weeds.',
    'Texting or gaming with the thumbs for long spells.',
    'Counting or handling small objects for hours.',
    'Gripping a pen or tool too tightly.',
  ],
  precautions: [
    'Keep your fingers off the pulse on the thumb side of the front of your wrist: the radial artery runs there. Work higher up in the forearm, away from the pulse.',
    'Numbness or tingling in your thumb, index and middle fingers, especially if it wakes you at night, may be a pinched nerve at the wrist (carpal tunnel syndrome): see a doctor before treating it yourself.',
    'A thumb that locks or clicks when you bend it needs a doctor to check it; do not force it straight.',
    'Swelling or a hot, red joint at the base of the thumb needs a doctor, not pressure.',
  ],
  redFlags: ['hot-swollen-joint'],
  sources: [
    {
      source: 'simons-travell-simons-1999-v1',
      chapter: 'Chapter on the hand and finger flexors in the forearm (flexor pollicis longus)',
    },
    {
      source: 'travell-simons-1983-v1',
      chapter: 'Chapter on the hand and finger flexors in the forearm (flexor pollicis longus)',
    },
    { source: 'davies-2013', chapter: 'Chapter 6, Elbow, Forearm, and Hand Pain' },
  ],
};
