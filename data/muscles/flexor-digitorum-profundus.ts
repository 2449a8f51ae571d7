import type { Muscle } from '../../src/domain/atlas.ts';

export const flexorDigitorumProfundus: Muscle = {
  id: 'flexor-digitorum-profundus',
  name: 'Flexor digitorum profundus',
  aliases: ['FDP', 'deep finger flexor', 'finger flexors'],
  group: 'arm-hand',
  anatomy: {
    origin:
      'The front and inner surface of the upper three-quarters of the forearm bone on the little-finger side (ulna), and the sheet of tissue between the two forearm bones (interosseous membrane).',
    insertion:
      'Four tendons that pass through the wrist (carpal tunnel) and the split tendons of the superficial finger flexor, to the bases of the end bones of the four fingers (distal phalanges).',
    action:
      'Bends the end joints of the four fingers, and with them the other finger joints and the wrist; it is the main muscle for hooking and holding with the fingertips.',
    innervation:
      'The part for the index and middle fingers: the anterior interosseous branch of the median nerve. The part for the ring and little fingers: the ulnar nerve (both mainly from C8 and T1).',
  },
  triggerPoints: [
    {
      id: 'flexor-digitorum-profundus-tp1',
      name: 'Flexor digitorum profundus TrPs',
      location:
        'Deep in the upper half of your forearm, on the little-finger side, just in front of the bony ridge of the ulna that you can feel along the back edge of the forearm. Bend and straighten the tips of your fingers while you feel there: the deep muscle moves under your fingers.',
      region: 'forearm-front',
      placement: {
        from: 'medial-epicondyle',
        to: 'ulnar-styloid',
        t: 0.35,
        offset: [0, 0, 0],
        facing: 'inside',
      },
      depth: 'deep',
      depthNote:
        'It lies against the ulna under the wrist flexor on the little-finger side (flexor carpi ulnaris); you press through that muscle, just in front of the bone.',
      referral: {
        essential: [{ region: 'fingers' }],
        spillover: [],
      },
      symptoms: [
        'Pain along the palm side of the finger or fingers that this part of the muscle moves, reaching the fingertip.',
        'The fingers feel stiff, and the end joints are hard to straighten after gripping.',
        'Your grip tires quickly and things slip from your fingers.',
      ],
      complaints: ['finger pain', 'weak grip', 'trigger finger', 'carpal tunnel-like symptoms'],
    },
  ],
  pressure: {
    position: 'Sitting at a table with your forearm resting on it, palm up.',
    tool: 'The fingertips or thumb of your other hand.',
    direction:
      'Into the little-finger edge of the forearm, in front of the bone, toward the middle of the forearm.',
    steps: [
      'Rest your forearm on the table, palm up, with the fingers relaxed.',
      'Find the bony ridge along the little-finger edge of your forearm.',
      'Place your fingertips just in front of that ridge, about a third of the way down from the elbow. Stay at least three finger-widths below the bony bump on the inside of the elbow.',
      'Bend the tips of your fingers a few times to feel the deep muscle move, then let them rest.',
      'Press slowly in toward the middle of the forearm until you find a tender spot that sends pain toward your fingers.',
      'Press until the discomfort is about 5 to 6 out of 10.',
      'Hold for 30 to 60 seconds while you breathe slowly.',
      'Lift off and rest for 20 seconds.',
      'Repeat twice more, moving a little lower each time.',
      'Check by bending and straightening your fingertips: they should move more easily.',
    ],
    pressure: { min: 5, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'A deep ache that eases as you hold, and a finger that feels looser afterwards. No sharp pain, no burning, no tingling.',
    stopIf: [
      'You feel tingling or an electric feeling in your ring or little finger: the ulnar nerve is close. Move away.',
      'The pain turns sharp or burning.',
      'Pressing on the bone itself hurts: move your fingers off the bone toward the front.',
    ],
  },
  stretch: {
    position: 'Standing or sitting, with the arm straight in front of you.',
    steps: [
      'Hold the arm on the sore side straight out in front of you, palm facing up.',
      'Lay the fingers of your other hand along the whole length of your four fingers, right to the tips.',
      'Gently straighten the fingers, tips included, and bend them back.',
      'Let the wrist follow back toward the floor.',
      'Hold for 30 seconds.',
      'Let go slowly and open and close the hand a few times.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing: 'Breathe out as you bend the fingers back, then breathe slowly while you hold.',
    feel: 'A gentle pull along the palm side of the fingers, right to the tips, and deep in the front of the forearm.',
    avoid: [
      'Tingling or numbness in the hand: ease off at once.',
      'Forcing a finger that is locked or catches: see a doctor instead.',
      'Bending the fingers back with a jerk.',
    ],
  },
  selfCare: [
    'Soak the hand and forearm in warm water for 10 to 15 minutes before the pressure or the stretch.',
    'Hold things with your whole hand rather than hooking them with your fingertips.',
    'Carry bags with a shoulder strap rather than by their handles.',
    'Open your hand wide and spread your fingers every few minutes when you grip for long spells.',
    'Keep the hands warm in cold weather; cold, gripping fingers tire these muscles.',
  ],
  perpetuatingFactors: [
    'Gripping hard with the fingertips for a long time, as with climbing holds, handles or a steering wheel.',
    'Carrying heavy shopping bags hooked on the fingers.',
    'Long spells of fine fingertip work, such as playing an instrument or writing.',
    'Sleeping with the hands clenched.',
  ],
  precautions: [
    'Keep off the groove behind the bony bump on the inside of your elbow: the ulnar nerve (your "funny bone") runs there and then along this muscle. If pressing sends tingling into your ring and little fingers, move away.',
    'Numbness or tingling in your thumb, index and middle fingers, especially if it wakes you at night, may be a pinched nerve at the wrist (carpal tunnel syndrome): see a doctor before treating it yourself.',
    'A finger that locks, clicks or catches when you bend it (trigger finger) needs a doctor to check it; do not force it straight.',
    'Weakness in the ring and little fingers, or a hand that grows clumsy, needs a doctor to check the nerves.',
  ],
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
