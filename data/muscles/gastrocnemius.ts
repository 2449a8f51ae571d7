import type { Muscle } from '../../src/domain/atlas.ts';

export const gastrocnemius: Muscle = {
  id: 'gastrocnemius',
  name: 'Gastrocnemius',
  aliases: ['calf muscle', 'gastroc', 'gastrocs'],
  group: 'leg-foot',
  anatomy: {
    origin:
      'Two heads: the inner head from the back of the inner knob at the bottom of the thighbone (medial femoral condyle), the outer head from the outer side of the outer knob (lateral femoral condyle).',
    insertion:
      'Through the Achilles tendon, shared with the soleus, to the back of the heel bone (calcaneus).',
    action:
      'Points the foot down and lifts the heel, as when you push off in walking, climb or stand on tiptoe. It also helps bend the knee.',
    innervation: 'Tibial nerve (S1, S2).',
  },
  triggerPoints: [
    {
      id: 'gastrocnemius-tp1',
      name: 'TrP1 (medial head)',
      location:
        'In the inner half of the calf, along the inner edge of the calf bulge, a little above the middle of its belly: roughly a hand’s width below the crease at the back of the knee.',
      region: 'calf',
      placement: {
        from: 'medial-femoral-epicondyle',
        to: 'medial-malleolus',
        t: 0.3,
        offset: [0.01, 0, -0.06],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'sole' }],
        spillover: [{ region: 'calf' }, { region: 'knee-back' }],
      },
      symptoms: [
        'An ache in the arch of the foot, on the inner side of the sole.',
        'The ache can spread up the back of the calf to the back of the knee.',
        'Cramps in the calf, often at night.',
        'Pain walking uphill, climbing stairs or rocks, or pushing off from the toes.',
      ],
      complaints: [
        'arch pain',
        'calf cramps at night',
        'calf pain',
        'pain at the back of the knee',
        'pain walking uphill',
      ],
    },
    {
      id: 'gastrocnemius-tp2',
      name: 'TrP2 (lateral head)',
      location:
        'In the outer half of the calf, along the outer edge of the calf bulge, about level with TrP1: roughly a hand’s width below the crease at the back of the knee.',
      region: 'calf',
      placement: {
        from: 'lateral-femoral-epicondyle',
        to: 'lateral-malleolus',
        t: 0.28,
        offset: [-0.03, 0, -0.05],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        // The lateral head's pain stays round the point, on the back and outer side of the calf.
        essential: [{ region: 'calf' }],
        spillover: [{ region: 'outer-lower-leg' }, { region: 'knee-back' }],
      },
      symptoms: [
        'An ache in the upper outer calf, around the spot itself.',
        'The ache can reach up into the back of the knee.',
        'Cramps in the calf, often at night.',
      ],
      complaints: ['calf pain', 'calf cramps at night', 'pain at the back of the knee'],
    },
    {
      id: 'gastrocnemius-tp3',
      name: 'TrP3 (behind the knee, medial head)',
      location:
        'Just below the crease at the back of the knee, on its inner side, where the inner head of the calf muscle starts from the thighbone: at the inner edge of the knee hollow, not in its middle.',
      region: 'knee-back',
      placement: {
        from: 'medial-femoral-epicondyle',
        offset: [0.015, -0.03, -0.05],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'knee-back' }],
        spillover: [],
      },
      symptoms: [
        'An ache behind the knee, a little toward the inner side.',
        'It often comes on with climbing, walking on slopes or on a tilted surface.',
      ],
      complaints: ['pain at the back of the knee', 'pain walking uphill', 'pain climbing stairs'],
    },
    {
      id: 'gastrocnemius-tp4',
      name: 'TrP4 (behind the knee, lateral head)',
      location:
        'Just below the crease at the back of the knee, on its outer side, where the outer head of the calf muscle starts from the thighbone: at the outer edge of the knee hollow, not in its middle.',
      region: 'knee-back',
      placement: {
        from: 'lateral-femoral-epicondyle',
        offset: [-0.02, -0.035, -0.05],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'knee-back' }],
        spillover: [],
      },
      symptoms: [
        'An ache behind the knee, a little toward the outer side.',
        'It often comes on with climbing, walking on slopes or on a tilted surface.',
      ],
      complaints: ['pain at the back of the knee', 'pain walking uphill', 'pain climbing stairs'],
    },
  ],
  pressure: {
    position:
      'Sitting on the floor with the sore leg straight out in front of you and the calf resting on the tool. For the points behind the knee, sit on a chair with the knee bent.',
    tool: 'A foam roller or a tennis ball under the calf; your thumbs and fingers for the points behind the knee.',
    direction:
      'Straight up into the calf bulge as your leg settles onto the roller or ball; behind the knee, forward into the edge of the muscle with your fingertips.',
    steps: [
      'Sit on the floor with the sore leg straight and the roller or ball under the upper calf.',
      'Put your hands on the floor behind you and lift your hips a little if you need more weight.',
      'Turn the leg slightly in or out to bring the inner or the outer half of the calf onto the tool.',
      'Roll slowly up and down a few centimetres until you find a tender spot, often one that sends an ache into the arch of the foot or the back of the knee.',
      'Stay on it until the ache is about 5 to 7 out of 10.',
      'Hold still for 30 to 60 seconds while you breathe slowly.',
      'Lift the leg off and rest for 20 seconds.',
      'Repeat the hold twice more.',
      'For the points just below the back of the knee, sit on a chair with the knee bent and press the inner and outer edges of the hollow gently with your fingertips, to about 4 out of 10, for 30 seconds. Keep to the edges, on the muscle: never press into the middle of the hollow, where the artery, vein and nerve of the knee run.',
      'Check by standing and rising onto your toes, or by walking a few steps: the calf and the arch should feel easier.',
    ],
    pressure: { min: 4, max: 7 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'A deep, dull ache in the calf that eases as you hold, and the ache in the arch or behind the knee fades. Not sharp, not burning, no tingling.',
    stopIf: [
      'The calf is hot, swollen, red or tender to the touch, or one calf is suddenly bigger than the other: this may be a blood clot, so do not press or roll; see a doctor now.',
      'You feel a pulse under your fingers behind the knee: move to the edge of the hollow.',
      'You feel tingling, pins and needles or numbness in the calf or foot.',
      'The calf cramps hard: stop, flex the foot up gently and walk it off.',
      'The pain turns sharp or burning.',
    ],
  },
  stretch: {
    position: 'Standing facing a wall, an arm’s length away.',
    steps: [
      'Stand facing the wall and put both hands on it at shoulder height.',
      'Step the sore leg back about a stride, toes pointing straight ahead.',
      'Keep the back knee straight and the back heel on the floor.',
      'Bend the front knee and lean your hips slowly toward the wall until you feel a pull in the calf of the back leg.',
      'Hold for 30 seconds.',
      'Step forward and rest for a few seconds.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing:
      'Breathe out slowly as you lean in, then keep breathing evenly while you hold; lean a little further as the calf lets go.',
    feel: 'A steady, gentle pull in the upper calf of the back leg, below the back of the knee.',
    avoid: [
      'Letting the back heel lift or the foot turn out.',
      'Bouncing into the stretch.',
      'Stretching hard straight after a cramp: let the calf settle first.',
      'Stretching a calf that is hot, swollen and tender: see a doctor first.',
    ],
  },
  selfCare: [
    'Keep your calves warm at night: long socks or a loose blanket help against cramps.',
    'Do not sleep with your toes pointed hard: a pillow at the foot of the bed under the covers keeps the blankets from pushing the feet down.',
    'Lay a warm pack on the calf for 15 to 20 minutes before the pressure or the stretch.',
    'Wear low-heeled shoes that bend easily at the ball of the foot.',
    'On long drives, stop every hour to walk, and use cruise control if you can.',
    'Rest the feet flat when you sit; a footrest angled so the feet are level keeps the calf from staying shortened.',
  ],
  perpetuatingFactors: [
    'High heels, and shoes with stiff soles.',
    'Climbing, hill walking, running uphill, and sports with lots of jumping.',
    'Long drives with the foot held on the accelerator.',
    'Sleeping with the toes pointed, or sitting with the feet tucked under the chair on tiptoe.',
    'Tight elastic at the top of socks that squeezes the calf.',
    'A leg held in a cast or brace with the foot pointed.',
  ],
  precautions: [
    'RED FLAG: a hot, swollen, tender calf, perhaps red, may be a blood clot (deep vein thrombosis). Never massage or roll it; see a doctor now. Call emergency services if you are also short of breath or have chest pain.',
    'Keep all pressure out of the middle of the hollow at the back of the knee, where the large artery, vein and nerve run close under the skin.',
    'A sudden sharp pain in the middle of the calf during sport, as if you were kicked, with swelling, may be a torn calf muscle: see a doctor before you press or stretch it.',
    'Calf pain that comes on each time you walk a set distance and goes when you stop may be a problem with the blood flow: see a doctor.',
    'If you have varicose veins, press gently around them, never on them.',
  ],
  redFlags: ['blood-clot'],
  sources: [
    { source: 'travell-simons-1992-v2', chapter: 'Chapter on the gastrocnemius muscle' },
    { source: 'davies-2013', chapter: 'Section on the gastrocnemius' },
    { source: 'donnelly-2019', chapter: 'Chapter on the gastrocnemius muscle' },
  ],
};
