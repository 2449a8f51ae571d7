import type { Muscle } from '../../src/domain/atlas.ts';

export const transversusAbdominis: Muscle = {
  id: 'transversus-abdominis',
  name: 'Transversus abdominis',
  aliases: ['transverse abdominis', 'transversus', 'TA', 'TVA', 'corset muscle'],
  group: 'trunk',
  anatomy: {
    origin:
      'The inner faces of the cartilages of the lower six ribs (interlocking with the diaphragm), the deep sheet of tissue of the low back (thoracolumbar fascia), the front two-thirds of the top rim of the pelvis (iliac crest) and the outer third of the groin ligament (inguinal ligament).',
    insertion:
      'A flat tendon that runs across to the midline of the belly (linea alba), wrapping the strap muscle; its lowest fibres join the internal oblique to reach the pubic bone (conjoint tendon).',
    action:
      'Draws the belly wall in like a corset and raises the pressure inside the belly: it helps you breathe out hard, cough, strain and steady the trunk before you move.',
    innervation:
      'The lower intercostal nerves and the subcostal nerve (T7–T12), and the first lumbar nerve (L1) through the iliohypogastric and ilioinguinal nerves.',
  },
  triggerPoints: [
    {
      id: 'transversus-abdominis-upper',
      name: 'Upper TrPs (under the front edge of the ribs)',
      location:
        'Just under the lower edge of the rib cage at the front, two to four finger-widths out from the midline, between the tip of the breastbone and the side of the belly.',
      region: 'upper-abdomen',
      placement: { from: 'xiphoid', offset: [0.06, -0.09, 0], facing: 'front' },
      depth: 'deep',
      depthNote:
        'It is the deepest of the three flat belly muscles, under both obliques. Let the belly go soft and, as you breathe out, curl your fingertips in and up under the edge of the ribs.',
      referral: {
        essential: [{ region: 'upper-abdomen', side: 'both' }],
        spillover: [],
      },
      symptoms: [
        'A band of pain across the upper belly, from the edge of the ribs on one side to the edge of the ribs on the other.',
        'It can feel like a stomach ache and is easily taken for a stomach problem.',
      ],
      complaints: ['upper belly pain', 'pain under the front ribs', 'stomach ache'],
    },
  ],
  pressure: {
    position:
      'Lie on your back with your knees bent and your feet flat, so the belly is soft. Empty your bladder first and wait two hours after a meal.',
    tool: 'Your fingertips, the fingers of one or both hands held together. No balls or tools on the belly.',
    direction:
      'In and up under the lower edge of the rib cage, toward the inside of the ribs, as you breathe out.',
    steps: [
      'Lie on your back with your knees bent and your feet flat.',
      'Place your fingertips just below the lower edge of the rib cage, two to four finger-widths out from the midline.',
      'Breathe out and let your fingertips sink in, then curl them gently up under the edge of the ribs.',
      'Press until the ache is about 3 to 5 out of 10.',
      'Feel for a pulse: if you feel a beat under your fingers, lift off and move a little further out to the side.',
      'Hold for 30 to 60 seconds, breathing slowly and gently.',
      'Release slowly as you breathe in.',
      'Move a finger-width further out along the rib edge and repeat.',
      'Rest for 20 seconds between holds, and give any tender spot up to three rounds.',
      'Check by taking a slow, full breath into your belly: the upper belly should feel less tight.',
    ],
    pressure: { min: 3, max: 5 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'A dull ache under the rib edge that spreads a little across the upper belly and fades as you hold. Not sharp, no sickness.',
    stopIf: [
      'You feel a pulse under your fingers: move off it.',
      'You feel sharp pain, cramping or sickness in the belly.',
      'Pressing under the right ribs brings on a deep pain that stays after you let go.',
      'Pressing makes you feel faint or dizzy.',
      'The pain is worse, not better, after two sessions.',
    ],
  },
  stretch: {
    position:
      'The manuals give no real self-stretch for this deep muscle. What helps is slow belly breathing that lets the belly wall lengthen, lying on your back with your knees bent.',
    steps: [
      'Lie on your back with your knees bent and your feet flat.',
      'Rest one hand on your upper belly, just below the ribs, and one on your chest.',
      'Breathe in slowly through your nose and let the belly rise under your hand while the chest stays still.',
      'Let the lower ribs widen out to the sides as well.',
      'Breathe out slowly and let the belly fall without pulling it in.',
      'Keep going for about one minute.',
      'Rest, then repeat twice more.',
    ],
    holdSeconds: 60,
    repetitions: 3,
    breathing:
      'In through the nose for about four counts, out through the mouth for about six, the belly rising as you breathe in.',
    feel: 'The upper belly and the lower ribs gently widening and softening with each breath.',
    avoid: [
      'Forcing the breath in or holding it.',
      'Lifting the chest and shoulders as you breathe in.',
      'Sucking the belly in hard as you breathe out.',
    ],
  },
  selfCare: [
    'Practise belly breathing several times a day, so the belly moves with each breath instead of the upper chest.',
    'Sit upright on your sitting bones rather than slumped, so the upper belly is not folded for hours.',
    'Moist heat over the upper belly, such as a warm damp towel, for 15 to 20 minutes can ease the muscle.',
    'Build up belly exercise gradually, and breathe out as you make the effort instead of holding your breath.',
  ],
  perpetuatingFactors: [
    'Slumped sitting, which keeps the upper belly folded.',
    'Shallow breathing with the upper chest, often with stress.',
    'Hard belly exercise, heavy lifting or straining while holding your breath.',
    'A long-lasting cough.',
    'Problems in the belly organs, such as a stomach ulcer or gallbladder trouble, which can set off trigger points in the belly wall and keep them going.',
  ],
  precautions: [
    'Belly pain with fever, vomiting, a hard or rigid belly, or blood in your vomit, stool or urine (or black stool) needs a doctor first. Do not press; get help the same day, or call emergency services if it is severe.',
    'Upper belly or lower chest pain with breathlessness, sweating, sickness, or pain spreading to the arm, neck or jaw can come from the heart: call emergency services.',
    'Pain under the right ribs, often after a fatty meal, or with yellowing of the skin or eyes, can come from the gallbladder or liver: see a doctor first, and do not press there.',
    'Burning upper belly pain that wakes you at night, comes with trouble swallowing, or comes with weight loss needs a doctor before you treat it as a trigger point.',
    'If you feel a pulse under your fingers, you are over the main artery of the belly (aorta) or a branch of it: lift off and move further out to the side. Never press on a pulsing spot.',
    'Do not press on the belly if you are pregnant.',
    'Do not press within several months of belly surgery unless your surgeon says it is safe, and never on a fresh scar.',
    'Do not press on or next to a hernia: a soft bulge at the navel, above it in the midline, or at a scar, that comes out when you cough or stand.',
    'If you have, or may have, a bulge in the main artery of the belly (abdominal aortic aneurysm), do not press on the belly at all.',
  ],
  redFlags: ['heart-attack', 'acute-abdomen', 'abdominal-aortic-aneurysm'],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter on the abdominal muscles' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the abdominal muscles' },
    { source: 'donnelly-2019', chapter: 'Chapter on the abdominal muscles' },
  ],
};
