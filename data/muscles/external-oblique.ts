import type { Muscle } from '../../src/domain/atlas.ts';

/** The groin pattern of the lower abdominal wall; the internal oblique shares it. */
export const lowerAbdominalWallSymptoms = [
  'An ache in the groin on the same side; in men it can reach down into the testicle.',
  'The ache can spread into other parts of the lower belly.',
  'Twisting, coughing or sitting up from lying can set it off.',
];

export const externalOblique: Muscle = {
  id: 'external-oblique',
  name: 'External oblique',
  aliases: ['obliquus externus abdominis', 'external abdominal oblique', 'obliques'],
  group: 'trunk',
  anatomy: {
    origin:
      'The outer surfaces of the lower eight ribs (5th to 12th), where it interlocks with the serratus anterior and the latissimus dorsi.',
    insertion:
      'The front half of the top rim of the pelvis (iliac crest) and a broad, flat tendon (aponeurosis) that meets its partner in the midline of the belly (linea alba); its lower edge forms the groin ligament (inguinal ligament).',
    action:
      'With both sides working, it curls the trunk forward and squeezes the belly; one side alone bends the trunk to its own side and turns it toward the opposite side.',
    innervation: 'The lower intercostal nerves and the subcostal nerve (T7–T12).',
  },
  triggerPoints: [
    {
      id: 'external-oblique-upper',
      name: 'Upper TrPs (over the lower front ribs)',
      location:
        'On the lower ribs at the front of the chest, just above the edge of the rib cage, a hand’s width or so out from the midline, in line with the nipple or a little outside it. The muscle here lies flat on the ribs.',
      region: 'chest',
      placement: { from: 'nipple', offset: [0.01, -0.11, -0.045], facing: 'front' },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'upper-abdomen' }],
        spillover: [{ region: 'chest' }],
      },
      symptoms: [
        'A burning or aching pain in the upper belly that feels like heartburn.',
        'It can spread up over the lower chest.',
        'It is easily taken for a stomach or gullet problem, such as a hiatus hernia.',
      ],
      complaints: ['heartburn', 'upper belly pain', 'indigestion', 'lower chest pain'],
    },
    {
      id: 'external-oblique-lower',
      name: 'Lower lateral TrPs (above the front of the hip bone)',
      location:
        'In the lower outer belly wall, just above and inside the bony point at the front of the hip (ASIS). The manuals place these points in the lower side wall of the belly without always telling the layers apart; the external oblique is the top layer, the one your fingers meet first.',
      region: 'lower-abdomen',
      placement: { from: 'asis', offset: [-0.025, 0.045, 0], facing: 'front' },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'groin' }],
        spillover: [{ region: 'lower-abdomen' }],
      },
      symptoms: lowerAbdominalWallSymptoms,
      complaints: ['groin pain', 'testicle pain', 'lower belly pain'],
    },
  ],
  pressure: {
    position:
      'Lie on your back with your knees bent and your feet flat, so the belly is soft. Empty your bladder first and wait two hours after a meal.',
    tool: 'Your fingertips, the fingers of one or both hands held together. You can also pick up the side of the waist between your thumb and fingers. No balls or tools on the belly.',
    direction:
      'On the ribs, straight in toward the ribs underneath; in the lower belly wall, straight in and a little out toward the inner face of the hip bone.',
    steps: [
      'Lie on your back with your knees bent and your feet flat.',
      'For the upper points, place your fingertips on the lower front ribs, just above the edge of the rib cage, in line with the nipple.',
      'Press in against the ribs until the ache is about 4 to 6 out of 10.',
      'Hold for 30 to 60 seconds, breathing slowly.',
      'Release slowly, then move a finger-width along the rib edge and repeat.',
      'For the lower points, find the bony point at the front of your hip, then move your fingertips two finger-widths up and in from it.',
      'Breathe out and press slowly in until the ache is about 4 to 6 out of 10.',
      'Hold for 30 to 60 seconds, then release slowly as you breathe in.',
      'Rest for 20 seconds between holds, and give any tender spot up to three rounds.',
      'Check by twisting gently to each side while sitting: the side of the belly should feel freer.',
    ],
    pressure: { min: 4, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'A dull, aching pressure that may echo into the upper belly or the groin, and fades as you hold. Not sharp, no cramping, no sickness.',
    stopIf: [
      'You feel a pulse under your fingers: move off it.',
      'You feel sharp pain, cramping or sickness in the belly.',
      'Pressing over the ribs is sharp or catches your breath.',
      'You find a soft bulge in the groin that comes and goes: do not press there.',
      'The pain is worse, not better, after two sessions.',
    ],
  },
  stretch: {
    position:
      'Lying on your back on the floor or a firm bed, with your knees bent and your feet flat.',
    steps: [
      'Lie on your back with your knees bent and your feet flat, arms out to the sides.',
      'Keep both shoulders on the floor.',
      'Let both knees drop slowly to the side away from the sore side.',
      'Turn your head toward the sore side.',
      'Stop where you feel a gentle pull along the sore side of the belly and the lower ribs, and hold for 30 seconds.',
      'Bring the knees back to the middle and rest.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing:
      'Breathe slowly into your belly and the lower ribs on the sore side; let the knees sink a little further as you breathe out.',
    feel: 'A gentle pull along the side and front of the belly on the sore side, from the lower ribs toward the hip.',
    avoid: [
      'Lifting the shoulder on the sore side off the floor.',
      'Forcing the knees down with your hands.',
      'This stretch if you are pregnant or had belly surgery in the last few months.',
    ],
  },
  selfCare: [
    'Practise belly breathing: let the belly and the lower ribs widen as you breathe in, instead of lifting the chest.',
    'Sit upright on your sitting bones rather than slumped or twisted to one side.',
    'Moist heat over the side of the belly, such as a warm damp towel, for 15 to 20 minutes can ease the muscle.',
    'When you lift, turn your whole body with your feet rather than twisting at the waist.',
    'Build up twisting sports and belly exercise gradually.',
  ],
  perpetuatingFactors: [
    'Slumped or twisted sitting for long periods.',
    'Heavy or repeated twisting, such as digging or racket sports, and hard belly exercise.',
    'Shallow breathing with the upper chest instead of the belly.',
    'Problems in the belly organs, such as a stomach ulcer or bowel trouble, which can set off trigger points in the belly wall and keep them going.',
    'Scars from belly or groin surgery.',
    'A long-lasting cough.',
  ],
  precautions: [
    'Belly pain with fever, vomiting, a hard or rigid belly, or blood in your vomit, stool or urine (or black stool) needs a doctor first. Do not press; get help the same day, or call emergency services if it is severe.',
    'Burning upper belly pain that wakes you at night, comes with trouble swallowing, or comes with weight loss needs a doctor before you treat it as a trigger point.',
    'Upper belly or lower chest pain with breathlessness, sweating, sickness, or pain spreading to the arm, neck or jaw can come from the heart: call emergency services.',
    'Pain under the right ribs, often after a fatty meal, can come from the gallbladder; pain low on the right that keeps getting worse can be appendicitis: see a doctor first.',
    'Sudden, severe pain in the testicle, or a testicle that is swollen, is an emergency: go to a hospital at once.',
    'If you feel a pulse under your fingers, move further out to the side. Never press on a pulsing spot in the belly or the groin.',
    'Do not press on the belly if you are pregnant.',
    'Do not press within several months of belly or groin surgery unless your surgeon says it is safe, and never on a fresh scar.',
    'Do not press on or next to a hernia: a soft bulge in the groin, at the navel or at a scar that comes out when you cough or stand.',
    'If you have osteoporosis or a recent rib fracture, press on the ribs only gently.',
  ],
  redFlags: [
    'heart-attack',
    'acute-abdomen',
    'abdominal-aortic-aneurysm',
    'testicular-torsion',
    'groin-lump',
  ],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter on the abdominal muscles' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the abdominal muscles' },
    { source: 'davies-2013', chapter: 'Section on the abdominal muscles' },
    { source: 'donnelly-2019', chapter: 'Chapter on the abdominal muscles' },
  ],
};
