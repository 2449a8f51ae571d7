import type { Muscle } from '../../src/domain/atlas.ts';

export const shortLateralRotators: Muscle = {
  id: 'short-lateral-rotators',
  name: 'Gemelli, quadratus femoris and obturator externus',
  aliases: [
    'gemelli',
    'superior gemellus',
    'inferior gemellus',
    'gemellus superior',
    'gemellus inferior',
    'quadratus femoris',
    'obturator externus',
    'external obturator',
    'short lateral rotators',
    'short external rotators of the hip',
  ],
  group: 'low-back-pelvis-hip',
  anatomy: {
    origin:
      'The upper gemellus from the bony spine above the sit bone (ischial spine); the lower gemellus from the top of the sit bone (ischial tuberosity); the quadratus femoris from the outer edge of the sit bone; the obturator externus from the outer face of the membrane that closes the large hole in the hip bone and the bone around it.',
    insertion:
      'The gemelli join the tendon of the obturator internus and attach to the inner face of the bony point at the top of the thighbone (greater trochanter); the quadratus femoris attaches to the ridge on the back of the thighbone between its two bony points (intertrochanteric crest); the obturator externus attaches in the hollow behind the greater trochanter (trochanteric fossa).',
    action:
      'Turn the thigh outward and hold the head of the thighbone steady in its socket. The quadratus femoris and the obturator externus also help bring the thigh in toward the other leg.',
    innervation:
      'Upper gemellus: nerve to obturator internus (L5, S1, S2). Lower gemellus and quadratus femoris: nerve to quadratus femoris (L4, L5, S1). Obturator externus: obturator nerve (L3, L4).',
  },
  triggerPoints: [
    {
      id: 'short-lateral-rotators-tp',
      name: 'Short rotator TrPs (gemelli and quadratus femoris)',
      location:
        'In the lower buttock, on a line from the sit bone (ischial tuberosity) out to the back of the bony point at the side of the hip (greater trochanter), a little closer to the hip end. The obturator externus lies too deep, at the front of the hip, to reach yourself.',
      region: 'buttock',
      placement: {
        from: 'ischial-tuberosity',
        to: 'greater-trochanter',
        t: 0.6,
        offset: [0, -0.01, -0.07],
        facing: 'back',
      },
      depth: 'deep',
      depthNote:
        'They lie under the big buttock muscle (gluteus maximus), and the sciatic nerve crosses over them. Relax the buttock, press slowly, and keep toward the hip end of the line.',
      referral: {
        essential: [{ region: 'buttock' }],
        spillover: [{ region: 'thigh-back' }],
      },
      symptoms: [
        'A deep ache low in the buttock, behind the hip.',
        'The ache can spread down the back of the thigh, much like the ache from the piriformis.',
        'Sitting for a long time, and crossing your legs, can make it worse.',
      ],
      complaints: ['buttock pain', 'sciatica-like pain', 'pain sitting', 'hip pain'],
    },
  ],
  pressure: {
    position:
      'Lie on your back on the floor with your knees bent, or stand with your back to a wall.',
    tool: 'A tennis ball on the floor or against a wall. A softer ball is kinder here than a hard one.',
    direction:
      'Straight in through the relaxed lower buttock, toward the back of the hip joint, between the sit bone and the side of the hip.',
    steps: [
      'Lie on your back on the floor with both knees bent and your feet flat.',
      'Roll slightly toward the sore side and place the ball under the lower buttock, between the sit bone and the bony point at the side of the hip.',
      'Move the ball along that line, keeping nearer the hip end, until you find a tender spot. The sciatic nerve crosses the middle of this line: keep the ball near the hip end, and if your leg tingles, move it out toward the side of the hip.',
      'Let your weight settle onto the ball until the ache is about 4 to 6 out of 10.',
      'Hold still for 30 to 60 seconds while you breathe slowly and let the buttock go soft.',
      'Roll off the ball and rest for 20 seconds.',
      'Repeat the hold twice more.',
      'Check by letting the knee on the sore side fall gently inward: it should move a little further and more easily.',
    ],
    pressure: { min: 4, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'A deep, dull ache behind the hip that softens while you hold. Not sharp, not burning, no tingling.',
    stopIf: [
      'Pain shoots down the leg: the ball is on the sciatic nerve, so move it off at once, out toward the side of the hip.',
      'You feel tingling, pins and needles or numbness in the leg or foot.',
      'The pain turns sharp.',
    ],
  },
  stretch: {
    position: 'Lying on your front on the floor or a firm bed.',
    steps: [
      'Lie on your front with your legs straight and your forehead resting on your hands.',
      'Bend the knee on the sore side to a right angle, so the foot points up to the ceiling.',
      'Let the foot fall slowly out to the side, away from the other leg; this turns the thigh inward.',
      'Keep both hips resting on the floor.',
      'Stop where you feel a pull deep in the buttock behind the hip, and hold for 30 seconds.',
      'Bring the foot back up to the middle.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing: 'Breathe slowly; let the foot sink a little further as you breathe out.',
    feel: 'A gentle pull deep in the lower buttock, behind the hip.',
    avoid: [
      'Lifting the hip on the sore side off the floor.',
      'Pushing the foot down with the other leg.',
      'Any strain or pain on the inside of the knee.',
    ],
  },
  selfCare: [
    'Take the wallet out of your back pocket before you sit.',
    'Sit with both feet flat on the floor; do not sit with your legs crossed for long.',
    'Get up and move every 20 to 30 minutes when you sit.',
    'When you lie on your side, put a pillow between your knees.',
    'A warm bath or a heat pack on the buttock for 15 to 20 minutes can help it relax.',
  ],
  perpetuatingFactors: [
    'Sitting for long periods, especially with the legs crossed or on a hard seat.',
    'Sitting on a wallet in a back pocket.',
    'A sudden strain, such as catching yourself in a fall.',
  ],
  precautions: [
    'The sciatic nerve crosses over these muscles: if pain shoots down the leg or you feel tingling or numbness, move the ball off at once.',
    'Leg weakness, numbness that stays, or new trouble holding urine or stool needs a doctor first.',
    'After a hip replacement, ask your surgeon before you press behind the hip or turn the thigh inward in a stretch.',
  ],
  redFlags: ['cauda-equina'],
  sources: [
    {
      source: 'travell-simons-1992-v2',
      chapter: 'Chapter 10, Piriformis and Other Short Lateral Rotators',
    },
    {
      source: 'donnelly-2019',
      chapter: 'Chapter on the piriformis and the other deep hip rotators',
    },
  ],
};
