import type { Muscle } from '../../src/domain/atlas.ts';

export const extensorCarpiRadialisLongus: Muscle = {
  id: 'extensor-carpi-radialis-longus',
  name: 'Extensor carpi radialis longus',
  aliases: ['ECRL', 'long radial wrist extensor', 'radial wrist extensors'],
  group: 'arm-hand',
  anatomy: {
    origin:
      'The lower part of the ridge on the outer edge of the upper arm bone, just above the outer elbow (lateral supracondylar ridge of the humerus).',
    insertion:
      'The back of the base of the bone of the hand behind the index finger (second metacarpal).',
    action:
      'Lifts the back of the hand (wrist extension) and tips it toward the thumb side; holds the wrist steady when you grip, and helps bend the elbow.',
    innervation: 'The radial nerve (from C6 and C7).',
  },
  triggerPoints: [
    {
      id: 'extensor-carpi-radialis-longus-tp1',
      name: 'ECRL TrP',
      location:
        'On the outside of your elbow, about a finger-width below the bony bump (lateral epicondyle), at the level of the elbow crease. Lift the back of your hand toward the thumb side and you feel the muscle tighten here.',
      region: 'elbow-outer',
      placement: {
        from: 'lateral-epicondyle',
        offset: [0.002, -0.025, 0.004],
        facing: 'outside',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'elbow-outer' }, { region: 'hand-back' }],
        spillover: [{ region: 'forearm-back' }],
      },
      symptoms: [
        'Pain on the bony bump on the outside of the elbow.',
        'Pain on the back of the hand on the thumb side, near the hollow at the base of the thumb.',
        'A lighter ache along the back of the forearm in between.',
        'A weak grip: cups and tools slip from the hand.',
      ],
      complaints: [
        'tennis elbow',
        'back of hand pain',
        'weak grip',
        'dropping things',
        'pain shaking hands',
      ],
    },
  ],
  pressure: {
    position:
      'Sitting, with the sore forearm resting on a table, palm down or thumb up, the elbow a little bent.',
    tool: 'The thumb of your other hand; or rest the outside of the forearm on a tennis ball on the table.',
    direction:
      'Straight in toward the forearm bone, on the muscle just below the outer elbow bump.',
    steps: [
      'Sit with the sore forearm resting on a table.',
      'Find the bony bump on the outside of your elbow.',
      'Move your thumb about a finger-width below it, onto the muscle.',
      'Press slowly and search for a tender spot that aches into the outer elbow or the back of the hand.',
      'Press until the ache is about 5 to 7 out of 10.',
      'Hold for 30 to 60 seconds while you breathe slowly.',
      'Release and rest for 30 seconds.',
      'Repeat two more times.',
      'Grip something firmly: the outer elbow should hurt less.',
    ],
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 30,
    releaseFeel:
      'The tight spot softens and the ache on the outer elbow and the back of the hand fades. Not sharp, not burning, no tingling.',
    stopIf: [
      'You feel tingling or numbness on the back of the hand or the thumb.',
      'The pain turns sharp or burning.',
      'Pressing on the bone of the outer elbow hurts more: move down onto the muscle.',
    ],
  },
  stretch: {
    position: 'Standing or sitting, with the sore arm straight out in front of you.',
    steps: [
      'Straighten the sore elbow in front of you at about waist height.',
      'Turn the palm down.',
      'With your other hand, bend the wrist down.',
      'Tip the hand toward the little-finger side.',
      'Hold for 30 seconds.',
      'Release slowly.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing: 'Breathe slowly and let the wrist bend a little further as you breathe out.',
    feel: 'A gentle pull along the back of the forearm on the thumb side, up to the outer elbow.',
    avoid: [
      'Locking the elbow hard.',
      'Sharp pain at the outer elbow bone: ease off.',
      'Tingling in the hand.',
    ],
  },
  selfCare: [
    'Warm the outer elbow and forearm for 10 to 15 minutes before the pressure or the stretch.',
    'Keep the wrist level, not bent up, when you type or use a mouse.',
    'Lift with the palm up, or with both hands, rather than palm down with the elbow straight.',
    'Use a lighter racquet or a larger grip, and hold tools and pens more lightly.',
    'Take short breaks from gripping jobs every 20 to 30 minutes.',
  ],
  perpetuatingFactors: [
    'Repeated or forceful gripping with the wrist bent back.',
    'Typing or using a mouse with the wrist bent up.',
    'Racquet sports, especially a backhand led by the wrist.',
    'Lifting and carrying with the palm down.',
  ],
  precautions: [
    'Outer elbow pain needs a doctor first if it follows a fall or a blow, if the elbow is swollen, hot or red, if you cannot fully bend or straighten it, or if it comes with numbness or weakness in the hand.',
    'See a doctor if the outer elbow pain keeps getting worse, wakes you every night, or does not ease after a few weeks of self-care.',
    'Press on the muscle below the bony bump, not on the bump itself: the tendon there is often sore and pressing on it can flare it.',
    'Tingling or numbness on the back of the hand means a nerve is being pressed: move off the spot.',
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
