import type { Muscle } from '../../src/domain/atlas.ts';

export const deltoid: Muscle = {
  id: 'deltoid',
  name: 'Deltoid',
  aliases: ['deltoid muscle', 'delts', 'anterior deltoid', 'middle deltoid', 'posterior deltoid'],
  group: 'shoulder-upper-back',
  anatomy: {
    origin:
      'The outer third of the collarbone (front fibres), the bony tip of the shoulder (acromion, middle fibres) and the bony ridge across the shoulder blade (spine of the scapula, back fibres).',
    insertion:
      'The rough patch halfway down the outside of the upper arm bone (deltoid tuberosity of the humerus).',
    action:
      'Lifts the arm: the front fibres raise it forward and turn it inward, the middle fibres lift it out to the side, and the back fibres draw it backward and turn it outward.',
    innervation: 'The axillary nerve (from C5 and C6).',
  },
  triggerPoints: [
    {
      id: 'deltoid-anterior',
      name: 'Anterior deltoid TrPs',
      location:
        'On the front of your shoulder, in the rounded muscle just below the outer end of the collarbone, about two finger-widths down and a little in front of the shoulder joint. The spots often lie near its inner edge, by the groove that runs down to the chest muscle.',
      region: 'shoulder-front',
      placement: {
        from: 'shoulder-joint',
        offset: [0.01, -0.04, 0.05],
        facing: 'front',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'shoulder-front' }, { region: 'shoulder-side' }],
        spillover: [{ region: 'upper-arm-front' }],
      },
      symptoms: [
        'Pain in the front and outside of the shoulder, close to the spot itself.',
        'The pain comes mostly when you move the arm, and less at rest.',
        'Lifting the arm forward or out to shoulder height is weak and hurts.',
      ],
      complaints: [
        'front of shoulder pain',
        'pain lifting the arm forward',
        'weak arm when lifting',
        "can't lift the arm to shoulder height",
      ],
    },
    {
      id: 'deltoid-middle',
      name: 'Middle deltoid TrPs',
      location:
        'On the outside of your shoulder, in the thick middle part of the muscle, about a third of the way from the bony tip of the shoulder down to where the muscle narrows on the arm.',
      region: 'shoulder-side',
      placement: {
        from: 'acromion',
        to: 'deltoid-tuberosity',
        t: 0.35,
        offset: [0.028, 0, 0],
        facing: 'outside',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'shoulder-side' }],
        spillover: [{ region: 'shoulder-front' }, { region: 'shoulder-back' }],
      },
      symptoms: [
        'Pain on the outside of the shoulder, around the spot itself.',
        'Lifting the arm out to the side hurts and feels weak.',
      ],
      complaints: [
        'outer shoulder pain',
        'pain lifting the arm to the side',
        'weak arm when lifting',
      ],
    },
    {
      id: 'deltoid-posterior',
      name: 'Posterior deltoid TrPs',
      location:
        'On the back of your shoulder, in the rounded muscle just below the outer end of the bony ridge of the shoulder blade, behind the shoulder joint. The spots often lie near its back edge, toward the armpit.',
      region: 'shoulder-back',
      placement: {
        from: 'shoulder-joint',
        offset: [0.01, -0.04, -0.05],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'shoulder-back' }],
        spillover: [{ region: 'shoulder-side' }, { region: 'upper-arm-back' }],
      },
      symptoms: [
        'Pain at the back of the shoulder, close to the spot itself, sometimes spreading to the outside of the shoulder and down the back of the arm.',
        'Reaching back, as into a sleeve or to the back seat of a car, hurts.',
      ],
      complaints: ['back of shoulder pain', 'pain reaching behind you', 'pain putting on a coat'],
    },
  ],
  pressure: {
    position:
      'Sit upright in a chair with the forearm of the sore side resting on your thigh or a table. For the back of the shoulder, stand with your back to a wall instead.',
    tool: 'The thumb or fingers of your other hand; for the back of the shoulder, a tennis ball against a wall.',
    direction: 'Straight in toward the upper arm bone.',
    steps: [
      'Sit tall and let the sore arm rest so the shoulder muscle is soft.',
      'Reach across with your other hand and lay your fingers on the front of the sore shoulder, just below the collarbone.',
      'Press slowly in toward the bone and move a little at a time until you find a spot that aches.',
      'Press that spot until the ache is about 5 to 7 out of 10.',
      'Hold for 30 to 60 seconds while you breathe slowly.',
      'Let go slowly and rest for 30 seconds.',
      'Work the outside of the shoulder the same way, a third of the way down from the bony tip.',
      'For the back of the shoulder, stand with your back to a wall and place the ball between the wall and the back of the shoulder, below the bony ridge.',
      'Lean into the ball, find the sore spot, and hold it the same way.',
      'Check by lifting the arm forward, out to the side and back: it should move more easily.',
    ],
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 30,
    releaseFeel:
      'A firm, aching pressure that softens while you hold, with the ache in the shoulder fading. Not sharp, not burning, no tingling.',
    stopIf: [
      'The pain turns sharp or burning.',
      'You feel tingling or numbness down the arm.',
      'The pain gets worse instead of easing.',
    ],
  },
  stretch: {
    position: 'Standing tall, feet hip-width apart.',
    steps: [
      'For the back of the shoulder, lift the sore arm to shoulder height in front of you.',
      'Bring it across your chest and hold it just above the elbow with your other hand.',
      'Draw it gently closer to your chest and hold for 30 seconds.',
      'Lower the arm slowly.',
      'For the front of the shoulder, put both hands behind your back and hold the wrist of the sore arm with your other hand.',
      'Draw both hands gently down and away from your back, keeping your chest up, and hold for 30 seconds.',
      'Let go and relax your arms.',
      'Repeat the pair three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing:
      'Breathe slowly and let the shoulder soften a little more each time you breathe out.',
    feel: 'A gentle pull over the back of the shoulder in the first stretch and over the front in the second.',
    avoid: [
      'A pinching pain inside the shoulder joint: ease off.',
      'Hitching the shoulder up toward the ear.',
      'Leaning forward to get the hands further back.',
    ],
  },
  selfCare: [
    'Lay a warm pack over the shoulder for 15 to 20 minutes before the pressure or the stretch.',
    'Rest your forearms on armrests or the desk so the shoulders do not hold the arms up.',
    'Keep loads close to your body and break up work with the arm held out or overhead with short rests.',
    'Hold the steering wheel low rather than at the top.',
    'Protect the shoulder from knocks in sport, and use a recoil pad if you shoot.',
  ],
  perpetuatingFactors: [
    'A direct blow or fall onto the shoulder.',
    'Holding a weight or a power tool out at shoulder height for long spells.',
    'Lifting weights or overhead sports that overload the shoulder.',
    'The recoil of a rifle against the front of the shoulder.',
    'Injections into the muscle.',
    'Trigger points in the rotator cuff or the chest muscles, whose pain lands in the deltoid and sets up points there.',
  ],
  precautions: [
    'Shoulder pain after a fall, a blow or a dislocation needs a doctor to check it first.',
    'An arm you suddenly cannot lift, or a shoulder that looks out of shape, needs a doctor the same day.',
    'Shoulder or arm pain on either side (more often the left) that comes with chest pressure, breathlessness, sweating or feeling sick may be a heart problem: call emergency services; do not treat it.',
    'Pain down the arm with numbness, tingling or weakness needs a doctor to check it.',
    'Skip pressure over a recent injection site or a bruise.',
  ],
  redFlags: ['heart-attack', 'arm-hand-injury'],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter 28, Deltoid Muscle' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the deltoid muscle' },
    { source: 'davies-2013', chapter: 'Chapter 5, Shoulder, Upper Back, and Upper Arm Pain' },
  ],
};
