import type { Muscle } from '../../src/domain/atlas.ts';

export const rectusAbdominis: Muscle = {
  id: 'rectus-abdominis',
  name: 'Rectus abdominis',
  aliases: ['abs', 'six-pack muscle', 'rectus'],
  group: 'trunk',
  anatomy: {
    origin:
      'The top edge of the pubic bone (pubic crest) and the ligaments over the joint where the two pubic bones meet (pubic symphysis).',
    insertion:
      'The cartilages of the 5th, 6th and 7th ribs and the small tip at the bottom of the breastbone (xiphoid process).',
    action:
      'Curls the trunk forward, drawing the ribs toward the pelvis; tilts the pelvis back; squeezes the belly when you cough, strain or breathe out hard.',
    innervation:
      'The lower intercostal nerves and the subcostal nerve (T7–T12), which reach the muscle from the side.',
  },
  triggerPoints: [
    {
      id: 'rectus-abdominis-upper',
      name: 'Upper rectus TrPs (below the breastbone)',
      location:
        'In the long strap muscle of the belly, one to two finger-widths out from the midline, just below where the edges of the rib cage meet under the breastbone. Lift your head off the floor and you feel the muscle firm up under your fingers.',
      region: 'upper-abdomen',
      placement: { from: 'xiphoid', to: 'navel', t: 0.3, offset: [0.035, 0, 0], facing: 'front' },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'mid-back', side: 'both' }],
        spillover: [{ region: 'upper-abdomen' }],
      },
      symptoms: [
        'A band of aching straight across the middle of the back, on both sides, at about the level of the lowest ribs.',
        'A feeling of fullness, heartburn or indigestion in the upper belly, sometimes with nausea.',
        'The back pain is easy to blame on the back itself, because nothing in the belly seems to hurt.',
      ],
      complaints: ['mid-back pain', 'heartburn', 'indigestion', 'feeling full quickly', 'nausea'],
    },
    {
      id: 'rectus-abdominis-mcburney',
      name: "McBurney's point TrP (lower outer edge)",
      location:
        'On the outer edge of the strap muscle below the navel. Picture a line from the navel to the bony point at the front of the hip (ASIS): the spot lies about halfway along it. It is best known on the right side.',
      region: 'lower-abdomen',
      placement: { from: 'navel', to: 'asis', t: 0.5, facing: 'front' },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'lower-abdomen' }],
        spillover: [],
      },
      symptoms: [
        'Pain low in the belly on that side, at and around the tender spot.',
        'On the right side it can feel very like appendicitis.',
        'The spot hurts more when you tense the belly, for example by lifting your head while lying down.',
      ],
      complaints: ['lower belly pain', 'right-sided belly pain', 'pain mistaken for appendicitis'],
    },
    {
      id: 'rectus-abdominis-lower',
      name: 'Lower rectus TrPs (below the navel)',
      location:
        'In the strap muscle below the navel, one to two finger-widths out from the midline, anywhere from just below the navel down to the top of the pubic bone.',
      region: 'lower-abdomen',
      placement: {
        from: 'navel',
        to: 'pubic-symphysis',
        t: 0.6,
        offset: [0.03, 0, 0],
        facing: 'front',
      },
      depth: 'superficial',
      referral: {
        essential: [
          { region: 'low-back', side: 'both' },
          { region: 'sacrum', side: 'both' },
        ],
        spillover: [],
      },
      symptoms: [
        'A band of aching straight across the low back and the bony area at the base of the spine (the sacroiliac area), on both sides.',
        'Period pain may feel stronger.',
        'Standing up straight or arching back can pull on the sore spot in the belly.',
      ],
      complaints: ['low back pain', 'sacroiliac pain', 'painful periods'],
    },
  ],
  pressure: {
    position:
      'Lie on your back with your knees bent and your feet flat, so the belly is soft. Empty your bladder first and wait two hours after a meal.',
    tool: 'Your fingertips, the fingers of one or both hands held together. No balls or tools on the belly.',
    direction:
      'Gently in, only as deep as the strap muscle, which lies just under the skin and fat, as you breathe out; never deep toward the spine. Near the breastbone, press on the muscle, not up under the bone.',
    steps: [
      'Lie on your back with your knees bent and your feet flat.',
      'Place your fingertips one to two finger-widths out from the midline, just below the breastbone. Keep off the middle line of the belly itself: the main artery of the belly (aorta) runs deep under it, down to the navel.',
      'Lift your head a little: the strap muscle firms under your fingers, so you know you are on it. Rest your head again.',
      'Breathe out and press slowly in, only until you feel the firm strap muscle under your fingers and an ache of about 4 to 6 out of 10; do not push on down toward your back.',
      'Feel for a pulse: if you feel a beat under your fingers, lift off and move a little further out to the side.',
      'Hold for 30 to 60 seconds, breathing slowly into your belly.',
      'Release slowly as you breathe in.',
      'Move down a finger-width at a time and repeat, down to just above the pubic bone, including the outer edge of the muscle below the navel.',
      'Rest for 20 seconds between holds, and give any tender spot up to three rounds.',
      'Check by standing tall and taking a deep breath into your belly: it should feel less tight, and the band across the back may ease.',
    ],
    pressure: { min: 4, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'A dull, aching pressure under the fingers, sometimes felt in the back, that fades as you hold. Not sharp, no cramping, no sickness.',
    stopIf: [
      'You feel a pulse under your fingers: move off it.',
      'You feel sharp pain, cramping or sickness in the belly.',
      'The belly turns hard and painful to touch all over.',
      'Pressing makes you feel faint or dizzy.',
      'The pain is worse, not better, after two sessions.',
    ],
  },
  stretch: {
    position:
      'Lying face down on the floor or a firm bed, with your hands flat on the floor under your shoulders.',
    steps: [
      'Lie face down with your hands under your shoulders and your forehead resting down.',
      'Keep your hips and legs relaxed on the floor.',
      'Press through your hands to lift your chest slowly, letting your belly stay on the floor.',
      'Stop where you feel a gentle pull down the front of the belly, and hold for 30 seconds.',
      'Lower yourself slowly and rest.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing:
      'Breathe slowly into your belly while you hold, letting it swell against the floor as you breathe in.',
    feel: 'A gentle, even pull down the front of the belly, from the ribs toward the pubic bone.',
    avoid: [
      'Pushing up so far that your low back pinches or aches.',
      'Lifting your hips off the floor.',
      'This stretch if you are pregnant or had belly surgery in the last few months.',
    ],
  },
  selfCare: [
    'Practise belly breathing: let the belly rise as you breathe in and fall as you breathe out, instead of lifting the chest.',
    'Sit upright on your sitting bones rather than slumped, so the belly is not held folded for hours.',
    'Moist heat over the belly, such as a warm damp towel, for 15 to 20 minutes can ease the muscle.',
    'Get out of bed by rolling onto your side and pushing up with your arms, instead of sitting straight up.',
    'Build up belly exercise gradually, with curls that lift only your head and shoulders rather than full sit-ups.',
  ],
  perpetuatingFactors: [
    'Slumped sitting or standing, which keeps the belly shortened.',
    'Many or heavy sit-ups and other hard belly exercise.',
    'Shallow breathing with the upper chest, often with stress, instead of breathing with the belly.',
    'Problems in the belly organs, such as a stomach ulcer, bowel or gallbladder trouble, or period problems, which can set off trigger points in the belly wall and keep them going.',
    'Scars from belly surgery.',
    'A long-lasting cough.',
  ],
  precautions: [
    'Belly pain with fever, vomiting, a hard or rigid belly, or blood in your vomit, stool or urine (or black stool) needs a doctor first. Do not press; get help the same day, or call emergency services if it is severe.',
    'Pain low on the right side of the belly that keeps getting worse, or that hurts more when you walk, cough or are jolted, can be appendicitis: see a doctor before you treat it as a trigger point.',
    'Pain under the right ribs, often after a fatty meal, can come from the gallbladder: see a doctor first.',
    'Upper belly or lower chest pain with breathlessness, sweating, sickness, or pain spreading to the arm, neck or jaw can come from the heart: call emergency services.',
    'If you feel a pulse under your fingers, you are over the main artery of the belly (aorta) or a branch of it: lift off and move further out to the side. Never press on a pulsing spot.',
    'Do not press on the belly if you are pregnant.',
    'Do not press on the belly within several months of belly surgery, including keyhole surgery and caesarean section, unless your surgeon says it is safe, and never on a fresh scar.',
    'Do not press on or next to a hernia: a soft bulge at the navel, in the groin or at a scar that comes out when you cough or stand.',
    'If you have, or may have, a bulge in the main artery of the belly (abdominal aortic aneurysm), do not press on the belly at all.',
  ],
  redFlags: ['heart-attack', 'acute-abdomen', 'abdominal-aortic-aneurysm', 'groin-lump'],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter on the abdominal muscles' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the abdominal muscles' },
    { source: 'davies-2013', chapter: 'Section on the abdominal muscles' },
    { source: 'donnelly-2019', chapter: 'Chapter on the abdominal muscles' },
  ],
};
