import type { Muscle } from '../../src/domain/atlas.ts';

export const vastusIntermedius: Muscle = {
  id: 'vastus-intermedius',
  name: 'Vastus intermedius',
  aliases: ['middle quad', 'quads', 'quadriceps'],
  group: 'thigh',
  anatomy: {
    origin: 'The front and outer side of the upper two-thirds of the shaft of the thighbone.',
    insertion:
      'The deep part of the quadriceps tendon at the top of the kneecap, and on by the kneecap tendon to the top of the shinbone.',
    action: 'Straightens the knee.',
    innervation: 'Femoral nerve (L2–L4).',
  },
  triggerPoints: [
    {
      id: 'vastus-intermedius-tp',
      name: 'TrPs',
      location:
        'Deep in the upper front of the thigh, a little below the top third, just to the outside of the middle. You cannot feel this muscle directly: press in along the outer edge of the middle front thigh muscle (rectus femoris), toward the bone.',
      region: 'thigh-front',
      placement: {
        from: 'hip-joint',
        to: 'patella',
        t: 0.4,
        offset: [0.02, 0, 0.04],
        facing: 'front',
      },
      depth: 'deep',
      depthNote:
        'It lies on the thighbone under the rectus femoris. Push that muscle slightly toward the inside and press down beside it, slowly and firmly, toward the bone.',
      referral: {
        essential: [{ region: 'thigh-front' }],
        spillover: [],
      },
      symptoms: [
        'An ache over the front of the thigh, strongest at mid-thigh, that can reach nearly to the knee.',
        'It comes when you move: walking, climbing stairs or getting up from a chair, rather than at rest.',
        'After sitting, the knee may be hard to straighten fully, and you may limp for the first few steps.',
      ],
      complaints: [
        'front of thigh pain',
        'stiff knee after sitting',
        'pain climbing stairs',
        'pain getting up from a chair',
        'limping',
      ],
    },
  ],
  pressure: {
    position:
      'Sit in a chair with the sore leg straight out in front of you, heel on the floor, or lie on your back with the leg straight.',
    tool: 'The fingertips of both hands held together, or a cane tool with a ball end.',
    direction:
      'Down from the front of the thigh toward the thighbone, beside the middle front muscle.',
    steps: [
      'Sit with the sore leg straight out and the thigh relaxed.',
      'Find the middle of the front of the thigh, a little above halfway between the hip and the knee.',
      'Lift the straight leg a little: the rectus femoris firms up in the middle. Let it relax again.',
      'Put your fingertips just outside the rectus femoris and ease it a little toward the inside.',
      'Press down slowly toward the bone until you find a tender spot, or an ache that spreads along the thigh.',
      'Press until the ache is about 5 to 7 out of 10.',
      'Hold still for 30 to 60 seconds and breathe slowly.',
      'Ease off and rest for 20 seconds.',
      'Repeat the hold twice more, a finger-width higher or lower each time.',
      'Check by standing up and walking a few steps: the knee should straighten more easily.',
    ],
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'A deep, dull ache in the front of the thigh that eases as you hold. Not sharp, not burning, no tingling.',
    stopIf: [
      'You feel tingling or numbness down the front of the thigh or the inner knee.',
      'You feel a pulse under your fingers: move off it.',
      'The pain turns sharp.',
    ],
  },
  stretch: {
    position:
      'Lying on your side on the good side, with your head on a pillow and the bottom knee bent for balance.',
    steps: [
      'Lie on the good side and bend the bottom knee for balance.',
      'Bend the top knee and take hold of the ankle with your top hand. If you cannot reach it, loop a towel around the ankle.',
      'Bring the heel slowly toward the buttock, keeping the top knee level with the hip.',
      'Stop where you feel a pull down the front of the thigh, and hold for 30 seconds.',
      'Let the foot go slowly and straighten the leg.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing:
      'Breathe slowly; on each breath out, let the heel come a little closer to the buttock.',
    feel: 'A gentle pull along the middle of the front of the thigh.',
    avoid: [
      'Arching the low back.',
      'Forcing the heel to the buttock, or going on if the knee joint hurts.',
    ],
  },
  selfCare: [
    'Put a warm pad on the front of the thigh for 15 to 20 minutes before you press or stretch.',
    'After sitting, straighten and bend the knee a few times before you stand up.',
    'Get up and walk every 20 to 30 minutes when you sit for long.',
    'Avoid long deep squats and kneeling while the thigh is sore.',
  ],
  perpetuatingFactors: [
    'Deep knee bends, squats and long periods of kneeling.',
    'A sudden overload, such as a stumble, a fall, or landing hard from a jump.',
    'Trigger points in the other quadriceps muscles, especially the vastus lateralis and rectus femoris.',
  ],
  precautions: [
    'Knee swelling, locking, or the knee giving way after an injury needs a doctor first.',
    'A hot, red or swollen calf or thigh may be a blood clot: never massage it, and see a doctor the same day.',
    'Thigh pain after a fall that makes it hard to stand needs a doctor first.',
  ],
  redFlags: ['blood-clot', 'injury', 'knee-injury'],
  sources: [
    {
      source: 'travell-simons-1992-v2',
      chapter: 'Chapter on the quadriceps femoris group',
    },
    { source: 'davies-2013', chapter: 'Section on the quadriceps' },
    { source: 'donnelly-2019', chapter: 'Chapter on the quadriceps femoris muscle group' },
  ],
};
