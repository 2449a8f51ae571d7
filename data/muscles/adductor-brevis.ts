import type { Muscle } from '../../src/domain/atlas.ts';

export const adductorBrevis: Muscle = {
  id: 'adductor-brevis',
  name: 'Adductor brevis',
  aliases: ['short adductor', 'groin muscle', 'adductors'],
  group: 'thigh',
  anatomy: {
    origin:
      'The front of the pubic bone and its lower branch, below and behind the start of the adductor longus.',
    insertion:
      'The upper third of the back of the thighbone, on the line that runs from the small bony knob at the top of the inner thigh (lesser trochanter) down to the rough line (linea aspera).',
    action:
      'Pulls the thigh in toward the other leg and helps lift it forward. With the other adductors, it steadies the hip as you walk.',
    innervation: 'Obturator nerve (L2–L4).',
  },
  triggerPoints: [
    {
      id: 'adductor-brevis-tp',
      name: 'Proximal TrPs',
      location:
        'High on the inner thigh, a few finger-widths below the pubic bone, underneath the firm cord of the adductor longus. Sit with the knee bent and dropped out to the side, find that cord, then sink your fingers in beside and under it.',
      region: 'thigh-inner',
      placement: {
        from: 'pubic-symphysis',
        offset: [0.025, -0.06, -0.03],
        facing: 'inside',
      },
      depth: 'deep',
      depthNote:
        'It lies under the adductor longus and the pectineus, close to the thighbone. Press slowly through the adductor longus, or just beside it, toward the bone. The big blood vessels of the thigh lie just to the front and outside: keep away from any pulse.',
      referral: {
        essential: [{ region: 'groin' }, { region: 'thigh-inner' }, { region: 'knee-inner' }],
        // Up into the front of the hip and upper thigh, and down over the front of the shin.
        spillover: [{ region: 'thigh-front' }, { region: 'shin' }],
      },
      symptoms: [
        'A deep ache in the groin and the upper inner thigh.',
        'An ache above the inner knee that can run down the front of the shin.',
        'It is worse when you stand, walk or twist the hip suddenly.',
        'Its pattern is the same as that of the adductor longus; the two are often sore together.',
      ],
      complaints: ['groin pain', 'inner thigh pain', 'inner knee pain', 'stiff hip'],
    },
  ],
  pressure: {
    position:
      'Lie on your back with the knee on the sore side bent and dropped out to the side, resting on a pillow so the inner thigh is slack.',
    tool: 'Your fingertips, the fingers of one hand held together, with the other hand on top to add weight.',
    direction: 'In from the inner side of the thigh and slightly back, toward the thighbone.',
    steps: [
      'Lie on your back with the knee bent and resting out to the side on a pillow.',
      'Put your fingertips on the inner thigh, three to four finger-widths below the pubic bone.',
      'Find the firm cord of the adductor longus, then move your fingers just behind it.',
      'Feel for a pulse. If you feel one, move your fingers further toward the inner side of the thigh.',
      'Sink your fingers in slowly as you breathe out, until you find a tender spot or an ache toward the groin or knee.',
      'Press until the ache is about 4 to 6 out of 10.',
      'Hold still for 30 to 60 seconds, breathing slowly.',
      'Lift your fingers out slowly and rest for 20 seconds.',
      'Repeat the hold twice more.',
      'Check by letting the knee fall out to the side: it should go further with less pull.',
    ],
    pressure: { min: 4, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'A deep ache that spreads toward the groin or knee and then eases as you hold. Not sharp, not burning, no tingling.',
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
      'Press the knees up gently against gravity for 5 seconds, then relax and let them sink a little further.',
      'Bring the knees back together with your hands under them.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing: 'Breathe slowly; on each breath out, let the knees sink a little further.',
    feel: 'A gentle pull high on the inner thighs, near the groin.',
    avoid: [
      'Pushing the knees down with your hands.',
      'Bouncing.',
      'Going on if you feel pain in the hip joint or a sharp pain in the groin.',
    ],
  },
  selfCare: [
    'Put a warm pad on the upper inner thigh for 15 to 20 minutes before you press or stretch.',
    'Sit with both feet on the floor rather than with your legs crossed.',
    'Get up and walk every 20 to 30 minutes when you sit or drive for long.',
    'Sleep on your side with a pillow between your knees.',
    'Warm up before sports with quick turns, kicks or side steps.',
  ],
  perpetuatingFactors: [
    'A sudden overload, such as catching yourself when a foot slips.',
    'Sports with kicking, quick turns or side steps, such as football, skiing or horse riding.',
    'Sitting for a long time with the hips sharply bent, or with the legs crossed.',
    'Arthritis of the hip joint.',
  ],
  precautions: [
    'The big artery and vein of the leg run at the front of the top of the thigh (femoral triangle), just outside this muscle. If you feel a pulse, move your fingers toward the inner side of the thigh, away from it.',
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
