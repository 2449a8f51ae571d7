import type { Muscle } from '../../src/domain/atlas.ts';

export const levatorAni: Muscle = {
  id: 'levator-ani',
  name: 'Levator ani',
  aliases: [
    'pelvic floor',
    'pubococcygeus',
    'iliococcygeus',
    'puborectalis',
    'PC muscle',
    'pelvic diaphragm',
  ],
  group: 'low-back-pelvis-hip',
  anatomy: {
    origin:
      'A line round the inside of the pelvis: the back of the pubic bone, a thickened band on the inner side wall of the pelvis (the tendinous arch over the obturator internus) and the spine of the sitting bone (ischial spine).',
    insertion:
      'The tailbone (coccyx), the tough band of tissue between the back passage and the tailbone (anococcygeal body), the walls of the rectum and of the vagina or prostate, and the centre of the area between the legs (perineal body).',
    action:
      'Forms most of the floor of the pelvis: holds up the bladder, womb and bowel, tightens round the back passage and the vagina to help keep you continent, and lifts the pelvic floor when you cough, sneeze or lift.',
    innervation:
      'Branches of the 3rd and 4th sacral nerves (S3–S4), including the nerve to levator ani, with help from the inferior rectal branch of the pudendal nerve.',
  },
  triggerPoints: [
    {
      id: 'levator-ani-tp',
      name: 'Levator ani TrPs',
      location:
        'Inside the pelvis, in the muscular floor around the back passage. From outside you can reach only its back part: in the soft hollow just beside and below the tip of the tailbone, between the tailbone and the sitting bone, pressing up and in.',
      region: 'tailbone',
      placement: { from: 'coccyx', offset: [0.018, -0.01, 0], facing: 'back' },
      depth: 'deep',
      depthNote:
        'It lies above the fat of the hollow beside the back passage, under the lower edge of the big buttock muscle. From outside you press up and in through that soft tissue beside the tip of the tailbone; the muscle is fully reached only from inside, by a trained professional.',
      referral: {
        essential: [{ region: 'tailbone' }],
        spillover: [{ region: 'sacrum' }],
      },
      symptoms: [
        'A deep ache in and around the tailbone, often with an ache in the back passage.',
        'Pain may also be felt in the vagina or in the area between the legs (perineum); the body map has no region for these.',
        'Sitting makes it worse, most of all slumped or on a hard seat.',
        'Bowel movements can be painful, and there can be a feeling of pressure or fullness in the back passage.',
      ],
      complaints: [
        'tailbone pain (coccydynia)',
        'pain sitting',
        'pain in the back passage',
        'painful bowel movements',
        'pain during sex',
      ],
    },
  ],
  pressure: {
    position: 'Sitting on a firm chair or stool, upright, with both feet flat on the floor.',
    tool: 'A soft rubber or foam ball about the size of a tennis ball. Not a hard ball. Outside the body only.',
    direction:
      'Up and a little in, through the soft tissue beside the tip of the tailbone, toward the front of the tailbone; never onto the bone itself.',
    steps: [
      'Sit upright on a firm chair with your feet flat.',
      'Lift one buttock and place the ball under it, just beside the tip of the tailbone, between the tailbone and the sitting bone.',
      'Lower yourself slowly, shifting a little until the ball rests in the soft hollow beside the tailbone, not on any bone.',
      'Let your weight settle onto the ball until the ache is about 3 to 5 out of 10; lean toward the other side to ease it.',
      'Hold for 30 to 60 seconds, breathing slowly into your belly and letting your bottom soften each time you breathe in.',
      'Take your weight off the ball with your hands on the chair.',
      'Rest for 20 seconds, then repeat twice more.',
      'Move the ball a little higher beside the tailbone and repeat, then do the other side if it is sore too.',
      'Check by sitting normally on the chair: sitting should feel a little easier.',
    ],
    pressure: { min: 3, max: 5 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'A deep, dull ache near the tailbone that softens while you hold, and a sense of the bottom letting go. Not sharp, not burning, no tingling.',
    stopIf: [
      'The pain turns sharp or burning.',
      'You feel tingling or numbness in the buttock, the genitals, the area between the legs or down the leg.',
      'The ball presses on the tailbone or the sitting bone itself.',
      'You notice bleeding from the back passage.',
      'The pain is worse, not better, after two sessions.',
    ],
  },
  stretch: {
    position:
      'The manuals give no real self-stretch for the pelvic floor. What helps is letting it relax with slow breathing, kneeling and sitting back on your heels (child’s pose), knees apart.',
    steps: [
      'Kneel on a soft mat with your knees apart and your big toes together.',
      'Sit back toward your heels and fold forward, resting your forearms or forehead on the floor or a cushion.',
      'Breathe in slowly and let your belly and your bottom widen and drop, as if letting go.',
      'Breathe out slowly without squeezing anything.',
      'Stay for about one minute.',
      'Come up slowly, using your hands.',
      'Repeat three times.',
    ],
    holdSeconds: 60,
    repetitions: 3,
    breathing:
      'In through the nose for about four counts, letting the belly and the pelvic floor drop; out for about six counts.',
    feel: 'A softening and widening around the tailbone and the back passage, with a gentle stretch in the low back.',
    avoid: [
      'Squeezing or pulling up the pelvic floor while you hold.',
      'Holding your breath.',
      'Kneeling if your knees hurt: lie on your back with your knees drawn up and apart instead.',
    ],
  },
  selfCare: [
    'Sit upright on your sitting bones, not slumped back onto the tailbone.',
    'Use a cushion with a cut-out at the back, or a soft seat, so the tailbone is free when you sit for long.',
    'Get up and move every 20 to 30 minutes when you sit.',
    'Keep your stool soft with enough fibre and fluids, and do not strain; a small footstool under your feet on the toilet helps.',
    'A warm bath for 15 to 20 minutes can ease the ache.',
  ],
  perpetuatingFactors: [
    'Sitting slumped back on the tailbone, or on hard seats, for long periods.',
    'A fall onto the tailbone.',
    'Childbirth, and surgery in the pelvis or around the back passage.',
    'Constipation and straining on the toilet.',
    'Holding the pelvic floor tight without noticing, often with stress.',
  ],
  precautions: [
    'Work from outside only, through the soft tissue beside the tailbone. Pressure from inside the back passage or the vagina is for a trained pelvic health physiotherapist or doctor; do not try it yourself.',
    'Numbness between the legs or around the back passage or genitals, or new trouble controlling or passing urine or stool, is an emergency: call emergency services.',
    'Bleeding from the back passage, black stool, a change in bowel habit that lasts more than a few weeks, weight loss, or a lump near the back passage needs a doctor before you press.',
    'Pain with fever, burning when you pass urine or a discharge can be an infection of the bladder, prostate or pelvis: see a doctor first.',
    'After a hard fall onto the tailbone, see a doctor before pressing if sitting is very painful or you felt a crack: the bone may be broken.',
    'Keep the ball off the tailbone itself and off the sitting bone.',
    'If you are pregnant or have given birth in the last few months, ask your midwife or doctor before you sit on a ball here.',
  ],
  redFlags: ['cauda-equina', 'injury'],
  sources: [
    { source: 'travell-simons-1992-v2', chapter: 'Chapter on the pelvic floor muscles' },
    { source: 'davies-2013', chapter: 'Section on the pelvic floor muscles' },
    { source: 'donnelly-2019', chapter: 'Chapter on the pelvic floor muscles' },
  ],
};
