import type { Muscle } from '../../src/domain/atlas.ts';

/** What a medial hamstring trigger point feels like; the semimembranosus shares it. */
export const medialHamstringSymptoms = [
  'An ache at the bottom of the buttock, along the crease under it (the gluteal fold), and in the top of the back of the thigh.',
  'The ache can run down the inner back of the thigh to the back of the knee, and now and then into the inner calf.',
  'Sitting can be painful, and you may start to limp when you walk.',
  'It can disturb your sleep.',
];

export const semitendinosus: Muscle = {
  id: 'semitendinosus',
  name: 'Semitendinosus',
  aliases: ['inner hamstring', 'medial hamstring', 'hamstrings', 'hammies'],
  group: 'thigh',
  anatomy: {
    origin:
      'The sitting bone (ischial tuberosity), sharing a tendon with the long head of the biceps femoris.',
    insertion:
      'The upper inner face of the shin bone (tibia), just below the inner side of the knee, through a long cord-like tendon (part of the pes anserinus).',
    action:
      'Bends the knee and, once the knee is bent, turns the lower leg inward. It also swings the thigh back at the hip and helps keep the trunk from tipping forward when you bend over.',
    innervation: 'Sciatic nerve, tibial part (L5, S1, S2).',
  },
  triggerPoints: [
    {
      id: 'semitendinosus-tp',
      name: 'Semitendinosus TrPs',
      location:
        'On the inner half of the back of the thigh, around its middle: halfway between the sitting bone and the inner side of the back of the knee, a little toward the inner edge of the thigh.',
      region: 'thigh-back',
      placement: {
        from: 'ischial-tuberosity',
        to: 'medial-femoral-epicondyle',
        t: 0.45,
        offset: [0, 0, -0.04],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'buttock' }, { region: 'thigh-back' }],
        spillover: [{ region: 'knee-back' }, { region: 'calf' }],
      },
      symptoms: medialHamstringSymptoms,
      complaints: [
        'pain at the bottom of the buttock',
        'back of thigh pain',
        'pain sitting',
        'limping',
        'sciatica-like pain',
      ],
    },
  ],
  pressure: {
    position:
      'Sitting on a firm, flat chair (a wooden kitchen chair or a bench), not a soft sofa, with the thigh resting on the seat.',
    tool: 'A tennis ball between the back of your thigh and the chair seat. A foam roller on the floor works too.',
    direction:
      'Straight up into the inner half of the back of the thigh as your leg settles onto the ball.',
    steps: [
      'Sit on a firm chair with both feet flat on the floor.',
      'Lift the sore thigh a little and place the ball under the inner half of the back of the thigh, about halfway between the buttock crease and the knee.',
      'Let the thigh rest on the ball.',
      'Roll the ball slowly up and down a few centimetres until you find a tender spot, often one that sends an ache up toward the buttock.',
      'Let the weight of your leg settle until the ache is about 5 to 7 out of 10. Press down on the thigh with your hands if you need more.',
      'Hold still for 30 to 60 seconds while you breathe slowly.',
      'Lift the thigh off the ball and rest for 20 seconds.',
      'Repeat the hold twice more, then try a spot a little higher or lower on the same line.',
      'Check by standing and bending forward gently: the back of the thigh and the buttock crease should feel easier.',
    ],
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'A deep, dull ache in the back of the thigh that softens while you hold, and the ache in the buttock crease fades. Not sharp, not burning, no tingling.',
    stopIf: [
      'Pain shoots down the leg or you feel tingling, pins and needles or numbness in the leg or foot: the ball is on the sciatic nerve, so move it toward the inner edge of the thigh or stop.',
      'The pain turns sharp or burning.',
      'You feel a pulse beating under the ball: move it away from there.',
    ],
  },
  stretch: {
    position: 'Lying on your back on the floor or a firm bed, with a towel, belt or strap.',
    steps: [
      'Lie on your back with both legs straight.',
      'Loop the towel around the ball of the foot on the sore side and hold one end in each hand.',
      'Keep the knee straight and slowly raise the leg with the help of the towel.',
      'Stop where you feel a pull in the back of the thigh.',
      'Let the raised leg drift a little out to the side, away from the other leg, to reach the inner hamstrings.',
      'Hold for 30 seconds.',
      'Lower the leg slowly to the floor.',
      'Repeat three times, raising the leg a little higher only if the pull has eased.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing:
      'Breathe in as you settle into the stretch, then breathe out slowly and let the back of the thigh let go.',
    feel: 'A steady, gentle pull along the back of the thigh, more on its inner side.',
    avoid: [
      'Forcing the knee straight if it hurts behind the knee.',
      'Any stretch that sends tingling or burning down the leg.',
      'Bouncing the leg or pulling it up quickly.',
      'Lifting the other leg or your lower back off the floor.',
    ],
  },
  selfCare: [
    'Choose a chair low enough that your feet rest flat on the floor, so the front edge of the seat does not press into the back of your thighs. Use a footstool if your feet dangle.',
    'Get up and move every 20 to 30 minutes when you sit.',
    'Lay a warm pack on the back of the thigh for 15 to 20 minutes before the pressure or the stretch.',
    'Warm up with easy walking before running or sports, and build up sprints and hill work slowly.',
    'If sitting hurts, a cushion that leaves a gap under the back of the thighs can take the pressure off.',
  ],
  perpetuatingFactors: [
    'Sitting for long periods, especially on a seat too high for your feet or with a hard front edge pressing on the thighs.',
    'Sports with sprinting, kicking and sudden stops, such as football.',
    'Sitting with the knees bent up for hours, as in some car seats or deep sofas.',
    'Weakness or trigger points in nearby muscles that push extra work onto the hamstrings.',
  ],
  precautions: [
    'The sciatic nerve runs down the middle of the back of the thigh: if you feel tingling, numbness or shooting pain, move the ball off at once.',
    'Keep all pressure out of the hollow at the back of the knee, where a large artery, vein and nerve run close under the skin.',
    'A sudden sharp pain in the back of the thigh during sport, with bruising or a dip you can feel, may be a torn hamstring: see a doctor or physiotherapist before you press or stretch it.',
    'Pain down the leg with numbness, weakness, or new trouble holding urine or stool needs a doctor first.',
    'A hot, swollen, tender calf may be a blood clot: do not massage it, and see a doctor now.',
  ],
  redFlags: ['cauda-equina', 'blood-clot'],
  sources: [
    { source: 'travell-simons-1992-v2', chapter: 'Chapter on the hamstring muscles' },
    { source: 'davies-2013', chapter: 'Section on the hamstrings' },
    { source: 'donnelly-2019', chapter: 'Chapter on the hamstring muscles' },
  ],
};
