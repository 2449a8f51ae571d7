import type { Muscle } from '../../src/domain/atlas.ts';

export const obturatorInternus: Muscle = {
  id: 'obturator-internus',
  name: 'Obturator internus',
  aliases: ['internal obturator', 'OI'],
  group: 'low-back-pelvis-hip',
  anatomy: {
    origin:
      'The inside wall of the pelvis: the inner face of the membrane that closes the large hole in the hip bone (obturator membrane) and the bone around that hole.',
    insertion:
      'Its tendon leaves the pelvis through a notch behind the sit bone (lesser sciatic notch), turns sharply outward and attaches to the inner face of the bony point at the top of the thighbone (greater trochanter), together with the two small gemelli muscles.',
    action:
      'Turns the thigh outward when the hip is straight, helps move it out to the side when the hip is bent, and holds the head of the thighbone steady in its socket.',
    innervation: 'Nerve to obturator internus, from the sacral plexus (L5, S1, S2).',
  },
  triggerPoints: [
    {
      id: 'obturator-internus-tp',
      name: 'Obturator internus TrP',
      location:
        'Deep in the soft hollow just inside the sit bone (ischial tuberosity), between the sit bone and the back passage. From outside you can reach only this lower part of the muscle; the rest lines the inside of the pelvis.',
      region: 'buttock',
      placement: {
        from: 'ischial-tuberosity',
        offset: [-0.025, 0.01, -0.03],
        facing: 'back',
      },
      depth: 'deep',
      depthNote:
        'You press up and out toward the inside of the sit bone, through fat and the lower edge of the big buttock muscle (gluteus maximus). The part inside the pelvis can only be reached from inside, by a trained pelvic health therapist or doctor.',
      referral: {
        essential: [{ region: 'tailbone' }],
        spillover: [{ region: 'thigh-back' }],
      },
      symptoms: [
        'An ache around the tailbone and the back passage (anococcygeal area).',
        'The ache can spread down the back of the thigh.',
        'A feeling of fullness or pressure inside, in the back passage (rectum) or the vagina. This is felt inside the body, so there is no place on the body map to point to it.',
        'Sitting, especially on a hard seat, often makes it worse.',
      ],
      complaints: [
        'tailbone pain',
        'coccydynia',
        'pain sitting',
        'feeling of fullness in the rectum',
        'pelvic pain',
      ],
    },
  ],
  pressure: {
    position: 'Sitting on a firm chair, with both feet flat on the floor.',
    tool: 'A soft ball, such as a tennis ball or a softer rubber ball, on the chair seat. A hard lacrosse ball is too much here.',
    direction:
      'Up and slightly out, into the soft hollow just inside the sit bone, toward the inner face of the bone.',
    steps: [
      'Sit on a firm chair and find your sit bone on the sore side by sitting on your hand.',
      'Place the ball on the seat just inside that sit bone, between the bone and the back passage.',
      'Lower yourself onto the ball slowly, with your hands on the seat to take some of your weight.',
      'Shift a little forward, back or side to side until you find a tender spot on the inside of the sit bone.',
      'Let more weight onto the ball until the ache is about 3 to 5 out of 10.',
      'Hold still for 30 to 60 seconds, breathing slowly down into your belly and letting the bottom relax.',
      'Lift your weight off the ball with your hands and rest for 30 seconds.',
      'Repeat the hold twice more.',
      'Check by sitting on the bare chair: the area should feel less sore or less full.',
    ],
    pressure: { min: 3, max: 5 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 30,
    releaseFeel:
      'A dull, deep ache that softens as you breathe, and the area around the tailbone feels looser. Not sharp, not burning, no tingling.',
    stopIf: [
      'You feel tingling, burning or numbness between the legs, in the genitals or around the back passage: the ball is on the pudendal nerve, so lift off at once.',
      'Pain shoots down the leg, or the leg tingles.',
      'The pain turns sharp.',
      'The ball presses on the tailbone or into the back passage rather than beside the sit bone.',
    ],
  },
  stretch: {
    position: 'Lying on your back on the floor or a firm bed, with your knees bent.',
    steps: [
      'Lie on your back with your knees bent and your feet flat, a little wider apart than your hips.',
      'Let the knee on the sore side fall slowly inward, toward the other foot.',
      'Keep both sides of the pelvis resting on the floor.',
      'Stop where you feel a pull deep in the buttock behind the hip, and hold for 30 seconds.',
      'Bring the knee back up to the middle.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing:
      'Breathe slowly and deeply into your belly; let the bottom and the pelvic floor relax as you breathe out.',
    feel: 'A gentle pull deep in the buttock, behind the hip, and sometimes near the sit bone.',
    avoid: [
      'Pushing the knee down with your hand.',
      'Letting the pelvis roll off the floor.',
      'Holding through a pinch in the front of the hip or the groin.',
    ],
  },
  selfCare: [
    'Sit on a soft cushion; if the tailbone is sore, use one with a cut-out at the back.',
    'Sit with your weight spread evenly on both sit bones, and avoid slumping back onto the tailbone.',
    'Get up and move every 20 to 30 minutes when you sit.',
    'Do not strain on the toilet; take your time, and keep the stool soft with enough fluid and fibre.',
    'A warm bath for 15 to 20 minutes can help the muscles of the bottom relax.',
  ],
  perpetuatingFactors: [
    'Sitting for long periods, especially on hard seats.',
    'A fall onto the buttocks or the tailbone.',
    'Holding the muscles of the bottom and the pelvic floor tight for long periods, often without noticing, for example under stress.',
    'Straining on the toilet because of constipation.',
  ],
  precautions: [
    'The pudendal nerve runs along the inner face of this muscle: if you feel tingling or numbness between the legs, lift off the ball at once.',
    'Work inside the pelvis, through the vagina or the back passage, is only for a trained pelvic health therapist or doctor.',
    'Bleeding from the back passage, a change in bowel habit, pain with fever, or new trouble holding urine or stool needs a doctor first.',
    'After pelvic or hip surgery, or a recent birth, ask your doctor or midwife before you press here.',
  ],
  redFlags: ['cauda-equina'],
  sources: [
    {
      source: 'travell-simons-1992-v2',
      chapter: 'Chapter 10, Piriformis and Other Short Lateral Rotators',
    },
    {
      source: 'travell-simons-1992-v2',
      chapter: 'Chapter on the pelvic floor muscles (obturator internus)',
    },
    {
      source: 'donnelly-2019',
      chapter: 'Chapter on the piriformis and the other deep hip rotators',
    },
  ],
};
