import type { Muscle } from '../../src/domain/atlas.ts';

export const pectineus: Muscle = {
  id: 'pectineus',
  name: 'Pectineus',
  aliases: ['pectineal muscle'],
  group: 'thigh',
  anatomy: {
    origin:
      'A ridge along the top of the pubic bone at the front of the pelvis (pecten pubis), a little out from the middle.',
    insertion:
      'A line on the back of the thighbone just below its small inner bony point (lesser trochanter).',
    action: 'Brings the thigh in toward the other leg and helps bend the hip.',
    innervation: 'Femoral nerve (L2, L3); sometimes also a branch of the obturator nerve.',
  },
  triggerPoints: [
    {
      id: 'pectineus-tp',
      name: 'Pectineus TrP',
      location:
        'In the groin, just below the pubic bone, close against the outer side of the firm cord at the very top of the inner thigh. The cord is the tendon of the adductor longus: it stands out when you squeeze your knees together. Stay right beside the cord, well inside the groin crease, where the pulse of the big artery of the thigh beats.',
      region: 'groin',
      // Just outside the adductor longus tendon, which starts below the pubic tubercle: about
      // 2.5 cm inside the mid-inguinal point, where the femoral artery crosses the crease.
      placement: {
        from: 'pubic-tubercle',
        offset: [0.008, -0.02, -0.01],
        facing: 'front',
      },
      depth: 'deep',
      depthNote:
        'It lies under the skin and fat of the groin, in the floor of the hollow at the top of the thigh. The big artery and vein of the thigh run a little further out, in the groin crease: stay close beside the cord, away from them, and press slowly and gently.',
      referral: {
        essential: [{ region: 'groin' }],
        spillover: [{ region: 'thigh-inner' }],
      },
      symptoms: [
        'A deep, steady ache in the groin, just below the crease at the top of the thigh.',
        'The ache can spread over the upper front and inside of the thigh.',
        'Moving the thigh out to the side, as when you sit cross-legged, can hurt or feel blocked.',
      ],
      complaints: ['groin pain', 'hip pain', 'inner thigh pain', 'groin strain'],
    },
  ],
  pressure: {
    position:
      'Lie on your back with the knee on the sore side bent and let it fall out to the side, resting on a pillow, so the groin is relaxed.',
    tool: 'Your fingertips, the fingers of one hand held together. No balls or hard tools in the groin.',
    direction:
      'Straight in, close beside the cord and angled slightly toward it; never outward toward the groin crease, where the big artery and vein run.',
    steps: [
      'Lie on your back, bend the knee on the sore side and let it fall out to the side onto a pillow.',
      'Squeeze that knee gently inward against your other hand for a moment: a firm cord stands out at the very top of the inner thigh, just below the pubic bone (the adductor longus tendon). Then let the leg relax.',
      'Lay your fingertips just below the pubic bone, close against the outer side of that cord.',
      'Keep your fingers away from the groin crease further out, where the big artery and vein of the thigh run: check that you feel no pulse under them. If you do, move back in against the cord.',
      'Press in slowly and gently, angled a little toward the cord, until the ache is about 3 to 5 out of 10.',
      'Hold for 30 to 60 seconds, breathing slowly.',
      'Release slowly and rest for 30 seconds.',
      'Repeat the hold twice more.',
      'Check by letting the knee fall further out to the side: it should go a little further with less ache in the groin.',
    ],
    pressure: { min: 3, max: 5 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 30,
    releaseFeel:
      'A deep, dull ache in the groin that eases as you hold. Not sharp, no tingling, no pulse under the fingers.',
    stopIf: [
      'You feel a pulse under your fingers: move back in against the cord, away from it.',
      'The spot is over a swollen, twisted vein, or the leg is swollen, warm or sore.',
      'You feel tingling or numbness in the thigh.',
      'You feel a lump or a bulge under your fingers, or pressing gives a sharp pain.',
    ],
  },
  stretch: {
    position:
      'Standing with your feet wide apart, with a chair back or a wall in front of you for balance.',
    steps: [
      'Stand with your feet about twice shoulder-width apart, toes pointing forward, hands on the chair.',
      'Bend the knee on your good side and keep the sore leg straight.',
      'Shift your hips slowly toward the bent knee.',
      'Press the hip on the sore side gently forward, so the front of that hip opens.',
      'Stop where you feel a pull high in the groin and inner thigh on the straight leg, and hold for 30 seconds.',
      'Shift back to the middle and rest.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing: 'Breathe out slowly as you shift across; breathe normally while you hold.',
    feel: 'A gentle pull high in the groin and along the upper inner thigh.',
    avoid: [
      'Bouncing into the stretch.',
      'Letting the bent knee move past the toes.',
      'Holding through a sharp pain or a pinch in the hip joint.',
    ],
  },
  selfCare: [
    'Avoid sitting cross-legged, or with one leg tucked under you, for long periods.',
    'Get up and move every 20 to 30 minutes when you sit.',
    'When you lie on your side, put a pillow between your knees.',
    'A heat pack on the groin for 15 to 20 minutes can help the muscle relax.',
    'Pectineus trigger points often come with trigger points in the inner thigh and hip flexor muscles: check those too.',
  ],
  perpetuatingFactors: [
    'A sudden strain, such as tripping, slipping or falling with the leg pulled out to the side.',
    'Sitting cross-legged or with the hips sharply bent for long periods.',
    'Gripping hard with the thighs, as in horse riding.',
    'Stiffness or disease of the hip joint.',
  ],
  precautions: [
    'The big artery, vein and nerve of the thigh run just outside this spot, in the groin crease (femoral triangle): press only close beside the cord of the adductor longus, and if you feel a pulse under your fingers, move back in toward the cord. Never press on a pulse.',
    'Do not press over a groin hernia, a bulge that comes and goes, or swollen glands in the groin; have a doctor check any lump first.',
    'If you have had a blood clot in this leg, or have varicose veins at the top of the inner thigh, do not press here until a doctor agrees, and never press on a swollen, twisted vein.',
    'Groin pain after a fall, especially if you cannot put weight on the leg, needs a doctor first to rule out a broken hip.',
    'After a hip replacement, ask your surgeon before you press or stretch here.',
  ],
  redFlags: ['groin-lump', 'blood-clot', 'injury'],
  sources: [
    { source: 'travell-simons-1992-v2', chapter: 'Chapter on the pectineus muscle' },
    { source: 'davies-2013', chapter: 'Section on the pectineus' },
    { source: 'donnelly-2019', chapter: 'Chapter on the pectineus muscle' },
  ],
};
