import type { Muscle } from '../../src/domain/atlas.ts';

export const pronatorTeres: Muscle = {
  id: 'pronator-teres',
  name: 'Pronator teres',
  aliases: ['PT', 'round pronator'],
  group: 'arm-hand',
  anatomy: {
    origin:
      'Two heads: one from just above and on the bony bump on the inside of the elbow (medial epicondyle), with the shared flexor tendon; a smaller one from the front of the ulna just below the elbow (coronoid process).',
    insertion: 'The middle of the outer side of the forearm bone on the thumb side (radius).',
    action:
      'Turns the forearm so the palm faces down (pronation), most strongly when you push or twist against resistance; it also helps bend the elbow.',
    innervation:
      'The median nerve (from C6 and C7), which passes between the two heads of the muscle.',
  },
  triggerPoints: [
    {
      id: 'pronator-teres-tp1',
      name: 'Pronator teres TrP',
      location:
        'On the front of your forearm, two to three finger-widths below the elbow crease, a little toward the inside from the middle. Turn your palm down against the resistance of your other hand: the muscle tightens in a short band that runs from the inside of the elbow slanting toward the thumb side.',
      region: 'forearm-front',
      placement: {
        from: 'medial-epicondyle',
        to: 'wrist-centre',
        t: 0.2,
        offset: [0.02, 0, 0.03],
        facing: 'front',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'wrist-front' }],
        spillover: [{ region: 'forearm-front' }],
      },
      symptoms: [
        'A deep ache in the palm side of the wrist, toward the thumb.',
        'The ache can spread up along the front of the forearm.',
        'Turning the palm up hurts, for example when you cup your hand to take change or turn a key or a door handle.',
      ],
      complaints: [
        'wrist pain on the thumb side',
        'pain turning the palm up',
        'carpal tunnel-like symptoms',
        "golfer's elbow",
      ],
    },
  ],
  pressure: {
    position:
      'Sitting at a table with your forearm resting on it, palm up and the elbow slightly bent.',
    tool: 'The thumb of your other hand.',
    direction: 'Straight down into the front of the forearm, toward the table.',
    steps: [
      'Rest your forearm on the table, palm up, with the elbow slightly bent and the hand relaxed.',
      'Place the thumb of your other hand two to three finger-widths below the elbow crease, a little to the inside of the middle. Stay below the crease and off the pulse of the main artery of the arm, which runs down the middle of the crease.',
      'Turn your palm down against your thumb once to feel the muscle tighten, then let it relax palm up again.',
      'Press gently into the muscle until you find a tender spot that sends an ache toward your wrist.',
      'Press until the discomfort is about 4 to 5 out of 10; no more, because a nerve runs through this muscle.',
      'Hold for 30 to 60 seconds while you breathe slowly.',
      'Lift your thumb off and rest for 20 seconds.',
      'Repeat twice more.',
      'Check by turning your palm up and down a few times: it should move more freely.',
    ],
    pressure: { min: 4, max: 5 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'The band softens and the deep ache in the wrist eases while you hold. A mild, aching pressure only; no sharp pain, no burning, no tingling.',
    stopIf: [
      'You feel tingling, numbness or an electric feeling in your thumb, index or middle finger: the median nerve is under your thumb. Move away.',
      'You feel a pulse beating under your thumb: move to the side of it.',
      'The pain turns sharp or burning.',
    ],
  },
  stretch: {
    position: 'Standing or sitting, with the elbow straight at your side or in front of you.',
    steps: [
      'Straighten the elbow on the sore side.',
      'Turn the palm as far up as it goes comfortably (supination).',
      'With your other hand, hold the thumb side of the wrist and help the forearm turn a little further, palm up and outward.',
      'Hold for 30 seconds.',
      'Let go slowly and turn the palm back to the middle.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing: 'Breathe slowly and let the forearm turn a little more as you breathe out.',
    feel: 'A gentle pull on the front of the forearm just below the inside of the elbow.',
    avoid: [
      'Tingling in the thumb or fingers: ease off at once.',
      'Twisting the wrist instead of turning the whole forearm.',
      'Forcing the turn with a jerk.',
    ],
  },
  selfCare: [
    'Warm the upper forearm with a warm pack for 10 to 15 minutes before the pressure or the stretch.',
    'Use your whole arm and body to turn stiff handles, lids and screwdrivers, or use a power screwdriver.',
    'Keep your elbow slightly bent and close to your side when you twist, rather than twisting with a straight arm.',
    'Break up long spells of turning or twisting with short rests.',
  ],
  perpetuatingFactors: [
    'Turning the palm down forcefully again and again, as with a screwdriver, a stiff lid or a wrench.',
    'A tennis or golf stroke that snaps the forearm over.',
    'Holding the forearm turned palm down with the elbow straight for long spells.',
    'A fall onto the hand, or a broken wrist or elbow that has been kept in a cast.',
  ],
  precautions: [
    'The median nerve runs between the two heads of this muscle: press gently, and stop at once if your thumb, index or middle finger tingles or goes numb.',
    'Numbness or tingling in your thumb, index and middle fingers, especially if it wakes you at night, needs a doctor to check the median nerve before you treat it yourself.',
    'Keep off the groove behind the bony bump on the inside of your elbow: the ulnar nerve (your "funny bone") runs there. If pressing sends tingling into your ring and little fingers, move away.',
    'The main artery of the arm runs down the inside of the elbow crease: if you feel a pulse under your thumb, move to the side of it.',
  ],
  sources: [
    {
      source: 'simons-travell-simons-1999-v1',
      chapter: 'Chapter on the hand and finger flexors in the forearm (pronator teres)',
    },
    {
      source: 'travell-simons-1983-v1',
      chapter: 'Chapter on the hand and finger flexors in the forearm (pronator teres)',
    },
    { source: 'davies-2013', chapter: 'Chapter 6, Elbow, Forearm, and Hand Pain' },
  ],
};
