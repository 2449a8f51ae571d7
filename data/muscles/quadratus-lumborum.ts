import type { Muscle } from '../../src/domain/atlas.ts';

export const quadratusLumborum: Muscle = {
  id: 'quadratus-lumborum',
  name: 'Quadratus lumborum',
  aliases: ['QL', 'hip hiker'],
  group: 'low-back-pelvis-hip',
  anatomy: {
    origin:
      'The back part of the top rim of the pelvis (posterior iliac crest) and the iliolumbar ligament.',
    insertion:
      'The lowest rib (12th rib) and the bony side spurs (transverse processes) of the first four lumbar vertebrae.',
    action:
      'Bends the trunk to its own side and hitches that hip up; holds the lowest rib steady when you breathe in; with both sides working it straightens and steadies the low back.',
    innervation:
      'Branches of the 12th thoracic and first three lumbar spinal nerves (T12–L3), sometimes L4.',
  },
  triggerPoints: [
    {
      id: 'quadratus-lumborum-superficial-upper',
      name: 'Superficial (lateral) TrP, upper',
      location:
        'In the soft gap at your waist, just below the lowest rib, about a hand’s width out from the spine. It sits at the outer edge of the long back muscles.',
      region: 'low-back',
      placement: {
        from: 't12',
        to: 'iliac-crest',
        t: 0.5,
        offset: [0.015, 0.01, 0],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        // Along the rim of the hip bone (iliac crest), which the region map counts as low back; the
        // bony point at the side of the hip (trochanter) is the lower superficial point's zone.
        essential: [{ region: 'low-back' }],
        spillover: [{ region: 'lower-abdomen' }, { region: 'groin' }],
      },
      symptoms: [
        'A deep, steady ache along the top rim of the hip bone, from the back round to the side.',
        'The ache can wrap forward into the lower belly or the groin on the same side.',
        'Turning over in bed, coughing or sneezing can bring a sudden stab of pain.',
      ],
      complaints: [
        'low back pain',
        'hip pain',
        'pain turning over in bed',
        'pain when coughing or sneezing',
      ],
    },
    {
      id: 'quadratus-lumborum-superficial-lower',
      name: 'Superficial (lateral) TrP, lower',
      location:
        'At the side of your waist, just above the top rim of the hip bone (iliac crest), a hand’s width out from the spine.',
      region: 'low-back',
      placement: { from: 'l3', to: 'iliac-crest', t: 0.6, offset: [0.005, 0, 0], facing: 'back' },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'hip-side' }],
        spillover: [{ region: 'thigh-outer' }],
      },
      symptoms: [
        'Aching over the bony point at the side of the hip (greater trochanter).',
        'The ache can spread down the outside of the upper thigh.',
        'Lying on that side can be hard to bear, so it is easily taken for hip bursitis.',
      ],
      complaints: ['hip pain', 'pain lying on your side', 'low back pain'],
    },
    {
      id: 'quadratus-lumborum-deep-upper',
      name: 'Deep (medial) TrP, upper',
      location:
        'Deep in your waist at the level of the third lumbar vertebra, a little above the top of the hip bones. It lies under the long back muscles, against the side knobs of the spine (transverse processes). Lie on your other side, find the outer edge of the long back muscles, and reach it from that edge, pressing in toward the spine.',
      region: 'low-back',
      placement: { from: 'l3', offset: [0.07, 0, 0], facing: 'back' },
      depth: 'deep',
      depthNote:
        'It lies under the thick muscles that run beside the spine (erector spinae). Press in slowly at an angle, aiming toward the spine, not straight down on the bone.',
      referral: {
        essential: [{ region: 'sacrum' }],
        spillover: [],
      },
      symptoms: [
        'A deep ache over the sacroiliac joint, the bony area beside the top of the buttock crease.',
        'Standing up straight and walking can make it worse.',
      ],
      complaints: ['low back pain', 'sacroiliac pain', 'pain standing up from a chair'],
    },
    {
      id: 'quadratus-lumborum-deep-lower',
      name: 'Deep (medial) TrP, lower',
      location:
        'Deep in your waist just above the top rim of the hip bone, between the fourth and fifth lumbar vertebrae. It lies under the long back muscles, in the corner where they meet the rim of the pelvis. Lie on your other side, find the outer edge of the long back muscles, and reach it from that edge, pressing in toward the spine.',
      region: 'low-back',
      placement: { from: 'l3', to: 'psis', t: 0.45, offset: [0.05, 0, 0], facing: 'back' },
      depth: 'deep',
      depthNote:
        'It lies under the thick muscles beside the spine (erector spinae), in the corner where they meet the rim of the pelvis. Angle the pressure toward the spine.',
      referral: {
        essential: [{ region: 'buttock' }],
        spillover: [],
      },
      symptoms: [
        'A deep ache low in the buttock.',
        'Sitting and standing for a long time can both bring it on.',
      ],
      complaints: ['buttock pain', 'low back pain', 'pain sitting'],
    },
  ],
  pressure: {
    position:
      'Stand with your back to a wall, or lie on your back on the floor with your knees bent and your feet flat.',
    tool: 'A tennis ball against a wall or the floor. A cane-shaped massage tool or your thumbs also work.',
    direction:
      'Straight in at the side of your waist; for the deeper points nearer the spine, angle the pressure in toward the spine rather than straight onto the bone.',
    steps: [
      'Stand with your back to a wall, feet about a foot from it and knees soft.',
      'Place the ball between the wall and your back, in the soft gap between the lowest rib and the top of the hip bone, a hand’s width out from the spine. Lean in gently at first: the kidney lies deep in front of this muscle, just below the ribs, so keep the ball below the lowest rib, not pushed up under it.',
      'Lean back into the ball and roll it a little up and down until you find a spot that is tender or sends an ache to your hip or buttock.',
      'Lean your weight into that spot until the ache is about 5 to 7 out of 10.',
      'Hold still and breathe slowly for 30 to 60 seconds.',
      'Ease off and step away from the wall.',
      'Rest for 20 seconds, then repeat the hold twice more.',
      'Move the ball a little closer to the spine for the deeper points, and angle your body so the ball pushes in toward the spine.',
      'Check by bending to the other side: it should feel a little freer.',
    ],
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'A strong, aching pressure that slowly fades while you hold, and a sense of the waist letting go. Not sharp, not burning, no tingling.',
    stopIf: [
      'The pain turns sharp or stabbing.',
      'You feel tingling or numbness in the buttock or leg.',
      'The ball presses on the bony spine or the loose tip of the lowest rib.',
      'The pain is worse, not better, after two sessions.',
    ],
  },
  stretch: {
    position: 'Standing, next to a wall or a sturdy chair you can hold for balance.',
    steps: [
      'Stand with your feet together, the sore side away from the wall.',
      'Cross the leg on the sore side behind the other leg.',
      'Hold the wall with the hand nearest it.',
      'Raise the arm on the sore side over your head.',
      'Lean your upper body slowly toward the wall, letting your hip on the sore side drift out.',
      'Stop where you feel a pull along the side of the waist, and hold for 30 seconds.',
      'Come back up slowly, using the wall.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing:
      'Breathe in deeply into the side of your ribs as you hold, then breathe out slowly and let the lean go a little further.',
    feel: 'A gentle, even pull along the side of the waist between the lowest rib and the hip bone.',
    avoid: [
      'Twisting or bending forward while you lean.',
      'Bouncing.',
      'Leaning so far that you lose your balance or feel pain in the spine itself.',
    ],
  },
  selfCare: [
    'When you get out of bed, roll onto your side first, then push up with your arms while your legs swing down.',
    'To pick something up, bend your knees and keep the load close; do not lift and twist at the same time.',
    'Stand with your weight on both feet rather than sinking into one hip.',
    'If you sit for long, get up and move every 20 to 30 minutes.',
    'A firm mattress, or a pillow between your knees when you lie on your side, keeps the waist from sagging at night.',
  ],
  perpetuatingFactors: [
    'One leg a little shorter than the other.',
    'One half of the pelvis smaller than the other (small hemipelvis), so you tilt when you sit.',
    'Upper arms short for your height, so your elbows do not reach the armrests and you lean to one side.',
    'Lifting while bent and twisted, or bending down to pick something up awkwardly.',
    'A soft, sagging mattress.',
    'Standing with your weight on one leg for long periods.',
  ],
  precautions: [
    'Pain in the flank with fever, burning when you pass urine or blood in the urine may come from the kidney: see a doctor before you press here.',
    'Keep the ball off the bony spine and off the loose tip of the lowest rib.',
    'If you have osteoporosis or a recent rib or spine fracture, ask your doctor before you lean into a ball here.',
  ],
  redFlags: ['kidney-infection-or-stone'],
  sources: [
    { source: 'travell-simons-1992-v2', chapter: 'Chapter 4, Quadratus Lumborum Muscle' },
    { source: 'davies-2013', chapter: 'Section on the quadratus lumborum' },
    { source: 'donnelly-2019', chapter: 'Chapter on the quadratus lumborum muscle' },
  ],
};
