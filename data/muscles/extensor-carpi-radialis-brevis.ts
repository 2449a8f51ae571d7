import type { Muscle } from '../../src/domain/atlas.ts';

export const extensorCarpiRadialisBrevis: Muscle = {
  id: 'extensor-carpi-radialis-brevis',
  name: 'Extensor carpi radialis brevis',
  aliases: ['ECRB', 'short radial wrist extensor', 'radial wrist extensors'],
  group: 'arm-hand',
  anatomy: {
    origin:
      'The bony bump on the outside of the elbow (lateral epicondyle), through the common tendon it shares with the finger extensors.',
    insertion:
      'The back of the base of the bone of the hand behind the middle finger (third metacarpal).',
    action:
      'Lifts the back of the hand (wrist extension) and holds the wrist steady while the fingers grip.',
    innervation: 'A branch of the radial nerve, usually its deep branch.',
  },
  triggerPoints: [
    {
      id: 'extensor-carpi-radialis-brevis-tp1',
      name: 'ECRB TrP',
      location:
        'On the back of your forearm on the thumb side, about two or three finger-widths below the bony bump on the outside of the elbow. Lift the back of your hand and you feel the muscle tighten under your fingers.',
      region: 'forearm-back',
      placement: {
        from: 'elbow-centre',
        to: 'wrist-centre',
        t: 0.22,
        offset: [0.026, 0, -0.024],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'wrist-back' }, { region: 'hand-back' }],
        spillover: [],
      },
      symptoms: [
        'An ache on the back of the wrist and the back of the hand.',
        'The wrist feels weak or sore when you grip, lift or use a mouse.',
      ],
      complaints: [
        'back of wrist pain',
        'back of hand pain',
        'weak grip',
        'wrist pain using a mouse',
      ],
    },
  ],
  pressure: {
    position:
      'Sitting, with the sore forearm resting palm down on a table and the elbow a little bent.',
    tool: 'The thumb of your other hand; or rest the forearm on a tennis ball on the table and lean into it.',
    direction: 'Straight in toward the forearm bone.',
    steps: [
      'Sit with the sore forearm resting palm down on a table.',
      'Find the bony bump on the outside of your elbow.',
      'Move your thumb two or three finger-widths down the back of the forearm, staying on the thumb side.',
      'Lift the back of your hand once to feel the muscle tighten, then relax it.',
      'Press slowly and search for a tender spot that aches into the back of the wrist or hand.',
      'Press until the ache is about 5 to 7 out of 10.',
      'Hold for 30 to 60 seconds while you breathe slowly.',
      'Release and rest for 30 seconds.',
      'Repeat two more times.',
      'Bend the wrist up and down a few times: the back of the wrist should feel easier.',
    ],
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 30,
    releaseFeel:
      'The tight band softens and the ache in the back of the wrist and hand fades. Not sharp, not burning, no tingling.',
    stopIf: [
      'You feel tingling or numbness in the hand or the fingers.',
      'The pain turns sharp or burning.',
      'The pain gets worse instead of easing.',
    ],
  },
  stretch: {
    position: 'Standing or sitting, with the sore arm straight out in front of you.',
    steps: [
      'Straighten the sore elbow in front of you at about waist height.',
      'Turn the palm down.',
      'With your other hand, bend the wrist down as far as is comfortable.',
      'Hold for 30 seconds.',
      'Release slowly.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing: 'Breathe slowly and let the wrist bend a little further as you breathe out.',
    feel: 'A gentle pull along the back of the forearm, up toward the outer elbow.',
    avoid: [
      'Locking the elbow hard.',
      'Pain at the back of the wrist joint itself: ease off.',
      'Tingling in the hand.',
    ],
  },
  selfCare: [
    'Warm the forearm for 10 to 15 minutes before the pressure or the stretch.',
    'Keep the wrist level when you type or use a mouse; lower the keyboard or raise the chair so the forearms rest flat.',
    'Rest the forearm, not the wrist, on the desk.',
    'Lift with the palm up, or with both hands.',
    'Sleep with the wrist straight rather than curled under.',
  ],
  perpetuatingFactors: [
    'Typing or using a mouse with the wrist bent up.',
    'Repeated or forceful gripping: tools, racquets, gardening, lifting with the palm down.',
    'Playing a musical instrument for long spells without breaks.',
    'Holding the wrist bent back for a long time, such as when using a phone or reading a tablet.',
  ],
  precautions: [
    'Wrist pain after a fall on the hand needs a doctor to check for a broken bone before you treat it.',
    'A swollen, hot or red wrist, or a lump on the back of the wrist, needs a doctor to check it.',
    'Outer elbow or wrist pain with numbness, pins and needles or weakness in the hand needs a doctor to check it.',
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
