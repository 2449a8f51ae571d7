import type { Muscle } from '../../src/domain/atlas.ts';

export const handInterossei: Muscle = {
  id: 'hand-interossei',
  name: 'Interossei of the hand',
  aliases: [
    'interossei',
    'interosseous muscles of the hand',
    'dorsal interossei',
    'palmar interossei',
    'volar interossei',
    'first dorsal interosseous',
    'FDI',
  ],
  group: 'arm-hand',
  anatomy: {
    origin:
      'The small muscles that fill the gaps between the long bones of the hand (metacarpals). Each of the four on the back (dorsal interossei) starts from the facing sides of two neighbouring bones; each of the three on the palm side (palmar interossei) starts from one bone.',
    insertion:
      'The base of the first bone of a finger (proximal phalanx) and the flat tendon sheet over the back of the finger (extensor expansion).',
    action:
      'The back ones spread the fingers apart; the palm-side ones bring them together. Together they bend the knuckles while they straighten the middle and end joints of the fingers, and they steady the fingers for pinching and fine work.',
    innervation: 'The deep branch of the ulnar nerve (from C8 and T1).',
  },
  triggerPoints: [
    {
      id: 'hand-interossei-first-dorsal',
      name: 'First dorsal interosseous TrP',
      location:
        'On the back of your hand, in the fleshy web between your thumb and index finger, close to the bone behind the index finger. Press your index finger sideways toward the thumb against resistance: the muscle bulges there.',
      region: 'hand-back',
      placement: {
        from: 'wrist-centre',
        to: 'middle-knuckle',
        t: 0.7,
        offset: [0.025, 0, -0.01],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'fingers' }],
        spillover: [{ region: 'hand-back' }, { region: 'palm' }],
      },
      symptoms: [
        'Pain along the thumb-side edge of the index finger, reaching the end joint.',
        'A vaguer ache deep in the back of the hand and in the palm.',
        'The index finger feels stiff, and pinching or gripping small things is painful and clumsy.',
      ],
      complaints: [
        'index finger pain',
        'stiff, aching finger joints',
        "Heberden's nodes",
        'weak pinch',
      ],
    },
    {
      id: 'hand-interossei-other',
      name: 'Other dorsal and palmar interosseous TrPs',
      location:
        'In the gaps between the long bones of the hand, on the back of the hand for the dorsal ones and in the palm for the palm-side ones. Press into each gap with a fingertip: the spot is usually nearer the knuckles than the wrist.',
      region: 'hand-back',
      placement: {
        from: 'wrist-centre',
        to: 'middle-knuckle',
        t: 0.65,
        offset: [-0.012, 0, -0.01],
        facing: 'back',
      },
      depth: 'deep',
      depthNote:
        'They lie between the long bones of the hand, under the tendons that run over the back of the hand (or, for the palm-side ones, under the thick tissue of the palm); press into the gap, not on the bone or the tendon.',
      referral: {
        essential: [{ region: 'fingers' }],
        spillover: [],
      },
      symptoms: [
        'Pain along one side of a finger, the side that muscle attaches to, reaching the end joint.',
        'Stiff finger joints that make fine work, such as buttoning or writing, feel clumsy.',
      ],
      complaints: ['finger pain along one side', 'stiff, aching finger joints', "Heberden's nodes"],
    },
  ],
  pressure: {
    position: 'Sitting, with the sore hand resting on a table, palm down.',
    tool: 'The thumb and index finger of your other hand for the web; a fingertip or the rubber end of a pencil for the gaps between the bones.',
    direction:
      'Into the gap between the bones, from the back of the hand toward the palm; for the web, a pinch between thumb and finger.',
    steps: [
      'Rest the sore hand palm down on the table with the fingers relaxed.',
      'For the first one, take the web between the thumb and index finger in a pinch with your other hand, close to the bone behind the index finger.',
      'Slide the pinch slowly until you find a tender spot that aches toward the index finger.',
      'For the others, press a fingertip into each gap between the long bones of the hand, moving from the knuckles toward the wrist, until you find a tender spot.',
      'Press or squeeze until the discomfort is about 4 to 6 out of 10.',
      'Hold for 30 to 60 seconds while you breathe slowly.',
      'Let go and rest for 20 seconds.',
      'Repeat twice more at each tender spot.',
      'Check by spreading your fingers wide and closing them: the finger should feel looser and less sore.',
    ],
    pressure: { min: 4, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'The tender spot softens and the ache along the finger fades while you hold. No sharp pain, no burning, no tingling.',
    stopIf: [
      'You feel tingling or numbness in the fingers.',
      'The pain turns sharp or burning.',
      'A finger joint that is swollen, red or hot starts to hurt more.',
    ],
  },
  stretch: {
    position: 'Sitting at a table, with the sore hand resting on it palm down.',
    steps: [
      'Lay the hand flat on the table with the fingers straight.',
      'Slowly spread all the fingers as wide apart as they go, keeping them on the table.',
      'Hold for 10 seconds, then bring the fingers together and press them gently side to side.',
      'Now slide the fingers of your other hand between the fingers of the sore hand, one into each gap, to ease the gaps a little wider.',
      'Hold for 30 seconds.',
      'Let go slowly.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing: 'Breathe slowly and let the fingers spread a little more as you breathe out.',
    feel: 'A gentle pull in the webs between the fingers and deep between the bones of the hand.',
    avoid: [
      'Forcing a stiff or swollen finger joint.',
      'Pain in the joints rather than a pull in the muscles.',
      'Bending the fingers sideways with a jerk.',
    ],
  },
  selfCare: [
    'Soak the hands in warm water for 10 minutes before the pressure or the stretch.',
    'Take short breaks from pinching and fine finger work, and spread your fingers wide in each break.',
    'Use thicker pens and tool handles, so the fingers do not need to pinch so hard.',
    'Keep your hands warm in cold weather.',
  ],
  perpetuatingFactors: [
    'Long spells of pinching or fine finger work, such as sewing, knitting, writing, or playing an instrument.',
    'Gripping small objects hard, such as a pen, a paintbrush or a small tool.',
    'Holding the fingers in one position for a long time.',
    'Arthritis of the finger joints, which can keep these muscles tight.',
  ],
  precautions: [
    "Heberden's nodes (hard, bony bumps at the end joints of the fingers) are a sign of arthritis: pressing on the muscles may ease the pain, but it will not remove the bumps. A hot, red or swollen finger joint needs a doctor.",
    'Numbness, tingling or weakness in the ring and little fingers, or a hand that grows clumsy, needs a doctor to check the ulnar nerve.',
    'Numbness or tingling in your thumb, index and middle fingers, especially if it wakes you at night, may be a pinched nerve at the wrist (carpal tunnel syndrome): see a doctor before treating it yourself.',
    'Press into the soft gaps between the bones, not on the bones or the tendons on the back of the hand.',
  ],
  redFlags: ['hot-swollen-joint'],
  sources: [
    {
      source: 'simons-travell-simons-1999-v1',
      chapter: 'Chapter on the interosseous muscles of the hand',
    },
    {
      source: 'travell-simons-1983-v1',
      chapter: 'Chapter on the interosseous muscles of the hand',
    },
    { source: 'davies-2013', chapter: 'Chapter 6, Elbow, Forearm, and Hand Pain' },
  ],
};
