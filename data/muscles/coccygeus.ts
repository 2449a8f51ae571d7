import type { Muscle } from '../../src/domain/atlas.ts';

export const coccygeus: Muscle = {
  id: 'coccygeus',
  name: 'Coccygeus',
  aliases: ['ischiococcygeus', 'pelvic floor'],
  group: 'low-back-pelvis-hip',
  anatomy: {
    origin:
      'The spine of the sitting bone (ischial spine) and the ligament that runs from it to the sacrum (sacrospinous ligament).',
    insertion: 'The side edges of the tailbone (coccyx) and of the lowest part of the sacrum.',
    action:
      'Closes the back of the pelvic floor with the levator ani, helping to hold up the pelvic organs, and pulls the tailbone forward, steadying it after it has been pushed back, as in a bowel movement or childbirth.',
    innervation: 'Branches of the 4th and 5th sacral nerves (S4–S5).',
  },
  triggerPoints: [
    {
      id: 'coccygeus-tp',
      name: 'Coccygeus TrPs',
      location:
        'Deep in the inner buttock, beside the side edge of the tailbone and the lowest part of the sacrum, about two finger-widths out from the bone.',
      region: 'buttock',
      placement: { from: 'coccyx', offset: [0.035, 0.02, 0], facing: 'back' },
      depth: 'deep',
      depthNote:
        'It lies inside the pelvis, under the big buttock muscle (gluteus maximus) and a strong ligament from the sacrum to the sitting bone (sacrotuberous ligament). From outside you press through both, up and in toward the side of the tailbone; it is fully reached only from inside, by a trained professional.',
      referral: {
        essential: [{ region: 'tailbone' }],
        spillover: [{ region: 'sacrum' }],
      },
      symptoms: [
        'A deep ache in the tailbone, which can spread up over the lower sacrum.',
        'Pain may also be felt around the back passage; the body map has no region for it.',
        'Sitting makes it worse, and getting up from a chair can hurt.',
      ],
      complaints: ['tailbone pain (coccydynia)', 'pain sitting', 'pain getting up from sitting'],
    },
  ],
  pressure: {
    position: 'Sitting on a firm chair or stool, upright, with both feet flat on the floor.',
    tool: 'A soft rubber or foam ball about the size of a tennis ball. Not a hard ball. Outside the body only.',
    direction:
      'Up and in, through the inner buttock, toward the side edge of the tailbone and the lowest part of the sacrum; never onto the bone itself.',
    steps: [
      'Sit upright on a firm chair with your feet flat.',
      'Lift one buttock and place the ball under it, about two finger-widths out from the side of the tailbone.',
      'Lower yourself slowly, and lean back a little so the ball sits beside the tailbone and the bottom of the sacrum, not on any bone.',
      'Let your weight settle onto the ball until the ache is about 3 to 5 out of 10; lean toward the other side to ease it.',
      'Hold for 30 to 60 seconds, breathing slowly into your belly and letting your bottom soften each time you breathe in.',
      'Take your weight off the ball with your hands on the chair.',
      'Rest for 20 seconds, then repeat twice more.',
      'Do the other side if it is sore too.',
      'Check by sitting normally on the chair: sitting should feel a little easier.',
    ],
    pressure: { min: 3, max: 5 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'A deep, dull ache beside the tailbone that softens while you hold. Not sharp, not burning, no tingling.',
    stopIf: [
      'The pain turns sharp or burning.',
      'You feel tingling or numbness in the buttock, the genitals, the area between the legs or down the leg.',
      'The ball presses on the tailbone, the sacrum or the sitting bone itself.',
      'The pain is worse, not better, after two sessions.',
    ],
  },
  stretch: {
    position:
      'The manuals give no real self-stretch for this small muscle. What helps is letting the pelvic floor relax with slow breathing, kneeling and sitting back on your heels (child’s pose), knees apart.',
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
    feel: 'A softening around the tailbone, with a gentle stretch in the low back.',
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
    'Keep your stool soft with enough fibre and fluids, and do not strain on the toilet.',
    'A warm bath for 15 to 20 minutes can ease the ache.',
  ],
  perpetuatingFactors: [
    'Sitting slumped back on the tailbone, or on hard seats, for long periods.',
    'A fall onto the tailbone.',
    'Pregnancy and childbirth.',
    'Constipation and straining on the toilet.',
    'Holding the pelvic floor tight without noticing, often with stress.',
  ],
  precautions: [
    'Work from outside only, through the buttock beside the tailbone. Pressure from inside the back passage or the vagina is for a trained pelvic health physiotherapist or doctor; do not try it yourself.',
    'Numbness between the legs or around the back passage or genitals, or new trouble controlling or passing urine or stool, is an emergency: call emergency services.',
    'Bleeding from the back passage, black stool, a change in bowel habit that lasts more than a few weeks, weight loss, or a lump near the tailbone needs a doctor before you press.',
    'After a hard fall onto the tailbone, see a doctor before pressing if sitting is very painful or you felt a crack: the bone may be broken.',
    'Pain with fever, or a red, swollen, tender spot at the top of the buttock crease, needs a doctor, not pressure.',
    'Keep the ball off the tailbone, the sacrum and the sitting bone themselves.',
    'If you are pregnant or have given birth in the last few months, ask your midwife or doctor before you sit on a ball here.',
  ],
  redFlags: ['cauda-equina', 'injury'],
  sources: [
    { source: 'travell-simons-1992-v2', chapter: 'Chapter on the pelvic floor muscles' },
    { source: 'davies-2013', chapter: 'Section on the pelvic floor muscles' },
    { source: 'donnelly-2019', chapter: 'Chapter on the pelvic floor muscles' },
  ],
};
