import type { Muscle } from '../../src/domain/atlas.ts';

export const rectusFemoris: Muscle = {
  id: 'rectus-femoris',
  name: 'Rectus femoris',
  aliases: ['quads', 'quadriceps', 'rec fem'],
  group: 'thigh',
  anatomy: {
    origin:
      'Two tendons on the pelvis: one from the lower bony point at the front of the pelvis (AIIS), one from just above the hip socket.',
    insertion:
      'The top of the kneecap, through the shared quadriceps tendon, and on by the kneecap tendon to the bump at the top of the shinbone (tibial tuberosity).',
    action:
      'Straightens the knee and lifts the thigh forward. It is the only part of the quadriceps that crosses both the hip and the knee.',
    innervation: 'Femoral nerve (L2–L4).',
  },
  triggerPoints: [
    {
      id: 'rectus-femoris-tp',
      name: 'Proximal TrP',
      location:
        'High on the front of the thigh, close to the hip. Find the bony point at the front of the hip (ASIS), then move straight down about four finger-widths, onto the top of the front of the thigh. Lift the straight leg a little and the muscle firms up under your fingers.',
      region: 'thigh-front',
      placement: { from: 'asis', offset: [-0.012, -0.07, 0], facing: 'front' },
      depth: 'deep',
      depthNote:
        'Close to the hip, the muscle lies between and partly under the strap-like sartorius on the inside and the tensor fasciae latae on the outside. Press straight in, firmly and slowly. The big blood vessels lie further in, toward the groin: keep off any pulse.',
      referral: {
        essential: [{ region: 'knee-front' }],
        spillover: [{ region: 'thigh-front' }],
      },
      symptoms: [
        'An ache around and deep inside the kneecap.',
        'It can spread up the lower front of the thigh, just above the knee.',
        'The ache can wake you at night, and changing position does not ease it.',
        'The knee can feel weak, especially going down stairs.',
      ],
      complaints: [
        'kneecap pain',
        'front of knee pain',
        'knee pain at night',
        'weak knee on stairs',
        'pain walking downhill',
      ],
    },
  ],
  pressure: {
    position:
      'Lie on your back with the leg straight, or sit back in a chair with the leg relaxed.',
    tool: 'Your thumb, or the fingertips of both hands held together.',
    direction: 'Straight in from the front of the thigh, toward the thighbone.',
    steps: [
      'Lie on your back with the sore leg straight and relaxed.',
      'Find the bony point at the front of the hip.',
      'Move your fingers about four finger-widths straight down from it, onto the top of the front of the thigh.',
      'Feel for a pulse. If you feel one, move your fingers a little further out to the side.',
      'Press in slowly until you find a tender spot, or one that sends an ache to the knee.',
      'Press until the ache is about 5 to 7 out of 10.',
      'Hold still for 30 to 60 seconds and breathe slowly.',
      'Ease off and rest for 20 seconds.',
      'Repeat the hold twice more.',
      'Check by bending and straightening the knee a few times: the kneecap area should feel easier.',
    ],
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'A deep ache that may travel to the knee and then fades as you hold, and the front of the thigh softens. Not sharp, not burning, no tingling.',
    stopIf: [
      'You feel a pulse under your fingers: move off it.',
      'You feel tingling or numbness down the front of the thigh.',
      'The pain turns sharp.',
    ],
  },
  stretch: {
    position:
      'Standing side-on to a chair back or a counter, holding it with one hand for balance.',
    steps: [
      'Stand tall and hold the chair with the hand nearest it.',
      'Bend the knee of the sore leg and take hold of the ankle with your hand behind you. If you cannot reach it, loop a towel around the ankle.',
      'Bring the heel slowly toward the buttock, keeping the knees side by side.',
      'Tuck your tailbone under by tightening the buttocks, so the low back does not arch.',
      'Stop where you feel a pull down the front of the thigh and the hip, and hold for 30 seconds.',
      'Lower the foot slowly to the floor.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing:
      'Breathe slowly and evenly; on each breath out, let the thigh ease a little further back.',
    feel: 'A gentle pull along the front of the thigh, up into the front of the hip.',
    avoid: [
      'Arching the low back.',
      'Letting the knee swing forward or out to the side.',
      'Forcing the heel to the buttock, or going on if the knee joint hurts.',
    ],
  },
  selfCare: [
    'Put a warm pad on the front of the thigh for 15 to 20 minutes before you press or stretch.',
    'If the knee aches at night, try not to sleep with the hip bent up and the knee straight, which keeps this muscle short.',
    'Go down stairs and hills one step at a time while the knee is sore, holding the handrail.',
  ],
  perpetuatingFactors: [
    'Sitting for long with the hips sharply bent, such as in a low, deep seat.',
    'Going down stairs or hills, and deep knee bends or squats, which load the muscle while it lengthens.',
    'A sudden overload, such as a stumble or catching yourself on a step.',
    'Tight muscles at the back of the thigh (hamstrings).',
    'Trigger points in the other quadriceps muscles.',
  ],
  precautions: [
    'The big artery, vein and nerve of the leg lie near the inner edge of this spot, toward the groin (femoral triangle). If you feel a pulse, move your fingers further out to the side, away from it.',
    'Knee swelling, locking, or the knee giving way after an injury needs a doctor first.',
    'A hot, red or swollen calf or thigh may be a blood clot: never massage it, and see a doctor the same day.',
    'If you have had a knee or hip replacement, ask your surgeon before you stretch the knee fully bent.',
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
