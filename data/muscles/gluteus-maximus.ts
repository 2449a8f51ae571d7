import type { Muscle } from '../../src/domain/atlas.ts';

export const gluteusMaximus: Muscle = {
  id: 'gluteus-maximus',
  name: 'Gluteus maximus',
  aliases: ['glute max', 'gluteus max', 'largest gluteal muscle', 'big buttock muscle'],
  group: 'low-back-pelvis-hip',
  anatomy: {
    origin:
      'The back of the hip bone behind its rear gluteal line, the back of the sacrum and the side of the tailbone (coccyx), the strong ligament from the sacrum to the sit bone (sacrotuberous ligament) and the sheet of fascia over the low back.',
    insertion:
      'Most fibres join the long band of fascia down the outside of the thigh (iliotibial band); the deep lower fibres attach to a ridge on the back of the thighbone (gluteal tuberosity).',
    action:
      'Straightens the hip with force, as when you climb stairs, get up from a chair or run uphill, and turns the thigh outward. Its upper fibres help lift the thigh out to the side.',
    innervation: 'Inferior gluteal nerve (L5, S1, S2).',
  },
  triggerPoints: [
    {
      id: 'gluteus-maximus-tp1',
      name: 'TrP1',
      location:
        'In the inner part of the buttock, about a thumb-width out from the edge of the sacrum, roughly level with the middle of the sacrum and a little below the bony dimple at the back of the pelvis (PSIS).',
      region: 'buttock',
      placement: { from: 'psis', to: 'coccyx', t: 0.45, offset: [0.02, 0, 0], facing: 'back' },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'sacrum' }, { region: 'buttock' }],
        spillover: [{ region: 'thigh-back' }],
      },
      symptoms: [
        'An aching, tender band shaped like a crescent beside the crease between the buttocks.',
        'The band runs from the sacroiliac joint at the top down to the crease under the buttock, and can reach the very top of the back of the thigh.',
        'Walking uphill, bending forward and sitting slumped can make it worse.',
      ],
      complaints: [
        'sacroiliac pain',
        'buttock pain',
        'low back pain',
        'pain walking uphill',
        'pain bending forward',
      ],
    },
    {
      id: 'gluteus-maximus-tp2',
      name: 'TrP2',
      location:
        'In the lower buttock, just above the sit bone (ischial tuberosity). Sit on your hand to feel the sit bone, then move a finger-width or two up from it. This is the most common of the three.',
      region: 'buttock',
      placement: { from: 'ischial-tuberosity', offset: [0.005, 0.035, -0.04], facing: 'back' },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'buttock' }],
        spillover: [{ region: 'sacrum' }],
      },
      symptoms: [
        'An ache over the whole buttock, reaching the lower part of the sacrum and out under the top rim of the pelvis.',
        'It can feel as if the pain comes from deep in the buttock.',
        'Sitting on a hard seat presses on the spot and can feel like a nail pushed into the bone.',
      ],
      complaints: ['buttock pain', 'pain sitting', 'pain walking uphill'],
    },
    {
      id: 'gluteus-maximus-tp3',
      name: 'TrP3',
      location:
        'In the lowest, innermost fibres of the buttock, right beside the tailbone (coccyx), between the tailbone and the sit bone.',
      region: 'buttock',
      placement: { from: 'coccyx', to: 'ischial-tuberosity', t: 0.45, facing: 'back' },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'tailbone' }],
        spillover: [],
      },
      symptoms: [
        'Pain and tenderness over the tailbone.',
        'Sitting, especially leaning back onto the tailbone, can be hard to bear.',
      ],
      complaints: ['tailbone pain', 'coccydynia', 'pain sitting'],
    },
  ],
  pressure: {
    position:
      'Lie on your back on the floor with your knees bent, or stand with your back to a wall.',
    tool: 'A tennis ball or lacrosse ball on the floor or against a wall. Your knuckles or elbow also work if you lie on your side.',
    direction:
      'Straight in toward the bone under the buttock: the sacrum for the inner point, the sit bone for the lower point.',
    steps: [
      'Lie on your back on the floor with both knees bent and your feet flat.',
      'Roll a little toward the sore side and place the ball under the buttock, a thumb-width out from the edge of the sacrum.',
      'Move the ball slowly up and down beside the sacrum until you find a tender spot.',
      'Let your weight settle onto the ball until the ache is about 5 to 7 out of 10.',
      'Hold still for 30 to 60 seconds while you breathe slowly and let the buttock go soft.',
      'Roll off the ball and rest for 20 seconds.',
      'Repeat the hold twice more.',
      'For the lower point, move the ball to just above the sit bone, toward its inner side: the sciatic nerve runs just outside the sit bone, between it and the side of the hip. For the point by the tailbone, move it beside the tailbone, not onto the bone itself. Find, hold and rest the same way.',
      'Check by bringing your knee up toward your chest: it should move more easily.',
    ],
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'A strong, dull ache under the ball that softens and fades as you hold. Not sharp, not burning, no tingling.',
    stopIf: [
      'Pain shoots down the leg or the leg tingles: the ball is on the sciatic nerve, so move it off at once.',
      'You feel numbness in the buttock, leg or foot.',
      'The ball is pressing on the tailbone or the sit bone itself and the pain turns sharp.',
    ],
  },
  stretch: {
    position: 'Lying on your back on the floor or a firm bed.',
    steps: [
      'Lie on your back with both legs straight.',
      'Bend the hip and knee on the sore side and bring the knee up toward your chest.',
      'Hold the knee with both hands.',
      'Draw the knee gently toward the armpit on the same side.',
      'Stop where you feel a pull across the buttock and hold for 30 seconds.',
      'Let the leg back down slowly.',
      'Repeat, drawing the knee toward the opposite shoulder instead, to reach the lower inner fibres.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing:
      'Breathe out slowly as you draw the knee in; let the buttock relax as you breathe in and out.',
    feel: 'A gentle pull across the buttock, from the sacrum out toward the side of the hip.',
    avoid: [
      'Pulling so hard that you feel a pinch in the front of the hip.',
      'Lifting your head or the other leg off the floor.',
      'Any stretch that sends pain or tingling down the leg.',
    ],
  },
  selfCare: [
    'Sit on a soft cushion; if the tailbone hurts, use a cushion with a cut-out at the back.',
    'Get up and move every 20 to 30 minutes when you sit.',
    'When you climb stairs or walk uphill, take shorter steps and lean a little forward, or zigzag up steep slopes.',
    'When you lie on your side, put a pillow between your knees.',
    'A warm bath or a heat pack on the buttock for 15 to 20 minutes can help it relax.',
  ],
  perpetuatingFactors: [
    'Sitting for long periods, especially on a hard seat or slumped back onto the tailbone.',
    'Walking or running uphill, or climbing many stairs, when the muscle is not used to it.',
    'Bending forward and lifting with the back rounded, over and over.',
    'A fall onto the buttocks.',
    'A sudden strain, such as catching yourself as you slip.',
  ],
  precautions: [
    'The sciatic nerve runs deep in the lower buttock: if pain shoots down the leg or it tingles, move the ball off at once.',
    'Press beside the tailbone, never on it; after a fall onto the tailbone, see a doctor first to rule out a fracture.',
    'Numbness between the legs or around the back passage, or new trouble holding urine or stool, needs a doctor the same day.',
    'After a hip replacement, ask your surgeon before you bring the knee toward the opposite shoulder.',
  ],
  redFlags: ['cauda-equina', 'injury'],
  sources: [
    { source: 'travell-simons-1992-v2', chapter: 'Chapter 7, Gluteus Maximus Muscle' },
    { source: 'davies-2013', chapter: 'Section on the gluteus maximus' },
    { source: 'donnelly-2019', chapter: 'Chapter on the gluteus maximus muscle' },
  ],
};
