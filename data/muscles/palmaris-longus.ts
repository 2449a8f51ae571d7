import type { Muscle } from '../../src/domain/atlas.ts';

export const palmarisLongus: Muscle = {
  id: 'palmaris-longus',
  name: 'Palmaris longus',
  aliases: ['PL', 'palmaris'],
  group: 'arm-hand',
  anatomy: {
    origin:
      'The bony bump on the inside of the elbow (medial epicondyle of the humerus), through the shared tendon of the forearm flexors (common flexor tendon).',
    insertion:
      'The front of the band across the wrist (flexor retinaculum) and the tough sheet of tissue under the skin of the palm (palmar aponeurosis).',
    action:
      'Tightens the sheet of tissue in the palm, as when you cup your hand, and helps bend the wrist forward.',
    innervation: 'The median nerve (from C7 and C8).',
  },
  triggerPoints: [
    {
      id: 'palmaris-longus-tp1',
      name: 'Palmaris longus TrP',
      location:
        'On the front of your forearm, in the middle, about a third of the way from the elbow crease to the wrist. Touch your thumb and little fingertips together and bend the wrist a little: a thin tendon often stands out in the middle of the wrist. Follow it up the forearm to its fleshy part. Some people are born without this muscle.',
      region: 'forearm-front',
      placement: {
        from: 'elbow-centre',
        to: 'wrist-centre',
        t: 0.3,
        offset: [0, 0, 0.03],
        facing: 'front',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'palm' }],
        spillover: [{ region: 'thumb' }, { region: 'forearm-front' }],
      },
      symptoms: [
        'A prickling, needle-like soreness in the palm, more on the skin than deep inside.',
        'The palm feels tender when you press on it or grip a handle.',
        'The prickling can spread toward the base of the thumb and a little way up the front of the forearm.',
      ],
      complaints: [
        'sore, prickling palm',
        'palm pain when gripping tools',
        'carpal tunnel-like symptoms',
        'weak grip',
      ],
    },
  ],
  pressure: {
    position: 'Sitting at a table with your forearm resting on it, palm up.',
    tool: 'The thumb of your other hand.',
    direction: 'Straight down into the front of the forearm, toward the table.',
    steps: [
      'Rest your forearm on the table, palm up, with the hand relaxed.',
      'Place the thumb of your other hand in the middle of the front of your forearm, about a third of the way down from the elbow crease.',
      'Slide the thumb slowly across the muscle until you find a tender spot that sends a prickly feeling into your palm.',
      'Press into the spot until the discomfort is about 4 to 6 out of 10.',
      'Hold for 30 to 60 seconds while you breathe slowly.',
      'Lift your thumb off and rest for 20 seconds.',
      'Repeat twice more.',
      'Check by cupping your hand and pressing on your palm: it should feel less sore.',
    ],
    pressure: { min: 4, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'The tender spot softens and the prickling in the palm fades while you hold. A firm ache under your thumb is fine; no sharp pain, no burning, no tingling.',
    stopIf: [
      'You feel tingling or numbness in your fingers.',
      'The pain turns sharp or burning.',
      'The prickling in your palm gets stronger instead of fading.',
    ],
  },
  stretch: {
    position: 'Standing or sitting, with the arm straight in front of you.',
    steps: [
      'Hold the arm on the sore side straight out in front of you, palm facing up.',
      'Spread your fingers and thumb wide and keep them straight.',
      'With your other hand, gently bend the wrist and the spread fingers back toward the floor.',
      'Hold for 30 seconds.',
      'Let go slowly and shake the hand loose.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing: 'Breathe out as you bend the wrist back, then breathe slowly while you hold.',
    feel: 'A gentle pull across the palm and up the middle of the front of the forearm.',
    avoid: [
      'Tingling or numbness in the fingers: ease off at once.',
      'Locking the elbow hard.',
      'Pulling the fingers back with a jerk.',
    ],
  },
  selfCare: [
    'Warm the forearm in warm water or with a warm pack for 10 to 15 minutes before the pressure or the stretch.',
    'Choose tools with thick, padded handles, so the handle does not dig into the middle of your palm.',
    'Wear padded gloves for raking, pruning or other work that presses on the palm.',
    'If you use crutches or a cane, pad the handgrip and take short breaks.',
    'Stop and open your hand wide every few minutes when you grip for long spells.',
  ],
  perpetuatingFactors: [
    'Gripping a tool hard for a long time, especially one whose handle presses into the palm.',
    'Landing on an outstretched hand in a fall.',
    'Walking with crutches or a cane that loads the heel of the hand.',
    'Repeated strong gripping at work or in sport, such as racquet games.',
  ],
  precautions: [
    'Numbness or tingling in your thumb, index and middle fingers, especially if it wakes you at night, may be a pinched nerve at the wrist (carpal tunnel syndrome): see a doctor before treating it yourself.',
    'Keep off the groove behind the bony bump on the inside of your elbow: the ulnar nerve (your "funny bone") runs there. If pressing sends tingling into your ring and little fingers, move away.',
    "A thick cord or firm lumps in the palm that slowly pull a finger into a bend (Dupuytren's contracture) need a doctor to check them; pressing on the forearm will not remove them.",
    'Press above the wrist, not on the tendons at the wrist crease.',
  ],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter on the palmaris longus muscle' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the palmaris longus muscle' },
    { source: 'davies-2013', chapter: 'Chapter 6, Elbow, Forearm, and Hand Pain' },
  ],
};
