import type { Muscle } from '../../src/domain/atlas.ts';

export const extensorDigitorum: Muscle = {
  id: 'extensor-digitorum',
  name: 'Extensor digitorum',
  aliases: ['extensor digitorum communis', 'EDC', 'finger extensors', 'common finger extensor'],
  group: 'arm-hand',
  anatomy: {
    origin:
      'The bony bump on the outside of the elbow (lateral epicondyle), through the common extensor tendon.',
    insertion:
      'Four tendons across the back of the hand into the backs of the four fingers, on their middle and end bones (extensor expansions).',
    action:
      'Straightens the fingers at the knuckles and finger joints, helps lift the back of the hand, and balances the finger flexors so the grip is firm.',
    innervation:
      'The deep branch of the radial nerve (posterior interosseous nerve, from C7 and C8).',
  },
  triggerPoints: [
    {
      id: 'extensor-digitorum-middle-finger',
      name: 'Middle-finger extensor TrP',
      location:
        'In the middle of the back of your forearm, about three or four finger-widths below the elbow. Lift your middle finger against a light push from your other hand and you feel this part of the muscle tighten.',
      region: 'forearm-back',
      placement: {
        from: 'elbow-centre',
        to: 'wrist-centre',
        t: 0.2,
        offset: [0.006, 0, -0.034],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        essential: [
          { region: 'forearm-back' },
          { region: 'wrist-back' },
          { region: 'hand-back' },
          { region: 'fingers' },
        ],
        spillover: [{ region: 'elbow-outer' }],
      },
      symptoms: [
        'Pain running down the back of the forearm, across the back of the wrist and hand, into the middle finger.',
        'The pain in the finger usually stops short of the fingertip.',
        'The middle finger joints can feel stiff and sore, as if they were arthritic.',
        'Sometimes pain on the outer elbow.',
      ],
      complaints: [
        'finger pain and stiffness',
        'back of hand pain',
        'tennis elbow',
        'weak grip',
        'pain when typing or playing an instrument',
      ],
    },
    {
      id: 'extensor-digitorum-ring-finger',
      name: 'Ring-finger extensor TrP',
      location:
        'On the back of your forearm a little lower down than the middle-finger spot and a little toward the little-finger side. Lift your ring finger against a light push to feel this part tighten.',
      region: 'forearm-back',
      placement: {
        from: 'elbow-centre',
        to: 'wrist-centre',
        t: 0.3,
        offset: [-0.004, 0, -0.033],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'fingers' }, { region: 'hand-back' }],
        spillover: [{ region: 'forearm-back' }],
      },
      symptoms: [
        'Pain on the back of the hand and into the ring finger.',
        'Sometimes an ache along the back of the forearm.',
        'The ring finger can feel stiff and sore.',
      ],
      complaints: ['finger pain and stiffness', 'back of hand pain', 'weak grip'],
    },
  ],
  pressure: {
    position: 'Sitting, with the sore forearm resting palm down on a table.',
    tool: 'The thumb of your other hand; or rest the forearm on a tennis ball on the table and lean into it.',
    direction: 'Straight in toward the forearm bones.',
    steps: [
      'Sit with the sore forearm resting palm down on a table.',
      'Place your thumb in the middle of the back of the forearm, three or four finger-widths below the elbow.',
      'Lift the middle finger, then the ring finger, to find the part of the muscle that tightens.',
      'Relax the fingers and press slowly until you find a tender spot that aches toward the hand or finger.',
      'Press until the ache is about 5 to 7 out of 10.',
      'Hold for 30 to 60 seconds while you breathe slowly.',
      'Release and rest for 30 seconds.',
      'Repeat on each tender spot, up to three rounds.',
      'Open and close the hand a few times: the fingers should feel looser.',
    ],
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 30,
    releaseFeel:
      'The tight band softens and the ache in the hand and finger fades. Not sharp, not burning, no tingling.',
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
      'Curl the fingers gently into a loose fist.',
      'With your other hand, bend the wrist down over the fist.',
      'Hold for 30 seconds.',
      'Release slowly, first the wrist, then the fingers.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing:
      'Breathe slowly and let the wrist and fingers curl a little further as you breathe out.',
    feel: 'A gentle pull along the middle of the back of the forearm and over the back of the hand.',
    avoid: [
      'Forcing the finger joints if they are swollen or painful.',
      'Locking the elbow hard.',
      'Tingling in the hand.',
    ],
  },
  selfCare: [
    'Warm the forearm for 10 to 15 minutes before the pressure or the stretch.',
    'Let the fingers rest on the keys between strokes instead of holding them lifted.',
    'Keep the wrist level when you type or use a mouse, and rest the forearms.',
    'Take short breaks to shake out and stretch the hands every 20 to 30 minutes of typing, playing or handwork.',
    'Avoid crushing grip exercises until the fingers are pain-free.',
  ],
  perpetuatingFactors: [
    'Long spells of typing, clicking or playing the piano with the fingers held lifted.',
    'Repeated forceful gripping, as with tools, grip trainers or rock climbing.',
    'Work that keeps the fingers and wrist bent back, such as painting overhead or massage.',
  ],
  precautions: [
    'Finger joints that are swollen, hot or red, or stiff for more than an hour in the morning, need a doctor to check for arthritis.',
    'Numbness, pins and needles or weakness in the fingers needs a doctor to check the nerves in the neck and arm.',
    'Fingers that will not lift, or a finger that stays bent, need a doctor to check it.',
    'Outer elbow pain that follows a fall, keeps getting worse or does not ease after a few weeks needs a doctor to check it.',
  ],
  redFlags: ['arm-hand-injury', 'hot-swollen-joint'],
  sources: [
    {
      source: 'simons-travell-simons-1999-v1',
      chapter: 'Chapter on the extensor digitorum and extensor indicis muscles',
    },
    {
      source: 'travell-simons-1983-v1',
      chapter: 'Chapter on the extensor digitorum and extensor indicis muscles',
    },
    { source: 'davies-2013', chapter: 'Section on the finger extensors' },
  ],
};
