import type { Muscle } from '../../src/domain/atlas.ts';

export const thoracolumbarMultifidi: Muscle = {
  id: 'thoracolumbar-multifidi',
  name: 'Thoracolumbar multifidi and rotatores',
  aliases: [
    'multifidus',
    'lumbar multifidus',
    'rotatores',
    'rotators',
    'deep spinal muscles',
    'transversospinalis',
  ],
  group: 'low-back-pelvis-hip',
  anatomy: {
    origin:
      'The back of the sacrum, the back of the pelvis beside it, and the side spurs (transverse processes and mammillary processes) of the lumbar and thoracic vertebrae.',
    insertion:
      'The bony bumps down the middle of the back (spinous processes) one to four vertebrae higher; the short rotatores reach only one or two levels up.',
    action:
      'Hold each vertebra steady on the one below; straighten the back, and turn the trunk toward the other side.',
    innervation: 'The back branches (dorsal rami) of the spinal nerves at each level.',
  },
  triggerPoints: [
    {
      id: 'thoracolumbar-multifidi-lumbar',
      name: 'Lumbar multifidi TrP (L1 to L5)',
      location:
        'In the deep groove right beside the bony bumps of the low back, about a finger’s width out from them, anywhere from the lowest ribs down to the top of the pelvis.',
      region: 'low-back',
      placement: { from: 'l3', to: 's2', t: 0.3, offset: [0.02, 0, 0], facing: 'back' },
      depth: 'deep',
      depthNote:
        'It lies in the deepest layer, on the bone of the spine, under the thick long back muscles (erector spinae). Press in firmly beside the bony bump, angling slightly toward it, never on it.',
      referral: {
        essential: [{ region: 'low-back' }],
        // Now and then the pain shows at the front, on the belly at the level of the point.
        spillover: [{ region: 'upper-abdomen' }, { region: 'lower-abdomen' }],
      },
      symptoms: [
        'A deep, nagging ache close to the middle of the low back, around the bony bumps at about the level of the tender spot or a little below.',
        'The bony bump nearby is often sore to tap or press.',
        'Sometimes the ache is also felt at the front, in the belly.',
        'The back feels stiff, and getting up after sitting or bending is slow.',
      ],
      complaints: [
        'low back pain',
        'stiff low back',
        'pain getting up after sitting',
        'pain bending and straightening',
      ],
    },
    {
      id: 'thoracolumbar-multifidi-s1',
      name: 'S1 multifidi TrP',
      location:
        'At the top of the back of the sacrum, just beside the middle line, level with or a little above the two dimples at the top of the buttocks.',
      region: 'sacrum',
      placement: { from: 's2', offset: [0.015, 0.02, 0], facing: 'back' },
      depth: 'deep',
      depthNote:
        'It lies on the bone of the sacrum, under the tough sheet of tendon that covers it. Press in slowly beside the middle line, not on the bony ridge in the middle.',
      referral: {
        essential: [{ region: 'sacrum' }, { region: 'tailbone' }],
        spillover: [],
      },
      symptoms: [
        'An ache over the sacrum that runs down to the tailbone (coccyx).',
        'Sitting, especially on a hard seat, makes the tailbone sore even though nothing is wrong with it.',
      ],
      complaints: ['tailbone pain', 'pain sitting', 'sacral pain', 'low back pain'],
    },
  ],
  pressure: {
    position:
      'Lie on your back on a carpeted floor, knees bent and feet flat; or stand with your back to a wall.',
    tool: 'A tennis ball or a smaller, firmer ball (such as a lacrosse ball) on the floor or against a wall; your thumb also works.',
    direction:
      'Straight in, in the groove right beside the bony bumps of the spine, angled a little toward the middle — on the muscle, never on the bone.',
    steps: [
      'Lie on your back with your knees bent and your feet flat.',
      'Lift your hips a little and slide the ball under your back, in the groove right beside the bony bumps on the sore side.',
      'Lower your weight onto the ball and move a little up or down until you find a deep, tender spot.',
      'Let your weight sink into that spot until the ache is about 5 to 6 out of 10.',
      'Hold still and breathe slowly for 30 to 60 seconds.',
      'Roll off the ball onto your side and rest for 20 seconds.',
      'Repeat the hold twice more.',
      'For tailbone pain, lie with the ball at the top of the sacrum just beside the middle line, level with the dimples, and repeat the same steps.',
      'Check by bending forward and turning gently: the back should move a little more easily.',
    ],
    pressure: { min: 5, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'A deep, dull pressure that slowly melts while you hold, with the spine feeling looser. Not sharp, not burning, no tingling.',
    stopIf: [
      'You feel a sharp or bony pain: the ball is on the spine itself.',
      'Tingling, numbness or pain shoots into the buttock or down a leg.',
      'The pain is worse, not better, after two sessions.',
    ],
  },
  stretch: {
    position: 'Lying on your back on the floor or a firm bed.',
    steps: [
      'Lie on your back with your knees bent and your feet flat.',
      'Bring both knees up toward your chest and hold behind your thighs.',
      'Let your low back round gently into the floor and hold for 20 seconds.',
      'Keep your shoulders down and let both knees fall slowly to the side away from the sore side.',
      'Stop where you feel a gentle pull in the low back beside the spine, and hold for 30 seconds.',
      'Bring your knees back to the middle and lower your feet, one at a time.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing:
      'Breathe in slowly and let your belly rise; as you breathe out, let your back and knees sink a little further.',
    feel: 'A gentle, deep pull close to the spine in the low back.',
    avoid: [
      'Forcing the twist or pressing the knees down with your hand.',
      'Lifting your shoulders off the floor.',
      'Going on if the stretch sends pain or tingling down a leg.',
    ],
  },
  selfCare: [
    'A warm pack over the low back for 15 to 20 minutes before the pressure helps the muscle let go.',
    'Use a small cushion or rolled towel at the small of your back when you sit.',
    'Change position often: get up and move every 20 to 30 minutes.',
    'Sit on a cushion with a cut-out at the back, or shift your weight forward onto your thighs, if the tailbone is sore.',
    'Bend your knees and keep loads close when you lift; turn with your feet, not your back.',
  ],
  perpetuatingFactors: [
    'Long spells in one position, especially sitting slumped or bending forward.',
    'Sudden twisting while bent forward, or lifting and turning at once.',
    'Falls onto the buttocks or the tailbone.',
    'One leg a little shorter than the other, or one half of the pelvis smaller than the other.',
    'Stiff joints of the spine that keep the deep muscles guarding.',
  ],
  precautions: [
    'Get help the same day if back pain comes with numbness around the back passage or genitals, trouble passing or holding urine or stool, or weakness in a leg.',
    'Back pain with fever, weight loss you cannot explain, a history of cancer, or after a fall or accident needs a doctor before you treat it yourself.',
    'Tailbone pain after a fall, or with bleeding from the back passage, needs a doctor first.',
    'Press beside the bony bumps of the spine, never on them.',
    'If you have osteoporosis or a recent spine fracture, ask your doctor before you lie on a ball; this is close to the bone.',
  ],
  redFlags: ['cauda-equina', 'serious-back-pain', 'back-pain-fever', 'injury'],
  sources: [
    {
      source: 'simons-travell-simons-1999-v1',
      chapter: 'Chapter 48, Thoracolumbar Paraspinal Muscles',
    },
    {
      source: 'davies-2013',
      chapter: 'Section on the deep spinal muscles (multifidi and rotatores)',
    },
    { source: 'donnelly-2019', chapter: 'Chapter on the thoracolumbar paraspinal muscles' },
  ],
};
