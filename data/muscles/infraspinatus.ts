import type { Muscle } from '../../src/domain/atlas.ts';

export const infraspinatus: Muscle = {
  id: 'infraspinatus',
  name: 'Infraspinatus',
  aliases: ['infraspinatus muscle', 'rotator cuff (infraspinatus)'],
  group: 'shoulder-upper-back',
  anatomy: {
    origin:
      'The broad hollow on the back of the shoulder blade below its bony ridge (infraspinous fossa).',
    insertion:
      'The middle facet of the bump at the top outer side of the upper arm bone (greater tubercle of the humerus).',
    action:
      'Turns the upper arm outward, and as part of the rotator cuff holds the ball of the shoulder joint in its socket while the arm moves.',
    innervation: 'The suprascapular nerve (from C5 and C6).',
  },
  triggerPoints: [
    {
      id: 'infraspinatus-tp1',
      name: 'Upper TrPs (just below the spine of the scapula)',
      location:
        'On the back of your shoulder blade, in the flat muscle just below the bony ridge that runs across it (spine of the scapula). The spots usually lie one or two finger-widths below the ridge, in its middle and outer part.',
      region: 'shoulder-blade',
      placement: {
        from: 'scapula-spine-root',
        to: 'acromion',
        t: 0.35,
        offset: [0, -0.04, -0.035],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'shoulder-front' }],
        // The thumb side of the hand, and now and then the back of the neck (the manuals'
        // back-of-neck guide lists the infraspinatus).
        spillover: [
          { region: 'shoulder-side' },
          { region: 'upper-arm-front' },
          { region: 'forearm-front' },
          { region: 'thumb' },
          { region: 'neck-back' },
        ],
      },
      symptoms: [
        'A deep ache in the front of the shoulder that feels as if it is inside the joint.',
        'Pain can run down the front and outer side of the upper arm and along the thumb side of the forearm.',
        'Lying on the sore side presses on the spot, and lying on the other side pulls on it, so sleep is often broken.',
        'Reaching behind your back, into a back pocket or to fasten a bra is hard or painful.',
      ],
      complaints: [
        'front of shoulder pain',
        'pain at night lying on that side',
        "can't reach behind your back",
        'pain reaching up to brush your hair',
        'tired, weak arm when reaching',
      ],
    },
    {
      id: 'infraspinatus-tp2',
      name: 'Medial TrP (near the inner border)',
      location:
        'Lower down on the back of the shoulder blade, close to its inner edge, the edge nearest your spine, about a third of the way down from the bony ridge to the bottom tip.',
      region: 'shoulder-blade',
      placement: {
        from: 'scapula-spine-root',
        to: 'scapula-inferior-angle',
        t: 0.3,
        offset: [0.012, 0, -0.005],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'between-shoulder-blades' }],
        spillover: [],
      },
      symptoms: ['An ache along the inner edge of the shoulder blade, between it and the spine.'],
      complaints: ['pain between the shoulder blades', 'shoulder blade pain'],
    },
  ],
  pressure: {
    position:
      'Standing with your back to a wall. If you need firmer pressure, lie on your back on the floor instead.',
    tool: 'A tennis ball against a wall or on the floor.',
    direction: 'Straight in toward the flat of your shoulder blade as you lean back into the ball.',
    steps: [
      'Stand with your back to a wall and your feet a short step away from it.',
      'Place the ball between the wall and the back of your shoulder blade on the sore side, just below the bony ridge.',
      'Let the arm on that side hang loosely.',
      'Bend your knees and shift sideways to roll the ball slowly across the shoulder blade until you find a spot that aches or sends pain to the front of your shoulder.',
      'Lean into the ball until the ache is about 5 to 7 out of 10.',
      'Hold for 30 to 90 seconds while you breathe slowly.',
      'Step away from the wall and rest for 30 seconds.',
      'Repeat, then check lower down near the inner edge of the shoulder blade in the same way.',
      'Check by reaching your hand up behind your back: it should go higher or with less pain.',
    ],
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 90 },
    rounds: 3,
    restSeconds: 30,
    releaseFeel:
      'The ache under the ball, and the deep ache in the front of the shoulder, ease while you hold. Not sharp, not burning, no tingling.',
    stopIf: [
      'The pain turns sharp or burning.',
      'You feel tingling or numbness down the arm.',
      'The pain in the front of the shoulder gets worse instead of easing.',
    ],
  },
  stretch: {
    position: 'Standing or sitting tall.',
    steps: [
      'Lift the arm on the sore side to shoulder height in front of you.',
      'Bring it across your chest toward the other shoulder.',
      'Hold it with your other hand just above the elbow.',
      'Draw the arm gently closer to your chest, keeping the shoulder down and away from your ear.',
      'Hold for 30 seconds.',
      'Lower the arm slowly.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing:
      'Breathe slowly and let the shoulder soften a little more each time you breathe out.',
    feel: 'A gentle pull across the back of the shoulder and over the shoulder blade.',
    avoid: [
      'A pinching pain at the front of the shoulder: lower the arm a little.',
      'Hitching the shoulder up toward the ear.',
      'Jerking the arm across.',
    ],
  },
  selfCare: [
    'Lay a warm pack over the back of the shoulder blade for 15 to 20 minutes before the pressure or the stretch.',
    'Sleep on your back or on the other side with a pillow hugged in front of you, so the sore arm rests on it instead of falling across your chest.',
    'Keep your mouse and keyboard close, so your elbow stays near your side and the arm is not held out in front of you.',
    'Break up jobs that keep the arm reaching forward or overhead with short rests.',
    'Turn your body instead of reaching back with one arm, for example to the back seat of a car.',
  ],
  perpetuatingFactors: [
    'Reaching backward and up again and again, as to the back seat of a car.',
    'A sudden overload, such as catching yourself in a fall, serving in tennis or pulling a starter cord.',
    'Holding the arm forward without support for long spells, at a mouse or a steering wheel.',
    'Sleeping on the sore side or with the arm hanging across your chest.',
  ],
  precautions: [
    'Shoulder pain after a fall or injury, or a shoulder you cannot lift at all, needs a doctor to check it first.',
    'Shoulder or arm pain on either side (more often the left) that comes with chest pressure, breathlessness, sweating or feeling sick may be a heart problem: call emergency services; do not treat it.',
    'Pain down the arm with numbness, tingling or weakness needs a doctor to check it.',
    'Press on the flat of the shoulder blade and avoid leaning hard on the bony ridge.',
  ],
  redFlags: ['heart-attack', 'arm-hand-injury'],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter 22, Infraspinatus Muscle' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the infraspinatus muscle' },
    { source: 'davies-2013', chapter: 'Chapter 5, Shoulder, Upper Back, and Upper Arm Pain' },
  ],
};
