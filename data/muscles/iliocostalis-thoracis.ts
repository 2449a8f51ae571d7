import type { Muscle } from '../../src/domain/atlas.ts';

export const iliocostalisThoracis: Muscle = {
  id: 'iliocostalis-thoracis',
  name: 'Iliocostalis thoracis',
  aliases: [
    'thoracic iliocostalis',
    'iliocostalis dorsi',
    'erector spinae',
    'paraspinals',
    'outer back muscle',
  ],
  group: 'trunk',
  anatomy: {
    origin:
      'The upper edges of the lower six ribs (7th to 12th), on the inner side of the bend at the back of each rib (the rib angle).',
    insertion:
      'The upper six ribs at their angles, and the side spur (transverse process) of the lowest neck bone (C7).',
    action:
      'Straightens the mid back and bends it to its own side; pulls the lower ribs down, which helps you breathe out hard; steadies the spine when you lean forward.',
    innervation:
      'The back branches (dorsal rami) of the thoracic spinal nerves at the levels it crosses.',
  },
  triggerPoints: [
    {
      id: 'iliocostalis-thoracis-mid',
      name: 'Mid-thoracic TrP (about T6)',
      location:
        'On the ribs at the back, a hand’s width out from the spine, a little above the lower tip of the shoulder blade. It lies in the outer of the two ridges of muscle that run up beside the spine.',
      region: 'between-shoulder-blades',
      placement: { from: 't7', offset: [0.065, 0.025, 0], facing: 'back' },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'between-shoulder-blades' }, { region: 'shoulder-blade' }],
        spillover: [{ region: 'side-ribs' }],
      },
      symptoms: [
        'An ache in the middle of the back that spreads up along the inner edge of the shoulder blade toward the shoulder.',
        'The ache can also run out sideways round the ribs toward the side of the chest.',
        'Breathing in deeply or twisting the upper body can make it catch.',
      ],
      complaints: [
        'mid back pain',
        'pain beside the shoulder blade',
        'pain round the side of the ribs',
        'pain breathing in deeply',
      ],
    },
    {
      id: 'iliocostalis-thoracis-low',
      name: 'Lower thoracic TrP (about T11)',
      location:
        'On the lowest ribs at the back, a hand’s width out from the spine, just above where the ribs end and the soft low back begins.',
      region: 'mid-back',
      placement: { from: 't12', offset: [0.07, 0.03, 0], facing: 'back' },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'mid-back' }, { region: 'low-back' }],
        spillover: [{ region: 'shoulder-blade' }, { region: 'upper-abdomen' }],
      },
      symptoms: [
        'A deep ache over the lowest ribs at the back that runs down into the low back.',
        'The ache can also reach up across the shoulder blade.',
        'Sometimes it wraps forward into the belly, where it can be mistaken for a problem with an organ.',
        'Coughing, sneezing or bending forward to lift can make it worse.',
      ],
      complaints: [
        'mid back pain',
        'low back pain',
        'belly pain with back pain',
        'pain bending forward',
        'stiff back',
      ],
    },
  ],
  pressure: {
    position:
      'Lie on your back on a carpeted floor or a firm bed, knees bent and feet flat. If lying down is hard, stand with your back to a wall.',
    tool: 'A tennis ball on the floor or against a wall.',
    direction:
      'Straight in toward the ribs, on the muscle a hand’s width out from the spine — never on the bony bumps down the middle of the back.',
    steps: [
      'Lie on your back with your knees bent and your feet flat.',
      'Lift your hips a little and slide the ball under the sore side, on the ribs a hand’s width out from the spine.',
      'Lower your weight onto the ball and shift a little up or down until you find a spot that is tender or sends an ache toward the shoulder blade, the side of the ribs or the low back.',
      'Let your weight sink into that spot until the ache is about 5 to 6 out of 10.',
      'Hold still and breathe slowly for 30 to 60 seconds.',
      'Roll off the ball onto your side and rest for 20 seconds.',
      'Repeat the hold twice more, then move the ball to the other level (near the shoulder blade tip or near the lowest ribs) and do the same.',
      'Check by bending forward and twisting gently: the back should feel a little freer.',
    ],
    pressure: { min: 5, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'A strong, aching pressure that slowly eases while you hold, and a sense of the muscle softening over the ribs. Not sharp, not burning, no tingling.',
    stopIf: [
      'The pain turns sharp or stabbing, or it hurts to breathe in.',
      'The ball rolls onto the bony bumps of the spine.',
      'You feel tingling or numbness round the ribs or in the belly.',
      'The pain is worse, not better, after two sessions.',
    ],
  },
  stretch: {
    position: 'Sitting on a firm chair, feet flat and a little wider than your hips.',
    steps: [
      'Sit near the front of the chair with your feet flat and apart.',
      'Let your head drop and slowly round your back, letting your arms hang down between your knees.',
      'Stop where you feel a gentle pull along the back beside the spine.',
      'Reach both hands a little toward the foot on the other side from the sore one, to add a slight turn.',
      'Hold for 30 seconds while you breathe slowly.',
      'Roll up slowly, one part of the back at a time, and sit tall.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing:
      'Breathe in slowly into the back of your ribs, then breathe out fully and let your upper body sink a little lower.',
    feel: 'An even, gentle pull along the back between the shoulder blade and the low back on the sore side.',
    avoid: [
      'Bouncing or pulling yourself down with your arms.',
      'Rolling down so far that you feel dizzy: lift your head before you sit up.',
      'Twisting hard; keep the turn small.',
    ],
  },
  selfCare: [
    'A warm pack over the mid back for 15 to 20 minutes before the pressure helps the muscle let go.',
    'Keep your back warm; cold air or a draught on a tired back can set it off.',
    'Sit with your back supported and your work close to you, so you do not lean forward for long spells.',
    'When you lift, bend your knees, keep the load close and turn with your feet, not your back.',
    'Get up and move every 20 to 30 minutes when you sit.',
  ],
  perpetuatingFactors: [
    'Lifting while bent forward and twisted, or lifting something heavier than you expected.',
    'Long spells leaning forward, such as at a low desk, a sink or a workbench.',
    'Sitting slumped in a chair with no back support.',
    'Chilling of the back when it is tired, for example in a draught after exercise.',
    'One leg a little shorter than the other, or a side curve of the spine (scoliosis).',
  ],
  precautions: [
    'Back pain with fever, weight loss you cannot explain, a history of cancer, or pain that is worse at night and not eased by rest needs a doctor before you treat it yourself.',
    'Pain round the lowest ribs with fever, burning when you pass urine or blood in the urine may come from the kidney: see a doctor before you press here.',
    'Belly pain that comes with sickness, vomiting, a change in your bowels or pain after meals needs a doctor first, even if the back is tender too.',
    'Keep the ball off the bony bumps down the middle of your back.',
    'If you have osteoporosis or have had a rib or spine fracture, ask your doctor before you lie on a ball; use a soft ball and lighter pressure.',
  ],
  redFlags: [
    'kidney-infection-or-stone',
    'acute-abdomen',
    'serious-back-pain',
    'back-pain-fever',
    'injury',
  ],
  sources: [
    {
      source: 'simons-travell-simons-1999-v1',
      chapter: 'Chapter 48, Thoracolumbar Paraspinal Muscles',
    },
    { source: 'davies-2013', chapter: 'Section on the superficial spinal muscles (iliocostalis)' },
    { source: 'donnelly-2019', chapter: 'Chapter on the thoracolumbar paraspinal muscles' },
  ],
};
