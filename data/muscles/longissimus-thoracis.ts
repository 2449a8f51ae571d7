import type { Muscle } from '../../src/domain/atlas.ts';

export const longissimusThoracis: Muscle = {
  id: 'longissimus-thoracis',
  name: 'Longissimus thoracis',
  aliases: ['longissimus dorsi', 'erector spinae', 'paraspinals', 'long back muscle'],
  group: 'low-back-pelvis-hip',
  anatomy: {
    origin:
      'The shared thick tendon of the long back muscles on the back of the sacrum, the top rim of the pelvis at the back, and the bony bumps (spinous processes) of the lumbar vertebrae.',
    insertion:
      'The side spurs (transverse processes) of all the thoracic and upper lumbar vertebrae, and the lower nine or ten ribs between their knobs and their bends at the back.',
    action:
      'Straightens the back and bends it to its own side; with both sides working it lowers the trunk under control as you lean forward and lifts it back up.',
    innervation: 'The back branches (dorsal rami) of the thoracic and lumbar spinal nerves.',
  },
  triggerPoints: [
    {
      id: 'longissimus-thoracis-t10-t11',
      name: 'Lower thoracic TrP (about T10 to T11)',
      location:
        'In the thick ridge of muscle right beside the spine, about two finger-widths out from the bony bumps, two or three finger-widths above the level where your lowest ribs meet the spine.',
      region: 'mid-back',
      placement: { from: 't7', to: 't12', t: 0.7, offset: [0.035, 0, 0], facing: 'back' },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'buttock' }],
        spillover: [],
      },
      symptoms: [
        'A deep ache low down in the buttock, a long way below the tender spot in the back.',
        'The back itself may hardly seem to hurt, so the buttock gets the blame.',
        'Getting up from a chair, climbing stairs or bending forward can make it worse.',
      ],
      complaints: [
        'buttock pain',
        'low back pain',
        'pain getting up from a chair',
        'pain climbing stairs',
      ],
    },
    {
      id: 'longissimus-thoracis-tp1',
      name: 'Upper lumbar TrP (about L1)',
      location:
        'In the thick ridge of muscle right beside the spine, about two finger-widths out from the bony bumps, just below the level of the lowest ribs.',
      region: 'low-back',
      placement: { from: 't12', to: 'l3', t: 0.3, offset: [0.035, 0, 0], facing: 'back' },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'buttock' }, { region: 'sacrum' }],
        spillover: [],
      },
      symptoms: [
        'A deep ache at the top of the buttock and over the bony area beside the top of the buttock crease (the sacroiliac joint).',
        'The pain is felt well below the tender spot in the back, so the back itself may hardly seem to hurt.',
        'Getting up from a chair, climbing stairs or bending forward can make it worse.',
      ],
      complaints: [
        'buttock pain',
        'sacroiliac pain',
        'low back pain',
        'pain getting up from a chair',
        'pain climbing stairs',
      ],
    },
  ],
  pressure: {
    position:
      'Lie on your back on a carpeted floor, knees bent and feet flat; or stand with your back to a wall.',
    tool: 'A tennis ball on the floor or against a wall.',
    direction:
      'Straight in on the ridge of muscle two finger-widths out from the spine, from a little above the level of the lowest ribs to just below it — never on the bony bumps in the middle.',
    steps: [
      'Lie on your back with your knees bent and your feet flat.',
      'Lift your hips a little and slide the ball under the sore side, on the ridge of muscle beside the spine, two or three finger-widths above the level of your lowest ribs.',
      'Lower your weight onto the ball and move a little up and down until you find a tender spot, or one that sends an ache down to the buttock.',
      'Let your weight sink into that spot until the ache is about 5 to 7 out of 10.',
      'Hold still and breathe slowly for 30 to 60 seconds.',
      'Roll off the ball onto your side and rest for 20 seconds.',
      'Repeat the hold twice more, then roll the ball down the same ridge to just below your lowest ribs and treat any tender spot there the same way.',
      'Check by bending forward and standing up again: the buttock and low back should feel a little easier.',
    ],
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'A strong, aching pressure that fades as you hold, with the ache in the buttock easing too. Not sharp, not burning, no tingling.',
    stopIf: [
      'The pain turns sharp or stabbing.',
      'You feel tingling or numbness in the buttock or down the leg.',
      'The ball slides onto the bony bumps of the spine.',
      'The pain is worse, not better, after two sessions.',
    ],
  },
  stretch: {
    position: 'Sitting on a firm chair, feet flat and a little wider than your hips.',
    steps: [
      'Sit near the front of the chair with your feet flat and apart.',
      'Let your head drop and slowly round your back, one part at a time, letting your arms hang down between your knees.',
      'Stop where you feel a gentle pull along the back beside the spine, down toward the low back.',
      'Hold for 30 seconds while you breathe slowly.',
      'Roll up slowly and sit tall.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing:
      'Breathe in slowly into the back of your ribs, then breathe out fully and let your upper body sink a little lower.',
    feel: 'An even, gentle pull along both sides of the spine from the lowest ribs to the top of the pelvis.',
    avoid: [
      'Bouncing or pulling yourself down with your arms.',
      'Sitting up quickly: roll up slowly so you do not feel dizzy.',
      'Going on if the pull turns into pain in the spine itself or down a leg.',
    ],
  },
  selfCare: [
    'A warm pack over the low back for 15 to 20 minutes before the pressure helps the muscle let go.',
    'Use a small cushion or rolled towel at the small of your back when you sit.',
    'Bend your knees and keep the load close when you lift; do not lift and twist at once.',
    'When you get up from a chair, slide to the front edge first and push up with your legs.',
    'Get up and move every 20 to 30 minutes when you sit.',
  ],
  perpetuatingFactors: [
    'Sudden overload, such as lifting while bent and twisted.',
    'Long spells bent forward, for example gardening, vacuuming or working over a low bench.',
    'Sitting a long time with no support for the low back.',
    'One leg a little shorter than the other, or one half of the pelvis smaller than the other.',
    'Chilling of the back when it is tired.',
  ],
  precautions: [
    'Get help the same day if back pain comes with numbness around the back passage or genitals, trouble passing or holding urine or stool, or weakness in a leg.',
    'Back pain with fever, weight loss you cannot explain, a history of cancer, or after a fall or accident needs a doctor before you treat it yourself.',
    'Flank pain with fever, burning when you pass urine or blood in the urine may come from the kidney: see a doctor before you press here.',
    'Keep the ball off the bony bumps down the middle of your back.',
    'If you have osteoporosis or a recent spine fracture, ask your doctor before you lie on a ball.',
  ],
  redFlags: [
    'kidney-infection-or-stone',
    'cauda-equina',
    'serious-back-pain',
    'back-pain-fever',
    'injury',
  ],
  sources: [
    {
      source: 'simons-travell-simons-1999-v1',
      chapter: 'Chapter 48, Thoracolumbar Paraspinal Muscles',
    },
    { source: 'davies-2013', chapter: 'Section on the superficial spinal muscles (longissimus)' },
    { source: 'donnelly-2019', chapter: 'Chapter on the thoracolumbar paraspinal muscles' },
  ],
};
