import type { Muscle } from '../../src/domain/atlas.ts';

export const brachioradialis: Muscle = {
  id: 'brachioradialis',
  name: 'Brachioradialis',
  aliases: ['brachioradialis muscle', 'supinator longus'],
  group: 'arm-hand',
  anatomy: {
    origin:
      'The ridge on the outer edge of the upper arm bone, above the outer elbow (lateral supracondylar ridge of the humerus).',
    insertion:
      'The thumb side of the lower end of the radius, just above the wrist (radial styloid).',
    action:
      'Bends the elbow, most strongly with the thumb pointing up, and helps turn the forearm back to that thumb-up position from palm up or palm down.',
    innervation: 'The radial nerve (from C5 and C6).',
  },
  triggerPoints: [
    {
      id: 'brachioradialis-tp1',
      name: 'Brachioradialis TrP',
      location:
        'On the thumb side of your forearm, two or three finger-widths below the elbow crease, in the soft muscle that forms the outer top edge of the forearm. Bend the elbow with the thumb up against your other hand and the muscle bulges here.',
      region: 'forearm-back',
      placement: {
        from: 'elbow-centre',
        to: 'wrist-centre',
        t: 0.18,
        offset: [0.034, 0, 0.005],
        facing: 'outside',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'wrist-back' }, { region: 'thumb' }],
        spillover: [{ region: 'elbow-outer' }, { region: 'forearm-back' }],
      },
      symptoms: [
        'An ache at the back of the wrist on the thumb side and in the web between the thumb and the index finger.',
        'Sometimes pain on the outer elbow and along the thumb side of the forearm.',
        'Gripping, shaking hands or holding a cup makes it ache, and your grip may feel weak.',
      ],
      complaints: [
        'tennis elbow',
        'thumb web pain',
        'wrist pain on the thumb side',
        'pain shaking hands',
        'weak grip',
      ],
    },
  ],
  pressure: {
    position:
      'Sitting, with the sore forearm resting on a table or on your thigh, thumb pointing up and the elbow a little bent.',
    tool: 'The thumb and fingers of your other hand; or rest the forearm on a tennis ball on the table.',
    direction:
      'Pinch the muscle between thumb and fingers, or press straight in toward the forearm bone on the thumb side (radius).',
    steps: [
      'Sit with the sore forearm resting thumb-up on a table.',
      'Grasp the outer top edge of the forearm just below the elbow crease between your thumb and fingers.',
      'Work slowly down the muscle until you find a tender spot that aches into the wrist or the web of the thumb.',
      'Squeeze until the ache is about 5 to 7 out of 10.',
      'Hold for 30 to 60 seconds while you breathe slowly.',
      'Let go and rest for 30 seconds.',
      'Repeat two more times.',
      'Make a fist and turn the forearm a few times: the grip should feel easier.',
    ],
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 30,
    releaseFeel:
      'The band softens under your fingers and the ache in the wrist and thumb web fades. Not sharp, not burning, no tingling.',
    stopIf: [
      'You feel tingling or numbness on the back of the hand or the thumb.',
      'The pain turns sharp or burning.',
      'The pain gets worse instead of easing.',
    ],
  },
  stretch: {
    position: 'Standing or sitting, with the sore arm held straight out in front of you.',
    steps: [
      'Straighten the sore elbow in front of you at about waist height.',
      'Turn the palm down.',
      'With your other hand, bend the wrist gently down and toward the little-finger side.',
      'Hold for 30 seconds.',
      'Release slowly.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing: 'Breathe slowly and let the wrist bend a little further as you breathe out.',
    feel: 'A gentle pull along the thumb side of the forearm toward the elbow.',
    avoid: [
      'Locking the elbow hard.',
      'Pain at the outer elbow bone: ease off.',
      'Tingling in the hand.',
    ],
  },
  selfCare: [
    'Warm the forearm for 10 to 15 minutes before the pressure or the stretch.',
    'Lift and carry with the palm facing up or with both hands, not with the palm down and the elbow straight.',
    'Use tools with thicker handles so you grip less hard.',
    'Rest the forearm on the desk while you type or use a mouse.',
    'Take short breaks from gripping and twisting jobs such as gardening or using a screwdriver.',
  ],
  perpetuatingFactors: [
    'Forceful or repeated gripping: shaking many hands, using a trowel, screwdriver or heavy tools.',
    'Carrying bags with the palm down and the elbow straight.',
    'Racquet sports, especially a backhand with a wrist that bends.',
    'Long spells of typing or using a mouse without support for the forearm.',
  ],
  precautions: [
    'The superficial branch of the radial nerve runs under this muscle toward the back of the thumb. Tingling or numbness on the back of the hand or the thumb means stop and move off the spot.',
    'Outer elbow pain needs a doctor first if it follows a fall or a blow, if the elbow is swollen, hot or red, if you cannot fully bend or straighten it, or if it comes with numbness or weakness in the hand.',
    'See a doctor if the outer elbow pain keeps getting worse, wakes you every night, or does not ease after a few weeks of self-care.',
    'Thumb and wrist pain after a fall on the hand needs a doctor to check for a broken wrist bone before you treat it.',
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
    { source: 'davies-2013', chapter: 'Section on the brachioradialis' },
  ],
};
