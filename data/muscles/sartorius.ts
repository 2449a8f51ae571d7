import type { Muscle } from '../../src/domain/atlas.ts';

export const sartorius: Muscle = {
  id: 'sartorius',
  name: 'Sartorius',
  aliases: ["tailor's muscle"],
  group: 'thigh',
  anatomy: {
    origin: 'The bony point at the front of the pelvis (ASIS).',
    insertion:
      'The upper inner face of the shin bone (tibia), just below the knee, where it joins two other tendons (pes anserinus).',
    action:
      'Bends the hip and the knee, and turns the thigh outward and lifts it to the side, as when you sit cross-legged.',
    innervation: 'Femoral nerve (L2, L3).',
  },
  triggerPoints: [
    {
      id: 'sartorius-upper',
      name: 'Upper TrP',
      location:
        'At the top of the front of the thigh, a hand-width below the bony point at the front of the pelvis (ASIS), on the narrow strap of muscle that starts there and runs down and inward. Lift the bent knee out to the side and you feel the strap tighten.',
      region: 'thigh-front',
      placement: { from: 'asis', to: 'medial-femoral-epicondyle', t: 0.15, facing: 'front' },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'thigh-front' }],
        spillover: [],
      },
      symptoms: [
        'A sharp or tingling pain just under the skin at the front of the thigh, rather than a deep ache.',
        'The pain runs along the line of the muscle, above and below the tender spot.',
        'Some people also feel burning or numbness on the outside of the thigh when a skin nerve near the top of the muscle is squeezed.',
      ],
      complaints: ['thigh pain', 'tingling in the thigh', 'burning thigh'],
    },
    {
      id: 'sartorius-middle',
      name: 'Middle TrP',
      location:
        'Halfway down the thigh, where the strap of muscle crosses from the front toward the inside of the thigh.',
      region: 'thigh-front',
      placement: {
        from: 'asis',
        to: 'medial-femoral-epicondyle',
        t: 0.5,
        offset: [-0.02, 0, 0.02],
        facing: 'front',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'thigh-inner' }],
        spillover: [{ region: 'thigh-front' }],
      },
      symptoms: [
        'A sharp or tingling pain just under the skin along the front and inside of the thigh.',
        'The pain follows the line of the muscle rather than spreading widely.',
      ],
      complaints: ['thigh pain', 'inner thigh pain', 'tingling in the thigh'],
    },
    {
      id: 'sartorius-lower',
      name: 'Lower TrP',
      location:
        'On the inside of the thigh, a hand-width above the knee, where the strap of muscle runs down behind the inner bulge of the thigh muscle toward the inside of the knee.',
      region: 'thigh-inner',
      placement: {
        from: 'asis',
        to: 'medial-femoral-epicondyle',
        t: 0.82,
        offset: [-0.015, 0, 0],
        facing: 'inside',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'knee-inner' }],
        spillover: [{ region: 'thigh-inner' }],
      },
      symptoms: [
        'A sharp or tingling pain on the inside of the knee and the lower inner thigh.',
        'It is felt near the surface, not deep inside the knee joint.',
      ],
      complaints: ['inner knee pain', 'inner thigh pain', 'tingling in the thigh'],
    },
  ],
  pressure: {
    position:
      'Sit on a chair with the sore leg turned out and the knee bent, the foot resting on the floor, or lie on your back with a pillow under that knee.',
    tool: 'Your fingertips or thumb. The muscle lies just under the skin, so no ball or hard tool is needed.',
    direction: 'Straight in, gently, toward the thighbone, on the strap of muscle.',
    steps: [
      'Sit with the sore leg turned out and the knee bent, so the thigh muscles are slack.',
      'Find the bony point at the front of the pelvis, and trace the strap of muscle down and inward across the thigh toward the inside of the knee.',
      'Feel along it with your fingertips for a spot that is tender or sends a sharp, tingling pain along the thigh. Stay on the strap itself and press only gently: at the top of the thigh keep to its outer side, away from the hollow of the groin, and halfway down the thigh, where the big artery runs under it, move off any pulse.',
      'Press gently until the discomfort is about 3 to 5 out of 10.',
      'Hold for 30 to 60 seconds, breathing slowly.',
      'Release slowly and rest for 20 seconds.',
      'Repeat the hold twice more on each tender spot.',
      'Check by stroking lightly along the line of the muscle: the sharp, tingling feeling should be less.',
    ],
    pressure: { min: 3, max: 5 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'The sharp, prickly tenderness dulls and fades under your fingers. Not burning, and no numbness.',
    stopIf: [
      'You feel a pulse under your fingers: you are over the big artery of the thigh, so move away.',
      'You feel lasting numbness or burning on the front or outside of the thigh.',
      'The pain turns sharper with each round instead of easing.',
    ],
  },
  stretch: {
    position: 'Standing, with the back of a chair or a wall beside you for balance.',
    steps: [
      'Hold the chair or the wall with the hand on your good side.',
      'Step the good foot forward and keep the sore leg behind you, with the knee straight.',
      'Turn the back foot so the toes point slightly inward.',
      'Tuck your tailbone under so the front of the hip on the sore side opens.',
      'Shift your weight slowly onto the front foot, keeping your trunk upright.',
      'Stop where you feel a pull along the front and inside of the thigh on the sore side, and hold for 30 seconds.',
      'Step back to standing and rest.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing: 'Breathe out slowly as you shift forward; breathe normally while you hold.',
    feel: 'A gentle pull from the front of the hip down along the front and inside of the thigh.',
    avoid: [
      'Arching the low back or leaning back.',
      'Letting the front knee move past the toes.',
      'Twisting the back knee; turn the whole leg from the hip.',
    ],
  },
  selfCare: [
    'Avoid sitting cross-legged, or with one foot tucked under you, for long periods.',
    'When you lie on your side, put a pillow between your knees.',
    'Choose belts and waistbands that do not press into the front of the hip.',
    'Sartorius trigger points rarely come alone: check the front and inner thigh muscles too.',
  ],
  perpetuatingFactors: [
    'Sitting cross-legged or with one foot tucked under you for long periods.',
    'A sudden strain, such as a fall or a slip with the leg twisted out to the side.',
    'Trigger points in the neighbouring front and inner thigh muscles, which it works alongside.',
  ],
  precautions: [
    'At the top of the inner thigh the strap of muscle forms the outer edge of the hollow where the big artery, vein and nerve of the thigh run (femoral triangle): if you feel a pulse, move away, and never press on it.',
    'Halfway down the thigh the artery runs just under the muscle: press gently and move off any pulse.',
    'Burning, tingling or numbness on the outer thigh that stays, or leg weakness, needs a doctor first.',
  ],
  redFlags: ['leg-weakness'],
  sources: [
    { source: 'travell-simons-1992-v2', chapter: 'Chapter on the sartorius muscle' },
    { source: 'donnelly-2019', chapter: 'Chapter on the sartorius muscle' },
  ],
};
