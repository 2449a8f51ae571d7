import type { Muscle } from '../../src/domain/atlas.ts';

export const adductorMagnus: Muscle = {
  id: 'adductor-magnus',
  name: 'Adductor magnus',
  aliases: ['great adductor', 'large adductor', 'adductors'],
  group: 'thigh',
  anatomy: {
    origin:
      'The lower branch of the pubic bone, the branch of the sitting bone, and the underside of the sitting bone itself (ischial tuberosity).',
    insertion:
      'Along the whole back of the thighbone, from just below the hip down the rough line (linea aspera), and by a tendon onto the small bony bump above the inner knee (adductor tubercle).',
    action:
      'Pulls the thigh in toward the other leg with great force. Its back part, which runs down from the sitting bone, also helps straighten the hip like a hamstring.',
    innervation:
      'Obturator nerve (L2–L4) for the front part; the tibial part of the sciatic nerve (L4) for the back, hamstring-like part.',
  },
  triggerPoints: [
    {
      id: 'adductor-magnus-tp1',
      name: 'TrP1',
      location:
        'On the inner thigh, about halfway between the groin and the knee, toward the back of the inner side. Lie with the knee bent and dropped out to the side; the spot lies in the thick muscle just behind the middle of the inner thigh.',
      region: 'thigh-inner',
      placement: {
        from: 'hip-joint',
        to: 'medial-femoral-epicondyle',
        t: 0.5,
        offset: [-0.045, 0, -0.01],
        facing: 'inside',
      },
      depth: 'deep',
      depthNote:
        'It lies under the thin gracilis and sometimes the edge of the adductor longus, toward the thighbone. Press slowly and firmly in from the inner side. The big blood vessels run down the front of the inner thigh here: keep toward the back and away from any pulse.',
      referral: {
        essential: [{ region: 'groin' }, { region: 'thigh-inner' }],
        // The band runs down the front-inner (anteromedial) thigh.
        spillover: [{ region: 'thigh-front' }],
      },
      symptoms: [
        'An ache in the groin, just below the crease.',
        'The ache runs down the front and inside of the thigh, nearly to the knee.',
      ],
      complaints: ['groin pain', 'inner thigh pain', 'pulled groin'],
    },
    {
      id: 'adductor-magnus-tp2',
      name: 'TrP2',
      location:
        'High on the inner thigh, toward the back, just below the sitting bone (ischial tuberosity) on its inner side. Lie on your back with the knee bent and dropped out to the side, and reach along the inner thigh to just below the buttock crease.',
      region: 'thigh-inner',
      placement: {
        from: 'ischial-tuberosity',
        offset: [-0.03, -0.06, 0.03],
        facing: 'inside',
      },
      depth: 'deep',
      depthNote:
        'It lies in the thick upper part of the muscle near the sitting bone, under the skin and fat of the inner thigh. Press slowly in and slightly back toward the sitting bone.',
      referral: {
        // The manuals show this pattern deep inside the pelvis. The region map has no region for
        // the inside of the pelvis; the lower belly, which runs down to the pubic bone, is the
        // nearest region a person can click.
        // The rectum, the other place the manuals name, is nearest the tailbone.
        essential: [{ region: 'lower-abdomen' }],
        spillover: [{ region: 'tailbone' }],
      },
      symptoms: [
        'Pain deep inside the pelvis, not on the skin. It may be felt at the pubic bone, in the vagina or in the rectum, and sometimes toward the bladder.',
        'It can be a sudden, sharp burst of pain inside the pelvis.',
        'The body map has no spot for the inside of the pelvis: if that is where it hurts, choose the lower belly.',
      ],
      complaints: ['pelvic pain', 'pain inside the pelvis', 'rectal pain', 'pubic bone pain'],
    },
  ],
  pressure: {
    position:
      'Lie on your back with the knee on the sore side bent and dropped out to the side, resting on a pillow, so the inner thigh is slack.',
    tool: 'Your fingertips, the fingers of one hand held together, with the other hand on top to add weight.',
    direction:
      'Straight in from the inner side of the thigh, toward the thighbone; near the sitting bone, in and slightly back.',
    steps: [
      'Lie on your back with the knee bent and resting out to the side on a pillow.',
      'Put your fingertips on the inner thigh, halfway between the groin and the knee, just behind the middle of the inner side.',
      'Feel for a pulse. If you feel one, move your fingers further back.',
      'Sink your fingers in slowly as you breathe out, until you find a tender spot or an ache toward the groin.',
      'Press until the ache is about 5 to 6 out of 10.',
      'Hold still for 30 to 60 seconds, breathing slowly.',
      'Lift your fingers out slowly and rest for 20 seconds.',
      'Repeat the hold twice more.',
      'For the upper point, slide your fingers up the back of the inner thigh to just below the sitting bone; find, hold and rest the same way, a little more gently.',
      'Check by letting the knee fall out to the side: it should go further with less pull.',
    ],
    pressure: { min: 4, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'A deep ache that spreads toward the groin or into the pelvis and then eases as you hold. Not sharp, not burning, no tingling.',
    stopIf: [
      'You feel a pulse under your fingers: move off it.',
      'You feel tingling or numbness in the thigh or between the legs.',
      'The pain turns sharp.',
      'The spot is over a swollen, twisted vein.',
    ],
  },
  stretch: {
    position:
      'Lying on your back close to a wall, with your buttocks near the wall and your legs straight up it.',
    steps: [
      'Lie on your back and rest both legs straight up the wall, heels touching it.',
      'Let your legs slide slowly apart down the wall, keeping the knees straight but not locked.',
      'Stop where you feel a pull along the inner thighs, and hold for 30 seconds.',
      'Press your heels gently toward each other against gravity for 5 seconds, then relax and let them slide a little further apart.',
      'Bring your legs back together with your hands behind the knees.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing: 'Breathe slowly; on each breath out, let the legs slide a little further apart.',
    feel: 'A gentle pull along the inner thighs, from the groin toward the knees.',
    avoid: [
      'Forcing the legs apart with your hands.',
      'Bouncing.',
      'Going on if you feel pain in the hip joint or the knee.',
      'Staying long with the legs up if you have circulation problems in the legs.',
    ],
  },
  selfCare: [
    'Put a warm pad on the inner thigh for 15 to 20 minutes before you press or stretch.',
    'Sleep on your side with a pillow between your knees.',
    'Get up and walk every 20 to 30 minutes when you sit for long.',
    'Warm up before skiing, skating, riding or climbing.',
  ],
  perpetuatingFactors: [
    'A sudden overload, such as catching yourself when a foot slips on ice.',
    'Skiing, horse riding, or any sport that squeezes the knees together hard.',
    'Sitting for long with the hips sharply bent.',
    'Arthritis of the hip joint.',
  ],
  precautions: [
    'The big artery and vein of the leg run down the front of the inner thigh. If you feel a pulse, move your fingers toward the back of the thigh, away from it.',
    'Pain inside the pelvis with bleeding, fever, pain passing urine or stool, or a change in your periods needs a doctor first: it may not come from a muscle.',
    'Do not press on swollen, twisted veins on the inner thigh (varicose veins).',
    'A hot, red or swollen calf or thigh may be a blood clot: never massage it, and see a doctor the same day.',
  ],
  redFlags: ['blood-clot'],
  sources: [
    {
      source: 'travell-simons-1992-v2',
      chapter: 'Chapter on the adductor longus, adductor brevis and adductor magnus muscles',
    },
    { source: 'davies-2013', chapter: 'Section on the adductor magnus' },
    { source: 'donnelly-2019', chapter: 'Chapter on the hip adductor muscles' },
  ],
};
