import type { Muscle } from '../../src/domain/atlas.ts';

export const vastusMedialis: Muscle = {
  id: 'vastus-medialis',
  name: 'Vastus medialis',
  aliases: ['VMO', 'vastus medialis oblique', 'inner quad', 'quads', 'quadriceps'],
  group: 'thigh',
  anatomy: {
    origin:
      'The inner back of the thighbone along almost its whole length, from the front of the neck of the bone down the rough line (linea aspera) to just above the inner knee.',
    insertion:
      'The inner edge of the kneecap and the quadriceps tendon, and on by the kneecap tendon to the top of the shinbone.',
    action:
      'Straightens the knee. Its lowest fibres, which run across to the kneecap, hold the kneecap in its groove as the knee moves.',
    innervation: 'Femoral nerve (L2–L4).',
  },
  triggerPoints: [
    {
      id: 'vastus-medialis-tp1',
      name: 'TrP1 (distal)',
      location:
        'On the inner front of the thigh just above the knee, in the soft bulge of muscle about three to four finger-widths above the upper inner corner of the kneecap. Tighten the thigh with the leg straight and the bulge stands out.',
      region: 'thigh-inner',
      placement: { from: 'patella', offset: [-0.045, 0.08, -0.02], facing: 'inside' },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'knee-front' }],
        spillover: [{ region: 'knee-inner' }],
      },
      symptoms: [
        'An ache at the front of the knee, around the kneecap, toward its inner side.',
        'It can reach the inner side of the knee.',
        'After weeks or months the ache may fade, and instead the knee gives way without warning when you walk.',
      ],
      complaints: ['front of knee pain', 'kneecap pain', 'buckling knee', 'knee giving way'],
    },
    {
      id: 'vastus-medialis-tp2',
      name: 'TrP2 (proximal)',
      location:
        'On the inner front of the thigh, a little below its middle, about a hand-width above the inner knee, along the inner edge of the front thigh muscle.',
      region: 'thigh-inner',
      placement: {
        from: 'hip-joint',
        to: 'medial-femoral-epicondyle',
        t: 0.6,
        offset: [-0.025, 0, 0.035],
        facing: 'inside',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'knee-inner' }],
        spillover: [{ region: 'thigh-inner' }],
      },
      symptoms: [
        'An ache along the inner side of the knee.',
        'It can run up the lower inner thigh in a narrow strip.',
        'The knee may feel weak or give way on stairs or uneven ground.',
      ],
      complaints: ['inner knee pain', 'buckling knee', 'knee giving way'],
    },
  ],
  pressure: {
    position:
      'Sit on a chair with the sore leg straight out in front of you, the heel on the floor, and the thigh relaxed.',
    tool: 'Your thumb, or the fingertips of both hands held together.',
    direction: 'Straight in from the inner front of the thigh, toward the thighbone.',
    steps: [
      'Sit with the sore leg straight out and the heel resting on the floor.',
      'Relax the thigh so the kneecap can wobble loosely.',
      'Place your thumb on the bulge of muscle three to four finger-widths above the upper inner corner of the kneecap.',
      'Move it around slowly until you find a tender spot, or one that sends an ache into the knee.',
      'Press until the ache is about 5 to 7 out of 10.',
      'Hold still for 30 to 60 seconds and breathe slowly.',
      'Ease off and rest for 20 seconds.',
      'Repeat the hold twice more.',
      'For the higher point, move a hand-width up the inner front of the thigh, staying on the bulge of the front thigh muscle: the groove behind it carries the big artery and vein of the leg, so move forward off any pulse. Find, hold and rest the same way.',
      'Check by standing and bending the knee slightly a few times: the knee should feel steadier and less sore.',
    ],
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'A deep ache that may travel into the knee and then fades as you hold, and the bulge softens. Not sharp, not burning, no tingling.',
    stopIf: [
      'You feel a pulse under your fingers: move off it.',
      'You feel tingling or numbness in the knee or inner shin.',
      'The pain turns sharp, or the knee joint itself hurts.',
      'The spot is over a swollen, twisted vein.',
    ],
  },
  stretch: {
    position:
      'Lying on your side on the good side, with your head on a pillow and the bottom knee bent for balance.',
    steps: [
      'Lie on the good side and bend the bottom knee for balance.',
      'Bend the top knee and take hold of the ankle with your top hand. If you cannot reach it, loop a towel around the ankle.',
      'Bring the heel slowly toward the buttock, keeping the top knee level with the hip.',
      'Stop where you feel a pull down the front of the thigh and over the knee, and hold for 30 seconds.',
      'Let the foot go slowly and straighten the leg.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing:
      'Breathe slowly; on each breath out, let the heel come a little closer to the buttock.',
    feel: 'A gentle pull along the front and inner front of the thigh, down to the kneecap.',
    avoid: [
      'Arching the low back.',
      'Forcing the heel to the buttock, or going on if the knee joint hurts.',
      'Twisting the knee.',
    ],
  },
  selfCare: [
    'Put a warm pad over the inner front of the thigh for 15 to 20 minutes before you press or stretch.',
    'Avoid long deep squats and kneeling while the knee is sore.',
    'Go down stairs one step at a time, holding the handrail, while the knee feels unsteady.',
    'Build up jogging and hill walking slowly after a break.',
  ],
  perpetuatingFactors: [
    'Deep knee bends, squats and kneeling, which load the muscle hard.',
    'Jogging, especially downhill, and sports with sudden stops and jumps.',
    'A fall or a hard knock on the knee.',
    'A long second toe bone (Morton foot structure), which makes the foot roll in.',
    'Trigger points in the other quadriceps muscles.',
  ],
  precautions: [
    'Knee swelling, locking, or the knee giving way after an injury needs a doctor first: it may be a ligament or cartilage tear, not a trigger point.',
    'The big artery and vein of the leg run down the inner thigh, in the groove behind this muscle. If you feel a pulse, move your fingers toward the front of the thigh, away from it.',
    'Do not press on swollen, twisted veins on the inner thigh or knee (varicose veins).',
    'A hot, red or swollen calf or thigh may be a blood clot: never massage it, and see a doctor the same day.',
  ],
  redFlags: ['blood-clot', 'knee-injury'],
  sources: [
    {
      source: 'travell-simons-1992-v2',
      chapter: 'Chapter on the quadriceps femoris group',
    },
    { source: 'davies-2013', chapter: 'Section on the quadriceps' },
    { source: 'donnelly-2019', chapter: 'Chapter on the quadriceps femoris muscle group' },
  ],
};
