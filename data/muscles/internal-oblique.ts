import type { Muscle } from '../../src/domain/atlas.ts';
import { lowerAbdominalWallSymptoms } from './external-oblique.ts';

export const internalOblique: Muscle = {
  id: 'internal-oblique',
  name: 'Internal oblique',
  aliases: ['obliquus internus abdominis', 'internal abdominal oblique'],
  group: 'trunk',
  anatomy: {
    origin:
      'The outer half of the groin ligament (inguinal ligament), the front two-thirds of the top rim of the pelvis (iliac crest) and the deep sheet of tissue of the low back (thoracolumbar fascia).',
    insertion:
      'The lower edges of the last three or four ribs and a flat tendon that wraps the strap muscle of the belly and meets the midline (linea alba); its lowest fibres join the transversus abdominis to reach the pubic bone (conjoint tendon).',
    action:
      'Squeezes the belly and curls the trunk forward; one side alone bends the trunk to its own side and turns it toward the same side.',
    innervation:
      'The lower intercostal nerves and the subcostal nerve (T7–T12), and the first lumbar nerve (L1) through the iliohypogastric and ilioinguinal nerves.',
  },
  triggerPoints: [
    {
      id: 'internal-oblique-lower-lateral',
      name: 'Lower lateral TrPs (lower side wall of the belly)',
      location:
        'In the lower outer belly wall, two to three finger-widths in from the bony point at the front of the hip (ASIS) and a little above it, just above the outer part of the groin crease, under the outer layer of muscle.',
      region: 'lower-abdomen',
      placement: { from: 'asis', offset: [-0.035, 0.025, 0], facing: 'front' },
      depth: 'deep',
      depthNote:
        'It lies under the external oblique. Let the belly go soft and sink in slowly as you breathe out; you are through the top layer when the ache deepens and starts to echo toward the groin.',
      referral: {
        essential: [{ region: 'groin' }],
        spillover: [{ region: 'lower-abdomen' }],
      },
      symptoms: lowerAbdominalWallSymptoms,
      complaints: ['groin pain', 'testicle pain', 'lower belly pain'],
    },
    {
      id: 'internal-oblique-pubic-rim',
      name: 'Pubic rim TrPs (lowest fibres)',
      location:
        'Along the top edge of the pubic bone, from a finger-width out from the midline toward the groin crease, and along the outer half of the groin crease. Find the hard edge of the pubic bone at the bottom of the belly and feel just above it.',
      region: 'groin',
      placement: { from: 'pubic-symphysis', offset: [0.04, 0.03, 0], facing: 'front' },
      depth: 'deep',
      depthNote:
        'It lies under the external oblique and its tendon, just above the bone. Press down and a little toward your feet against the top of the bone rather than straight into the belly.',
      referral: {
        essential: [{ region: 'groin' }],
        spillover: [{ region: 'lower-abdomen' }],
      },
      symptoms: [
        'An ache in the groin.',
        'A frequent or urgent need to pass urine, or trouble getting the flow started, without an infection.',
        'An ache low in the belly over the bladder.',
      ],
      complaints: [
        'groin pain',
        'frequent urination',
        'trouble passing urine',
        'bladder pain',
        'lower belly pain',
      ],
    },
  ],
  pressure: {
    position:
      'Lie on your back with your knees bent and your feet flat, so the belly is soft. Empty your bladder first and wait two hours after a meal.',
    tool: 'Your fingertips, the fingers of one or both hands held together. No balls or tools on the belly.',
    direction:
      'Near the hip bone, straight in and a little out toward the inner face of the bone; at the pubic bone, down onto the top edge of the bone, a little toward your feet.',
    steps: [
      'Lie on your back with your knees bent and your feet flat.',
      'Find the bony point at the front of your hip and move your fingertips two to three finger-widths in from it, a little above the groin crease.',
      'Breathe out and let your fingers sink slowly in until the ache is about 4 to 6 out of 10.',
      'Hold for 30 to 60 seconds, breathing slowly into your belly.',
      'Release slowly as you breathe in.',
      'For the pubic rim, find the hard top edge of the pubic bone a finger-width out from the midline.',
      'Press down onto the edge of the bone, gently, until the ache is about 4 to 5 out of 10.',
      'Hold for 30 to 60 seconds, then release slowly.',
      'Move a finger-width further out along the top of the bone and repeat, staying above the groin crease and well inside its middle, where you can feel the pulse of the big artery of the leg; never press on or beyond that pulse.',
      'Rest for 20 seconds between holds, and give any tender spot up to three rounds.',
      'Check by standing tall and twisting gently to each side: the groin and the lower belly should feel easier.',
    ],
    pressure: { min: 4, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'A dull, aching pressure that may echo into the groin and fades as you hold. Not sharp, no cramping, no tingling down the thigh.',
    stopIf: [
      'You feel a pulse under your fingers: move off it.',
      'You feel sharp pain, cramping or sickness in the belly.',
      'You feel tingling or numbness in the groin, the inner thigh or the genitals.',
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
      'Let both knees drop slowly toward the sore side.',
      'Turn your head away from the sore side.',
      'Stop where you feel a gentle pull along the lower side of the belly on the sore side, and hold for 30 seconds.',
      'Bring the knees back to the middle and rest.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing:
      'Breathe slowly into your belly; let the knees sink a little further as you breathe out.',
    feel: 'A gentle pull low in the side of the belly on the sore side, between the hip bone and the lower ribs.',
    avoid: [
      'Lifting the opposite shoulder off the floor.',
      'Forcing the knees down with your hands.',
      'This stretch if you are pregnant or had belly or groin surgery in the last few months.',
    ],
  },
  selfCare: [
    'Practise belly breathing: let the belly rise as you breathe in and fall as you breathe out, instead of lifting the chest.',
    'Sit upright on your sitting bones rather than slumped or twisted to one side.',
    'Moist heat over the lower belly, such as a warm damp towel, for 15 to 20 minutes can ease the muscle.',
    'When you lift, turn your whole body with your feet rather than twisting at the waist.',
    'Empty your bladder when you need to rather than holding on for a long time.',
  ],
  perpetuatingFactors: [
    'Slumped or twisted sitting for long periods.',
    'Heavy or repeated twisting, and hard belly exercise.',
    'Shallow breathing with the upper chest instead of the belly.',
    'Problems in the belly or pelvic organs, such as bladder, bowel or period trouble, which can set off trigger points in the belly wall and keep them going.',
    'Scars from belly or groin surgery, including hernia repair.',
    'A long-lasting cough.',
  ],
  precautions: [
    'Belly pain with fever, vomiting, a hard or rigid belly, or blood in your vomit, stool or urine (or black stool) needs a doctor first. Do not press; get help the same day, or call emergency services if it is severe.',
    'Burning when you pass urine, cloudy urine, fever, or pain in the flank can be an infection of the bladder or kidney: see a doctor before you treat it as a trigger point.',
    'Pain low on the right side of the belly that keeps getting worse, or that hurts more when you walk, cough or are jolted, can be appendicitis: see a doctor first.',
    'Sudden, severe pain in the testicle, or a testicle that is swollen, is an emergency: go to a hospital at once.',
    'Not being able to pass urine at all is an emergency: get help at once.',
    'The big artery and vein of the leg and the nerve beside them cross the groin crease: keep your fingers off any pulse there and move away if you feel tingling down the thigh.',
    'Do not press on the belly if you are pregnant.',
    'Do not press within several months of belly or groin surgery, including hernia repair and caesarean section, unless your surgeon says it is safe, and never on a fresh scar.',
    'Do not press on or next to a hernia: a soft bulge in the groin, at the navel or at a scar that comes out when you cough or stand.',
  ],
  redFlags: [
    'kidney-infection-or-stone',
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
