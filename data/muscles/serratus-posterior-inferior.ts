import type { Muscle } from '../../src/domain/atlas.ts';

export const serratusPosteriorInferior: Muscle = {
  id: 'serratus-posterior-inferior',
  name: 'Serratus posterior inferior',
  aliases: ['serratus posticus inferior', 'SPI', 'lower serratus posterior'],
  group: 'trunk',
  anatomy: {
    origin:
      'The bony bumps (spinous processes) of the lowest two thoracic and the top two or three lumbar vertebrae (T11 to L2 or L3), through the broad sheet of tendon over the low back (thoracolumbar fascia).',
    insertion:
      'The lower edges of the lowest four ribs (9th to 12th), just out from their bends at the back.',
    action:
      'Pulls the lowest ribs down and back; helps turn and straighten the lower part of the rib cage. Its part in breathing is uncertain.',
    innervation: 'Branches of the lower rib nerves (ventral rami, T9 to T12).',
  },
  triggerPoints: [
    {
      id: 'serratus-posterior-inferior-tp1',
      name: 'Serratus posterior inferior TrP',
      location:
        'On the lowest ribs at the back, about a hand’s width and a half out from the spine, just beyond the outer edge of the long back muscles, at the level of the 10th to 12th ribs.',
      region: 'mid-back',
      placement: { from: 't12', offset: [0.09, 0, 0.02], facing: 'back' },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'mid-back' }],
        spillover: [],
      },
      symptoms: [
        'A nagging, annoying ache over the lowest ribs at the back, around the tender spot itself.',
        'The ache can linger after other back pain has gone.',
        'Bending, turning or reaching can make it more noticeable, and breathing in deeply may not ease it.',
      ],
      complaints: [
        'mid back pain',
        'ache over the lower ribs at the back',
        'nagging back ache after other back pain has settled',
      ],
    },
  ],
  pressure: {
    position:
      'Stand with your back to a wall, or lie on your back on a carpeted floor with your knees bent and your feet flat.',
    tool: 'A tennis ball against a wall or on the floor.',
    direction:
      'Straight in toward the ribs, on the lowest ribs beyond the outer edge of the long back muscles — not on the loose tip of the lowest rib.',
    steps: [
      'Stand with your back to a wall and your feet a short step away from it.',
      'Place the ball between the wall and your back on the sore side, on the lowest ribs, about a hand’s width and a half out from the spine.',
      'Bend and straighten your knees slowly to roll the ball a little up, down and out until you find the sore spot.',
      'Lean into the ball until the ache is about 5 to 6 out of 10.',
      'Hold for 30 to 60 seconds while you breathe slowly.',
      'Step away from the wall and rest for 20 seconds.',
      'Repeat two more times.',
      'Check by turning your upper body gently each way: the ache over the lower ribs should be less.',
    ],
    pressure: { min: 5, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'A dull ache under the ball that slowly fades, and the lower ribs feeling freer when you turn. Not sharp, not burning.',
    stopIf: [
      'The pain turns sharp, or it hurts to breathe in.',
      'The ball sits on the loose tip of the lowest rib or on the bony spine.',
      'The pain is worse, not better, after two sessions.',
    ],
  },
  stretch: {
    position: 'Sitting on a firm chair, feet flat and a little wider than your hips.',
    steps: [
      'Sit tall near the front of the chair with your feet flat.',
      'Round your back forward a little, letting your arms hang.',
      'Turn your chest slowly away from the sore side, and reach the hand on the sore side across toward the opposite knee.',
      'Stop where you feel a gentle pull over the lowest ribs at the back on the sore side.',
      'Hold for 30 seconds while you breathe slowly into the back of your ribs.',
      'Come back to the middle and sit up slowly.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing:
      'Breathe in slowly into the back of your lower ribs, then breathe out fully and let the turn go a little further.',
    feel: 'A gentle pull over the lowest ribs at the back on the sore side.',
    avoid: [
      'Jerking into the turn.',
      'Holding your breath.',
      'Turning so far that the spine hurts.',
    ],
  },
  selfCare: [
    'A warm pack over the lower ribs at the back for 15 to 20 minutes before the pressure helps the muscle let go.',
    'When you lift, bend your knees, keep the load close and turn with your feet, not your back.',
    'Do not reach and twist at once, for example to lift something out of the back of a car.',
    'Keep your back warm when it is tired.',
  ],
  perpetuatingFactors: [
    'Lifting while bent forward and twisted at the same time.',
    'Reaching down and across, for example when making a bed or getting something off the floor.',
    'Long spells of working bent over.',
    'One leg a little shorter than the other, which tilts the lower rib cage.',
    'Trigger points in the long back muscles nearby (erector spinae), which often come with it.',
  ],
  precautions: [
    'Pain over the lowest ribs at the back with fever, burning when you pass urine or blood in the urine may come from the kidney: see a doctor before you press here.',
    'Sharp pain over a rib after a fall or a hard cough may be a cracked rib: have it checked before you press.',
    'Keep the ball off the loose tip of the lowest rib and off the bony spine.',
    'If you have osteoporosis, ask your doctor before you lean into a ball over the ribs; use a soft ball and lighter pressure.',
  ],
  redFlags: ['kidney-infection-or-stone', 'injury'],
  sources: [
    {
      source: 'simons-travell-simons-1999-v1',
      chapter: 'Chapter on the serratus posterior inferior muscle',
    },
    { source: 'davies-2013', chapter: 'Section on the serratus posterior inferior' },
  ],
};
