import type { Muscle } from '../../src/domain/atlas.ts';

export const flexorDigitorumSuperficialis: Muscle = {
  id: 'flexor-digitorum-superficialis',
  name: 'Flexor digitorum superficialis',
  aliases: ['FDS', 'flexor digitorum sublimis', 'superficial finger flexor', 'finger flexors'],
  group: 'arm-hand',
  anatomy: {
    origin:
      'Two heads: one from the bony bump on the inside of the elbow (medial epicondyle) and the nearby ulna (coronoid process); the other from the upper front of the forearm bone on the thumb side (radius).',
    insertion:
      'Four tendons that pass through the wrist (carpal tunnel), split, and attach to the sides of the middle bones of the four fingers (middle phalanges).',
    action:
      'Bends the middle joints of the four fingers, and with them the knuckles and the wrist; it is a main muscle of a strong grip.',
    innervation: 'The median nerve (from C7, C8 and T1).',
  },
  triggerPoints: [
    {
      id: 'flexor-digitorum-superficialis-tp1',
      name: 'Radial head TrP (middle finger)',
      location:
        'On the front of your forearm, a little below halfway from the elbow crease to the wrist, just to the thumb side of the middle. Wiggle your middle finger while you feel there: the fibres that move it tighten under your fingers, under the thin wrist flexors on top.',
      region: 'forearm-front',
      placement: {
        from: 'elbow-centre',
        to: 'wrist-centre',
        t: 0.45,
        offset: [0.006, 0, 0.025],
        facing: 'front',
      },
      depth: 'deep',
      depthNote:
        'It lies under the thin wrist flexors on top (flexor carpi radialis and palmaris longus); you press through them.',
      referral: {
        essential: [{ region: 'fingers' }],
        spillover: [],
      },
      symptoms: [
        'Pain along the palm side of the middle finger, which can seem to shoot out past the fingertip.',
        'The finger feels stiff and hard to straighten fully.',
        'Gripping tools or scissors brings the pain on.',
      ],
      complaints: ['finger pain', 'weak grip', 'trigger finger', 'carpal tunnel-like symptoms'],
    },
    {
      id: 'flexor-digitorum-superficialis-tp2',
      name: 'Humeral head TrP (ring and little fingers)',
      location:
        'Higher up on the front of your forearm, about a third of the way down from the elbow crease, toward the little-finger side of the middle. Wiggle your ring and little fingers while you feel there to find the fibres that move them.',
      region: 'forearm-front',
      placement: {
        from: 'elbow-centre',
        to: 'wrist-centre',
        t: 0.3,
        offset: [-0.014, 0, 0.025],
        facing: 'front',
      },
      depth: 'deep',
      depthNote:
        'It lies under the wrist flexors on the little-finger side (palmaris longus and flexor carpi ulnaris); you press through them.',
      referral: {
        essential: [{ region: 'fingers' }],
        spillover: [],
      },
      symptoms: [
        'Pain along the palm side of the ring and little fingers.',
        'The fingers feel stiff and clumsy when you grip.',
      ],
      complaints: ['finger pain', 'weak grip', 'trigger finger'],
    },
  ],
  pressure: {
    position: 'Sitting at a table with your forearm resting on it, palm up.',
    tool: 'The thumb of your other hand.',
    direction: 'Straight down into the front of the forearm, toward the table.',
    steps: [
      'Rest your forearm on the table, palm up, with the fingers relaxed.',
      'Place the thumb of your other hand on the front of the forearm, between a third and halfway down from the elbow crease.',
      'Wiggle the finger that hurts, so you can feel which part of the muscle moves it.',
      'Let the finger rest, then press slowly deeper into that part until you find a tender spot that sends pain toward that finger.',
      'Press until the discomfort is about 5 to 7 out of 10.',
      'Hold for 30 to 60 seconds while you breathe slowly.',
      'Lift your thumb off and rest for 20 seconds.',
      'Repeat twice more, then check the other spot the same way.',
      'Check by making a gentle fist and opening it wide: the finger should hurt less and straighten more easily.',
    ],
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'The tight band softens under your thumb and the pain in the finger fades while you hold. A deep ache is fine; no sharp pain, no burning, no tingling.',
    stopIf: [
      'You feel tingling or numbness in your fingers.',
      'The pain turns sharp or burning.',
      'The pain in the finger gets worse instead of easing.',
    ],
  },
  stretch: {
    position: 'Standing or sitting, with the arm straight in front of you.',
    steps: [
      'Hold the arm on the sore side straight out in front of you, palm facing up.',
      'Lay the fingers of your other hand across the pads of all four fingers.',
      'Gently bend the fingers back, keeping them straight, and let the wrist follow back toward the floor.',
      'Hold for 30 seconds.',
      'Let go slowly and open and close the hand a few times.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing: 'Breathe out as you bend the fingers back, then breathe slowly while you hold.',
    feel: 'A gentle pull along the palm side of the fingers and up the middle of the front of the forearm.',
    avoid: [
      'Tingling or numbness in the hand: ease off at once.',
      'Forcing a finger that is locked or catches: see a doctor instead.',
      'Bending the fingers back with a jerk.',
    ],
  },
  selfCare: [
    'Soak the hand and forearm in warm water for 10 to 15 minutes before the pressure or the stretch.',
    'Grip only as hard as the job needs, and open your hand wide every few minutes.',
    'Use tools with thicker handles, and spring-loaded scissors or shears.',
    'Do not sleep with your fingers curled tightly into a fist; a loose, open hand is kinder to these muscles.',
    'Share carrying between both hands, or use a shoulder bag instead of gripping handles.',
  ],
  perpetuatingFactors: [
    'Holding a tight grip for long spells, as on a steering wheel, a racquet, a pen or a computer mouse.',
    'Cutting with scissors or shears, knitting, or playing the piano or guitar for a long time.',
    'Carrying heavy bags by their handles.',
    'Sleeping with the hands clenched.',
  ],
  precautions: [
    'Numbness or tingling in your thumb, index and middle fingers, especially if it wakes you at night, may be a pinched nerve at the wrist (carpal tunnel syndrome): see a doctor before treating it yourself.',
    'A finger that locks, clicks or catches when you bend it (trigger finger) needs a doctor to check it; do not force it straight.',
    'Keep off the groove behind the bony bump on the inside of your elbow: the ulnar nerve (your "funny bone") runs there. If pressing sends tingling into your ring and little fingers, move away.',
    'Swollen, hot or red finger joints need a doctor, not pressure.',
  ],
  redFlags: ['hot-swollen-joint'],
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
