import type { Muscle } from '../../src/domain/atlas.ts';

export const extensorIndicis: Muscle = {
  id: 'extensor-indicis',
  name: 'Extensor indicis',
  aliases: ['extensor indicis proprius', 'EIP', 'index finger extensor'],
  group: 'arm-hand',
  anatomy: {
    origin:
      'The back of the lower part of the ulna and the membrane between the two forearm bones.',
    insertion:
      'The back of the index finger, where it joins the extensor digitorum tendon (extensor expansion).',
    action:
      'Straightens the index finger on its own, as when you point, and helps lift the back of the hand.',
    innervation:
      'The deep branch of the radial nerve (posterior interosseous nerve, from C7 and C8).',
  },
  triggerPoints: [
    {
      id: 'extensor-indicis-tp1',
      name: 'Extensor indicis TrP',
      location:
        'On the back of your forearm, about a quarter of the way up from the wrist to the elbow, in the middle between the two forearm bones. Lift your index finger against a light push to feel it tighten under the surface.',
      region: 'forearm-back',
      placement: {
        from: 'elbow-centre',
        to: 'wrist-centre',
        t: 0.72,
        offset: [-0.004, 0, -0.022],
        facing: 'back',
      },
      depth: 'deep',
      depthNote:
        'It lies under the tendons of the other finger extensors, between the two forearm bones. Press in gently through them.',
      referral: {
        essential: [{ region: 'wrist-back' }, { region: 'hand-back' }],
        spillover: [],
      },
      symptoms: [
        'An ache where the back of the wrist meets the back of the hand, on the thumb side.',
        'Pointing or lifting the index finger can make it ache.',
      ],
      complaints: ['back of wrist pain', 'back of hand pain', 'pain when using a mouse'],
    },
  ],
  pressure: {
    position: 'Sitting, with the sore forearm resting palm down on a table.',
    tool: 'The thumb or two fingertips of your other hand.',
    direction: 'Straight in, between the two forearm bones.',
    steps: [
      'Sit with the sore forearm resting palm down on a table.',
      'Place your thumb on the back of the forearm, a quarter of the way up from the wrist, between the two bones.',
      'Lift the index finger once to feel the muscle tighten, then relax it.',
      'Press in slowly until you find a tender spot that aches toward the back of the wrist or hand.',
      'Press until the ache is about 4 to 6 out of 10.',
      'Hold for 30 to 60 seconds while you breathe slowly.',
      'Release and rest for 30 seconds.',
      'Repeat two more times.',
      'Point the index finger a few times: it should move more easily.',
    ],
    pressure: { min: 4, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 30,
    releaseFeel:
      'The spot softens and the ache at the back of the wrist and hand fades. Not sharp, not burning, no tingling.',
    stopIf: [
      'You feel tingling or numbness in the hand or the fingers.',
      'The pain turns sharp or burning.',
      'You are pressing on bone and it hurts more: move between the bones.',
    ],
  },
  stretch: {
    position: 'Standing or sitting, with the sore arm straight out in front of you.',
    steps: [
      'Straighten the sore elbow in front of you, palm down.',
      'Curl the index finger down into the palm.',
      'With your other hand, bend the wrist gently down.',
      'Hold for 30 seconds.',
      'Release slowly.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing: 'Breathe slowly and let the wrist bend a little further as you breathe out.',
    feel: 'A gentle pull in the lower part of the back of the forearm and the back of the hand.',
    avoid: [
      'Forcing the index finger joints if they are swollen or painful.',
      'Tingling in the hand.',
    ],
  },
  selfCare: [
    'Warm the lower forearm for 10 to 15 minutes before the pressure or the stretch.',
    'Let the index finger rest on the mouse button instead of holding it lifted.',
    'Keep the wrist level when you type or use a mouse.',
    'Take short breaks from fine handwork every 20 to 30 minutes.',
  ],
  perpetuatingFactors: [
    'Holding the index finger lifted over a mouse button or a keyboard for long spells.',
    'Repeated pointing, tapping or clicking.',
    'Typing or working with the wrist bent up.',
  ],
  precautions: [
    'Wrist pain after a fall on the hand needs a doctor to check for a broken bone before you treat it.',
    'A lump, swelling or heat on the back of the wrist needs a doctor to check it.',
    'Numbness, pins and needles or weakness in the hand needs a doctor to check the nerves.',
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
