import type { Muscle } from '../../src/domain/atlas.ts';

export const serratusPosteriorSuperior: Muscle = {
  id: 'serratus-posterior-superior',
  name: 'Serratus posterior superior',
  aliases: ['serratus posticus superior', 'SPS', 'upper serratus posterior'],
  group: 'shoulder-upper-back',
  anatomy: {
    origin:
      'The lower end of the ligament down the back of the neck and the spines of the lowest neck bone and the top two or three chest vertebrae (C7 to T2 or T3).',
    insertion:
      'The upper edges of the second to fifth ribs, just out from where they bend forward (their angles).',
    action: 'Lifts the upper ribs and so is thought to help you breathe in.',
    innervation: 'Branches of the upper rib nerves (intercostal nerves, T2 to T5).',
  },
  triggerPoints: [
    {
      id: 'serratus-posterior-superior-tp1',
      name: 'Serratus posterior superior TrP',
      location:
        'On your upper back, under the upper part of your shoulder blade, near its upper inner corner. When your arm hangs, the shoulder blade covers it. Cross your arms and hug yourself so the shoulder blade slides out toward your side: the spot then lies on the ribs, just inside the inner edge of the shoulder blade, a little below its upper corner.',
      region: 'shoulder-blade',
      placement: {
        from: 'scapula-superior-angle',
        to: 'scapula-spine-root',
        t: 0.5,
        offset: [0.01, 0, 0],
        facing: 'back',
      },
      depth: 'deep',
      depthNote:
        'It lies on the ribs under the trapezius and the rhomboids, and under the shoulder blade itself unless you move the blade out of the way by hugging yourself.',
      referral: {
        essential: [
          { region: 'shoulder-blade' },
          { region: 'shoulder-back' },
          { region: 'upper-arm-back' },
          { region: 'elbow-back' },
        ],
        spillover: [{ region: 'forearm-back' }, { region: 'hand-back' }, { region: 'fingers' }],
      },
      symptoms: [
        'A deep, steady ache under the upper part of the shoulder blade that you cannot reach to rub.',
        'The ache spreads over the back of the shoulder and down the back of the upper arm to the point of the elbow.',
        'Sometimes it runs on down the little-finger side of the forearm and hand into the little finger, which may also feel numb.',
        'The ache is there at rest and changing position does not ease it much.',
        'Lifting things with your arms held out in front of you, or lying on that side, makes it worse.',
      ],
      complaints: [
        'deep ache under the shoulder blade',
        'pain at the back of the shoulder',
        'elbow pain',
        'little finger pain or numbness',
        'pain lifting things in front of you',
      ],
    },
  ],
  pressure: {
    position:
      'Standing with your back to a wall, arms crossed so each hand holds the opposite shoulder. If you need firmer pressure, lie on your back on the floor in the same position.',
    tool: 'A tennis ball against a wall or the floor.',
    direction: 'Straight in toward the ribs, just inside the inner edge of the shoulder blade.',
    steps: [
      'Stand with your back to a wall and your feet a short step away from it.',
      'Cross your arms and hold the opposite shoulders, pulling your elbows forward so your shoulder blades slide out toward your sides.',
      'Place the ball between the wall and your back on the sore side, just below the level of the upper corner of the shoulder blade and a little inside its inner edge.',
      'Bend and straighten your knees slowly to roll the ball a little up, down and out until you find a deep spot that aches or sends pain toward the back of the shoulder or arm.',
      'Lean into the ball until the ache is about 5 to 7 out of 10.',
      'Hold for 30 to 90 seconds while you breathe slowly.',
      'Step away from the wall, let your arms go and rest for 30 seconds.',
      'Repeat two more times.',
      'Check by reaching forward with both arms: the deep ache under the shoulder blade should be less.',
    ],
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 90 },
    rounds: 3,
    restSeconds: 30,
    releaseFeel:
      'A deep ache under the ball that slowly softens, with the ache under the shoulder blade and down the arm easing. Not sharp, not burning.',
    stopIf: [
      'Tingling or numbness in the little finger or hand gets stronger while you press.',
      'The pain turns sharp, or it hurts to breathe in.',
      'You feel short of breath, dizzy or faint.',
    ],
  },
  stretch: {
    position:
      'Sitting on a firm chair. There is no practical way to stretch this muscle on its own; instead, move the shoulder blade away from it and let the upper ribs settle with slow breathing out.',
    steps: [
      'Cross your arms and hold the opposite shoulders, as if hugging yourself.',
      'Pull your elbows forward and round your upper back a little, so your shoulder blades slide apart.',
      'Put one hand on your belly and breathe in slowly through your nose, letting your belly rise while your upper chest stays still.',
      'Breathe out slowly and fully through your mouth, letting your upper ribs sink.',
      'Keep breathing this way for about 30 seconds.',
      'Let your arms go and sit up slowly.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing:
      'Breathe low into your belly, not high in your chest; make each breath out a little longer than the breath in.',
    feel: 'A gentle spreading across the upper back and a sense of the upper ribs settling down.',
    avoid: [
      'Heaving your upper chest and shoulders up as you breathe in.',
      'Holding your breath.',
      'Carrying on if you feel dizzy or tingly: breathe more gently.',
    ],
  },
  selfCare: [
    'Lay a warm pack over the upper part of your shoulder blade for 15 to 20 minutes before the pressure.',
    'Practise slow belly breathing several times a day, so your upper chest muscles are not doing all the work of breathing.',
    'Sit upright with your back supported; slumping squeezes the belly and pushes you to breathe with your upper chest.',
    'Keep your work close to you, so you do not hold things out in front of you for long spells.',
    'Sleep on your back or on the other side, with a pillow hugged in front of you.',
  ],
  perpetuatingFactors: [
    'Breathing high in the chest, for example with a long-lasting cough, asthma, or during stress.',
    'Slumped sitting that squeezes the belly.',
    'Lifting or holding things with your arms out in front of you, as when putting dishes on a high shelf.',
    'Sitting at a desk or keyboard that is too high, so your shoulders are held forward and up.',
    'A curved upper back or a side curve of the spine (scoliosis).',
  ],
  precautions: [
    'Pain down the inside of the arm into the little finger with numbness, tingling or weakness may come from a nerve in the neck or at the elbow: have a doctor check it before you treat it as muscle pain.',
    'Shoulder blade or arm pain on either side (more often the left) with chest pressure, breathlessness, sweating or feeling sick may come from the heart: call emergency services; do not treat it.',
    'Sudden sharp pain under the shoulder blade with shortness of breath, or with coughing up blood, needs urgent medical help.',
    'Use a soft ball and keep off the bony bumps of the spine.',
  ],
  redFlags: ['heart-attack', 'pulmonary-embolism'],
  sources: [
    {
      source: 'simons-travell-simons-1999-v1',
      chapter: 'Chapter on the serratus posterior superior muscle',
    },
    {
      source: 'travell-simons-1983-v1',
      chapter: 'Chapter on the serratus posterior superior muscle',
    },
    { source: 'davies-2013', chapter: 'Chapter 5, Shoulder, Upper Back, and Upper Arm Pain' },
  ],
};
