import type { Muscle } from '../../src/domain/atlas.ts';

export const adductorLongus: Muscle = {
  id: 'adductor-longus',
  name: 'Adductor longus',
  aliases: ['long adductor', 'groin muscle', 'inner thigh muscle', 'adductors'],
  group: 'thigh',
  anatomy: {
    origin:
      'The front of the pubic bone, just beside the midline and below the ridge at its top, by a narrow, strong tendon.',
    insertion:
      'The middle third of the back of the thighbone, along the rough line that runs down it (linea aspera).',
    action:
      'Pulls the thigh in toward the other leg. It also helps lift the thigh forward, and it steadies the hip when you stand, walk and change direction.',
    innervation: 'Obturator nerve (L2–L4).',
  },
  triggerPoints: [
    {
      id: 'adductor-longus-tp',
      name: 'Proximal TrPs',
      location:
        'High on the inner thigh, a hand-width or a little less below the pubic bone. Sit with your knee bent and let it fall out to the side: the muscle stands out as a firm cord running from the pubic bone down the inner thigh. The tender spots lie along that cord.',
      region: 'thigh-inner',
      placement: {
        from: 'pubic-symphysis',
        offset: [0.025, -0.075, -0.035],
        facing: 'inside',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'groin' }, { region: 'thigh-inner' }, { region: 'knee-inner' }],
        // Up into the front of the hip and upper thigh, and down over the front of the shin.
        spillover: [{ region: 'thigh-front' }, { region: 'shin' }],
      },
      symptoms: [
        'A deep ache in the groin and the upper inner thigh.',
        'An ache just above the inner knee, which can spread down the front of the shin.',
        'It comes mostly with standing and walking, and with a quick twist of the hip; it is often quiet at rest.',
        'Moving the knee out to the side may feel stiff and restricted.',
      ],
      complaints: [
        'groin pain',
        'inner thigh pain',
        'inner knee pain',
        'pain when twisting on your leg',
        'stiff hip',
      ],
    },
  ],
  pressure: {
    position:
      'Sit on the edge of a bed or a firm chair, or lie on your back. Bend the knee on the sore side and let it fall out to the side, resting it on a pillow so the inner thigh relaxes.',
    tool: 'Your fingertips, or your thumb with the fingers wrapped around the thigh.',
    direction: 'Straight in from the inside of the thigh, toward the thighbone.',
    steps: [
      'Sit or lie with the knee bent and dropped out to the side on a pillow.',
      'Put your fingertips on the inner thigh a hand-width below the pubic bone.',
      'Squeeze the knee in gently against your other hand for a moment: the cord of the adductor longus tightens under your fingers. Then relax.',
      'Feel for a pulse. If you feel one, move your fingers toward the inner side of the thigh, away from it.',
      'Slide along the cord until you find a spot that is tender or sends an ache to the groin or the knee.',
      'Press until the ache is about 4 to 6 out of 10.',
      'Hold still for 30 to 60 seconds and breathe slowly.',
      'Ease off and rest for 20 seconds.',
      'Repeat the hold twice more.',
      'Check by letting the knee fall out to the side again: it should go a little further with less pull.',
    ],
    pressure: { min: 4, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'A deep, dull ache that spreads toward the groin or knee and then fades as you hold, and the inner thigh softens. Not sharp, not burning, no tingling.',
    stopIf: [
      'You feel a pulse under your fingers: move off it.',
      'You feel tingling or numbness in the inner thigh.',
      'The pain turns sharp, or you find a lump or bulge in the groin.',
      'The spot is over a swollen, twisted vein.',
    ],
  },
  stretch: {
    position: 'Lying on your back on the floor or a firm bed, with your knees bent and feet flat.',
    steps: [
      'Lie on your back with your knees bent and your feet flat.',
      'Bring the soles of your feet together.',
      'Let both knees fall slowly out to the sides.',
      'Stop where you feel a pull high on the inner thighs, and hold for 30 seconds.',
      'Press your knees up gently against gravity for 5 seconds, then relax and let them sink a little further.',
      'Bring the knees back together with your hands under them.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing: 'Breathe slowly; on each breath out, let the knees sink a little further.',
    feel: 'A gentle pull along the upper inner thighs, toward the groin.',
    avoid: [
      'Pushing the knees down with your hands.',
      'Bouncing.',
      'Going on if you feel pain in the hip joint or a sharp pain in the groin.',
    ],
  },
  selfCare: [
    'Put a warm pad on the inner thigh for 15 to 20 minutes before you press or stretch.',
    'Do not sit with your legs crossed; sit with both feet on the floor.',
    'On long drives or at a desk, get up and walk every 20 to 30 minutes.',
    'When you lie on your side, put a pillow between your knees.',
    'Warm up before sports with quick turns, kicks or side steps.',
  ],
  perpetuatingFactors: [
    'A sudden overload, such as catching yourself when a foot slips on ice.',
    'Sports with kicking, quick turns or side steps, such as football, skiing or horse riding.',
    'Sitting for a long time with the hips sharply bent, such as on a long drive.',
    'Sitting with the legs crossed.',
    'Arthritis of the hip joint.',
  ],
  precautions: [
    'The big artery and vein of the leg run just outside this muscle at the top of the thigh (femoral triangle). If you feel a pulse, move your fingers toward the inner side of the thigh, away from it.',
    'Do not press on a lump or bulge in the groin: it may be a hernia. Have a doctor check it.',
    'A sudden groin pain with a pop, bruising or weakness after a sports injury needs a doctor first: it may be a muscle tear.',
    'Do not press on swollen, twisted veins on the inner thigh (varicose veins).',
    'A hot, red or swollen calf or thigh may be a blood clot: never massage it, and see a doctor the same day.',
  ],
  redFlags: ['groin-lump', 'blood-clot'],
  sources: [
    {
      source: 'travell-simons-1992-v2',
      chapter: 'Chapter on the adductor longus, adductor brevis and adductor magnus muscles',
    },
    { source: 'davies-2013', chapter: 'Section on the adductor longus and adductor brevis' },
    { source: 'donnelly-2019', chapter: 'Chapter on the hip adductor muscles' },
  ],
};
