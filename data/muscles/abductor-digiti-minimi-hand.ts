import type { Muscle } from '../../src/domain/atlas.ts';

export const abductorDigitiMinimiHand: Muscle = {
  id: 'abductor-digiti-minimi-hand',
  name: 'Abductor digiti minimi (hand)',
  aliases: ['ADM', 'abductor digiti quinti', 'abductor minimi digiti', 'little finger abductor'],
  group: 'arm-hand',
  anatomy: {
    origin:
      'The small round bone at the little-finger side of the wrist crease (pisiform) and the tendon of the wrist flexor that attaches to it (flexor carpi ulnaris).',
    insertion:
      'The little-finger side of the base of the first bone of the little finger (proximal phalanx) and the flat tendon sheet over the back of that finger.',
    action: 'Moves the little finger away from the ring finger, and helps bend its knuckle.',
    innervation: 'The deep branch of the ulnar nerve (from C8 and T1).',
  },
  triggerPoints: [
    {
      id: 'abductor-digiti-minimi-hand-tp1',
      name: 'Abductor digiti minimi TrP',
      location:
        'Along the outer edge of your hand on the little-finger side, in the fleshy pad that runs from the wrist to the base of the little finger, about halfway along. Spread the little finger away from the others: the muscle firms up along the edge.',
      region: 'palm',
      placement: {
        from: 'wrist-centre',
        to: 'middle-knuckle',
        t: 0.55,
        offset: [-0.034, 0, 0.006],
        facing: 'inside',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'fingers' }],
        spillover: [],
      },
      symptoms: [
        'An ache along the outer side of the little finger.',
        'Spreading the little finger, or gripping with the little-finger side of the hand, brings the ache on.',
      ],
      complaints: ['little finger pain'],
    },
  ],
  pressure: {
    position:
      'Sitting, with the sore hand resting on its little-finger edge or palm up on a table.',
    tool: 'The thumb and index finger of your other hand, pinching the edge of the hand.',
    direction: 'Squeezing the fleshy edge of the hand between thumb (palm side) and finger (back).',
    steps: [
      'Rest the sore hand palm up with the fingers relaxed.',
      'Take the fleshy edge of the hand on the little-finger side in a pinch between your other thumb and index finger.',
      'Slide the pinch slowly from the wrist toward the little finger until you find a tender spot that aches into the little finger.',
      'Squeeze until the discomfort is about 4 to 6 out of 10.',
      'Hold for 30 to 60 seconds while you breathe slowly.',
      'Let go and rest for 20 seconds.',
      'Repeat twice more.',
      'Check by spreading the little finger away from the others: it should ache less.',
    ],
    pressure: { min: 4, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'The tender spot softens and the ache along the little finger fades while you hold. No sharp pain, no burning, no tingling.',
    stopIf: [
      'You feel tingling or numbness in the ring or little finger.',
      'The pain turns sharp or burning.',
      'You are pressing on the small round bone at the wrist crease: move toward the finger.',
    ],
  },
  stretch: {
    position: 'Sitting or standing, with the sore hand in front of you, palm facing you.',
    steps: [
      'Hold the sore hand in front of you with the fingers straight.',
      'Take hold of the little finger with your other hand.',
      'Gently move it in toward the ring finger, keeping the finger straight.',
      'Then ease it a little back, away from the palm.',
      'Hold for 30 seconds.',
      'Let go slowly.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing: 'Breathe slowly and let the finger ease a little further as you breathe out.',
    feel: 'A gentle pull along the outer edge of the hand on the little-finger side.',
    avoid: [
      'Twisting the little finger.',
      'Pain in the finger joints rather than a pull along the edge of the hand.',
      'Forcing the finger with a jerk.',
    ],
  },
  selfCare: [
    'Soak the hand in warm water for 10 minutes before the pressure or the stretch.',
    'Rest your hand on a soft pad instead of the hard edge of a desk or keyboard.',
    'When you type or play an instrument, do not hold the little finger stretched out for long; let it relax between uses.',
    'Take short breaks from gripping and spread your fingers wide in each break.',
  ],
  perpetuatingFactors: [
    'Holding the little finger stretched out for long spells, as when reaching for keys on a keyboard or piano.',
    'Gripping hard with the little-finger side of the hand, as with a racquet or tool handle.',
    'Leaning on the outer edge of the hand for long spells.',
  ],
  precautions: [
    'Do not press hard at the little-finger side of the wrist crease: the ulnar nerve and artery pass close to the small round bone there.',
    'Numbness, tingling or weakness in the ring and little fingers, or a thin, weak edge of the hand, needs a doctor to check the ulnar nerve.',
    'Pain after a fall onto the edge of the hand needs a doctor to check for a broken bone first.',
  ],
  redFlags: ['arm-hand-injury'],
  sources: [
    {
      source: 'simons-travell-simons-1999-v1',
      chapter: 'Chapter on the interosseous muscles of the hand (abductor digiti minimi)',
    },
    {
      source: 'travell-simons-1983-v1',
      chapter: 'Chapter on the interosseous muscles of the hand (abductor digiti minimi)',
    },
    { source: 'davies-2013', chapter: 'Chapter 6, Elbow, Forearm, and Hand Pain' },
  ],
};
