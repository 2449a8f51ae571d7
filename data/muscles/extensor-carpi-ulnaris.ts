import type { Muscle } from '../../src/domain/atlas.ts';

export const extensorCarpiUlnaris: Muscle = {
  id: 'extensor-carpi-ulnaris',
  name: 'Extensor carpi ulnaris',
  aliases: ['ECU', 'ulnar wrist extensor'],
  group: 'arm-hand',
  anatomy: {
    origin:
      'The bony bump on the outside of the elbow (lateral epicondyle), through the common extensor tendon, and the back edge of the ulna.',
    insertion: 'The base of the bone of the hand behind the little finger (fifth metacarpal).',
    action:
      'Lifts the back of the hand and tips it toward the little-finger side; steadies the wrist when you grip.',
    innervation:
      'The deep branch of the radial nerve (posterior interosseous nerve, from C7 and C8).',
  },
  triggerPoints: [
    {
      id: 'extensor-carpi-ulnaris-tp1',
      name: 'ECU TrP',
      location:
        'On the back of your forearm near the little-finger edge, about a hand-width (three to four finger-widths) below the elbow. Feel for the sharp ridge of the ulna bone; the muscle lies just beside it, toward the middle of the forearm.',
      region: 'forearm-back',
      placement: {
        from: 'elbow-centre',
        to: 'wrist-centre',
        t: 0.3,
        offset: [-0.017, 0, -0.028],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'wrist-back' }],
        spillover: [],
      },
      symptoms: [
        'Pain on the back of the wrist on the little-finger side.',
        'The wrist aches when you tip the hand toward the little finger or grip hard.',
      ],
      complaints: [
        'wrist pain on the little-finger side',
        'back of wrist pain',
        'wrist pain after a fracture or cast',
      ],
    },
  ],
  pressure: {
    position: 'Sitting, with the sore forearm resting palm down on a table.',
    tool: 'The thumb or two fingers of your other hand.',
    direction: 'Straight in, on the muscle beside the ulna bone, not on the bony ridge.',
    steps: [
      'Sit with the sore forearm resting palm down on a table.',
      'Run your fingers down the little-finger edge of the forearm from the elbow to feel the sharp ridge of the ulna.',
      'About a hand-width below the elbow, move your thumb just off the ridge toward the middle of the forearm.',
      'Tip the hand toward the little finger once to feel the muscle tighten, then relax it.',
      'Press slowly and search for a tender spot that aches toward the wrist.',
      'Press until the ache is about 5 to 7 out of 10.',
      'Hold for 30 to 60 seconds while you breathe slowly.',
      'Release and rest for 30 seconds.',
      'Repeat two more times.',
      'Move the wrist side to side: the little-finger side should feel easier.',
    ],
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 30,
    releaseFeel:
      'The band softens and the ache on the little-finger side of the wrist fades. Not sharp, not burning, no tingling.',
    stopIf: [
      'You feel tingling or numbness in the hand or the fingers.',
      'The pain turns sharp or burning.',
      'You are pressing on the bony ridge and it hurts more: move onto the muscle.',
    ],
  },
  stretch: {
    position: 'Standing or sitting, with the sore arm straight out in front of you.',
    steps: [
      'Straighten the sore elbow in front of you at about waist height.',
      'Turn the palm down.',
      'With your other hand, bend the wrist down.',
      'Tip the hand toward the thumb side.',
      'Hold for 30 seconds.',
      'Release slowly.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing: 'Breathe slowly and let the wrist bend a little further as you breathe out.',
    feel: 'A gentle pull along the little-finger side of the back of the forearm.',
    avoid: [
      'Pain or clicking on the little-finger side of the wrist joint: ease off.',
      'Locking the elbow hard.',
      'Tingling in the hand.',
    ],
  },
  selfCare: [
    'Warm the forearm for 10 to 15 minutes before the pressure or the stretch.',
    'Keep the wrist straight, not bent toward the little finger, when you type or use a mouse.',
    'After a wrist fracture or a cast, move the wrist gently as your doctor or therapist allows, so the muscle does not stay tight.',
    'Take short breaks from gripping and twisting jobs.',
  ],
  perpetuatingFactors: [
    'Keeping the wrist bent toward the little finger, for example at a keyboard or on a mouse.',
    'A wrist fracture, a fall on the hand or a long spell in a cast.',
    'Repeated forceful gripping, as with tools or racquets.',
  ],
  precautions: [
    'Wrist pain after a fall on the hand needs a doctor to check for a broken bone before you treat it.',
    'A swollen, hot or red wrist, or a wrist that clicks painfully or gives way, needs a doctor to check it.',
    'Pain with numbness or pins and needles in the little finger needs a doctor to check the nerves.',
  ],
  redFlags: ['arm-hand-injury', 'hot-swollen-joint'],
  sources: [
    {
      source: 'simons-travell-simons-1999-v1',
      chapter: 'Chapter on the hand extensor and brachioradialis muscles',
    },
    {
      source: 'travell-simons-1983-v1',
      chapter: 'Chapter on the hand extensor and brachioradialis muscles',
    },
    { source: 'davies-2013', chapter: 'Section on the hand extensors' },
  ],
};
