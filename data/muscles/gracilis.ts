import type { Muscle } from '../../src/domain/atlas.ts';

export const gracilis: Muscle = {
  id: 'gracilis',
  name: 'Gracilis',
  aliases: ['slender muscle of the thigh', 'inner thigh muscle', 'adductors'],
  group: 'thigh',
  anatomy: {
    origin: 'The lower edge of the pubic bone, close to the midline, and its lower branch.',
    insertion:
      'The upper inner shinbone just below the knee, in the shared tendon patch with the sartorius and semitendinosus (pes anserinus).',
    action:
      'Pulls the thigh in toward the other leg, helps bend the knee, and turns the lower leg inward when the knee is bent.',
    innervation: 'Obturator nerve (L2–L3).',
  },
  triggerPoints: [
    {
      id: 'gracilis-tp',
      name: 'Midthigh TrPs',
      location:
        'On the inner side of the thigh, near its middle. The gracilis is the long, thin strap that runs just under the skin along the inner edge of the thigh, from the pubic bone to just below the inner knee. Pinch or press along it to find a tender band.',
      region: 'thigh-inner',
      placement: {
        from: 'hip-joint',
        to: 'medial-femoral-epicondyle',
        t: 0.45,
        offset: [-0.05, 0, -0.01],
        facing: 'inside',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'thigh-inner' }],
        spillover: [],
      },
      symptoms: [
        'A hot, stinging pain close to the surface of the skin.',
        'It runs up and down the inside of the thigh.',
        'It can be there even at rest, and changing position may not ease it; walking about may help.',
      ],
      complaints: ['inner thigh pain', 'burning thigh pain', 'pain at rest'],
    },
  ],
  pressure: {
    position:
      'Sit with the sore leg out to the side and the knee bent, or lie on your back with the knee bent and dropped out to the side on a pillow.',
    tool: 'Your thumb and fingers, to grip the muscle between them, or your fingertips to press it.',
    direction:
      'Pinch across the strap from the inner side of the thigh, or press straight in toward the thighbone.',
    steps: [
      'Sit or lie with the knee bent and dropped out to the side.',
      'Place your fingers on the inner edge of the thigh, halfway between the groin and the knee.',
      'Pull the knee in gently against your other hand for a moment: the thin strap of the gracilis tightens under your fingers. Then relax.',
      'Pinch the strap lightly between your thumb and fingers, or press on it, and move along it until you find a tender band.',
      'Squeeze or press until the feeling is about 4 to 5 out of 10.',
      'Hold still for 30 to 45 seconds and breathe slowly.',
      'Let go and rest for 20 seconds.',
      'Repeat the hold twice more.',
      'Check by moving along the strap again: the tender spot should feel softer and less sore.',
    ],
    pressure: { min: 4, max: 5 },
    holdSeconds: { min: 30, max: 45 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'The stinging settles into a mild ache and then fades, and the strap softens. Not sharp, no tingling, no growing burn.',
    stopIf: [
      'The burning or stinging gets stronger instead of easing.',
      'You feel tingling or numbness in the inner thigh or knee.',
      'You feel a pulse under your fingers: move off it.',
      'The spot is over a swollen, twisted vein.',
    ],
  },
  stretch: {
    position: 'Standing, holding the back of a chair or a counter with both hands.',
    steps: [
      'Stand with your feet about twice shoulder-width apart, toes pointing forward.',
      'Keep the sore leg straight.',
      'Bend the other knee slowly and shift your weight toward that side.',
      'Stop where you feel a pull along the inside of the straight leg, and hold for 30 seconds.',
      'Straighten the bent knee and bring your weight back to the middle.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing: 'Breathe slowly; on each breath out, shift a little further to the side.',
    feel: 'A gentle pull along the whole inside of the straight leg, from the groin to the inner knee.',
    avoid: [
      'Letting the bent knee pass in front of the toes.',
      'Bouncing.',
      'Going on if you feel pain in the inner knee joint or the groin.',
    ],
  },
  selfCare: [
    'Put a warm pad on the inner thigh for 15 to 20 minutes before you press or stretch.',
    'Sit with both feet on the floor rather than with your legs crossed.',
    'Get up and walk every 20 to 30 minutes when you sit for long.',
    'Sleep on your side with a pillow between your knees.',
  ],
  perpetuatingFactors: [
    'Sports that squeeze the knees together or step sharply to the side, such as horse riding, skiing or football.',
    'Sitting for long with the legs crossed.',
  ],
  precautions: [
    'Do not press on swollen, twisted veins on the inner thigh (varicose veins).',
    'A hot, red or swollen calf or thigh may be a blood clot: never massage it, and see a doctor the same day.',
    'Inner knee pain with swelling, locking or the knee giving way after an injury needs a doctor first.',
    'A burning pain with numbness of the skin may come from a nerve, not a muscle: have it checked if it does not settle.',
  ],
  redFlags: ['blood-clot', 'knee-injury'],
  sources: [
    { source: 'travell-simons-1992-v2', chapter: 'Section on the gracilis muscle' },
    { source: 'davies-2013', chapter: 'Section on the gracilis' },
  ],
};
