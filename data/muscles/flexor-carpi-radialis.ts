import type { Muscle } from '../../src/domain/atlas.ts';

export const flexorCarpiRadialis: Muscle = {
  id: 'flexor-carpi-radialis',
  name: 'Flexor carpi radialis',
  aliases: ['FCR', 'radial wrist flexor'],
  group: 'arm-hand',
  anatomy: {
    origin:
      'The bony bump on the inside of the elbow (medial epicondyle of the humerus), through the shared tendon of the forearm flexors (common flexor tendon).',
    insertion:
      'The base of the hand bone behind the index finger (second metacarpal), often with a slip to the one behind the middle finger (third metacarpal).',
    action:
      'Bends the wrist forward and helps tip the hand toward the thumb side; it also steadies the wrist when you grip.',
    innervation: 'The median nerve (from C6 and C7).',
  },
  triggerPoints: [
    {
      id: 'flexor-carpi-radialis-tp1',
      name: 'Flexor carpi radialis TrP',
      location:
        'On the front of your forearm, about a third of the way down from the elbow crease to the wrist, just to the thumb side of the middle. Bend your wrist forward against your other hand: the muscle tightens under your fingers. Its tendon is the firm cord at the thumb side of the middle of the wrist crease.',
      region: 'forearm-front',
      placement: {
        from: 'elbow-centre',
        to: 'wrist-centre',
        t: 0.3,
        offset: [0.012, 0, 0.03],
        facing: 'front',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'wrist-front' }],
        spillover: [{ region: 'forearm-front' }, { region: 'palm' }],
      },
      symptoms: [
        'An ache in the palm side of the wrist, mostly toward the thumb side of the crease.',
        'The ache can spread a little way up the forearm and down into the palm.',
        'Gripping or twisting, as with scissors or a jar lid, hurts at the wrist.',
      ],
      complaints: [
        'wrist pain on the palm side',
        'carpal tunnel-like symptoms',
        'pain gripping or twisting',
        "golfer's elbow",
      ],
    },
  ],
  pressure: {
    position: 'Sitting at a table with your forearm resting on it, palm up.',
    tool: 'The thumb of your other hand.',
    direction: 'Straight down into the front of the forearm, toward the table.',
    steps: [
      'Rest your forearm on the table, palm up, with the hand relaxed.',
      'Place the thumb of your other hand on the front of the forearm, a third of the way down from the elbow crease, just to the thumb side of the middle.',
      'Bend your wrist forward once to feel the muscle tighten, then let it relax.',
      'Slide your thumb slowly across the muscle until you find a tender spot that sends an ache toward your wrist.',
      'Press into the spot until the discomfort is about 5 to 7 out of 10.',
      'Hold for 30 to 60 seconds while you breathe slowly.',
      'Lift your thumb off and rest for 20 seconds.',
      'Repeat twice more.',
      'Check by bending your wrist back and forward: the wrist should ache less.',
    ],
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'The knot under your thumb softens and the ache at the wrist fades while you hold. A strong, aching pressure is fine; no sharp pain, no burning, no tingling.',
    stopIf: [
      'You feel tingling or numbness in your thumb or fingers.',
      'The pain turns sharp or burning.',
      'You feel a pulse beating under your thumb: move away from it.',
    ],
  },
  stretch: {
    position: 'Standing or sitting, with the arm straight in front of you.',
    steps: [
      'Hold the arm on the sore side straight out in front of you, palm facing up.',
      'Take hold of the palm and fingers with your other hand.',
      'Gently bend the wrist back toward the floor.',
      'Tip the hand a little toward the little-finger side to aim the stretch at the thumb side of the forearm.',
      'Hold for 30 seconds.',
      'Let go slowly.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing: 'Breathe out as you bend the wrist back, then breathe slowly while you hold.',
    feel: 'A gentle pull along the front of the forearm on the thumb side, up toward the inside of the elbow.',
    avoid: [
      'Tingling or numbness in the hand: ease off at once.',
      'Sharp pain in the wrist joint.',
      'Locking the elbow hard.',
    ],
  },
  selfCare: [
    'Warm the forearm with a warm pack or in warm water for 10 to 15 minutes before the pressure or the stretch.',
    'Keep your wrist straight, not bent forward, when you type, write or hold a phone.',
    'Use tools with thicker handles so you do not need to squeeze as hard.',
    'Break up long spells of gripping or twisting with short rests, opening the hand wide.',
    'Do not sleep with your wrists curled under you or under the pillow.',
  ],
  perpetuatingFactors: [
    'Gripping hard and twisting again and again, as with shears, screwdrivers or jar lids.',
    'Long spells with the wrist bent forward, at a keyboard, a steering wheel or a phone.',
    'Heavy or vibrating tools.',
    'A fall onto the hand.',
  ],
  precautions: [
    'Numbness or tingling in your thumb, index and middle fingers, especially if it wakes you at night, may be a pinched nerve at the wrist (carpal tunnel syndrome): see a doctor before treating it yourself.',
    'Keep your thumb off the pulse on the thumb side of the front of your wrist: the radial artery runs there. Press higher up, in the fleshy part of the forearm.',
    'Keep off the groove behind the bony bump on the inside of your elbow: the ulnar nerve (your "funny bone") runs there. If pressing sends tingling into your ring and little fingers, move away.',
    'Wrist pain after a fall, or a swollen wrist you cannot move, needs a doctor to check for a broken bone first.',
  ],
  redFlags: ['arm-hand-injury'],
  sources: [
    {
      source: 'simons-travell-simons-1999-v1',
      chapter: 'Chapter on the hand and finger flexors in the forearm',
    },
    {
      source: 'travell-simons-1983-v1',
      chapter: 'Chapter on the hand and finger flexors in the forearm',
    },
    { source: 'davies-2013', chapter: 'Chapter 6, Elbow, Forearm, and Hand Pain' },
  ],
};
