import type { Muscle } from '../../src/domain/atlas.ts';

export const tensorFasciaeLatae: Muscle = {
  id: 'tensor-fasciae-latae',
  name: 'Tensor fasciae latae',
  aliases: ['TFL', 'tensor fascia lata', 'tensor fasciae femoris'],
  group: 'low-back-pelvis-hip',
  anatomy: {
    origin:
      'The bony point at the front of the pelvis (ASIS) and the outer edge of the top rim of the pelvis just behind it.',
    insertion:
      'The long band of fascia down the outside of the thigh (iliotibial band), a little below the level of the bony point at the side of the hip; the band carries its pull down to the outer side of the top of the shin bone.',
    action:
      'Helps bend the hip, lift the thigh out to the side and turn it inward, and steadies the pelvis and the knee when you stand on one leg.',
    innervation: 'Superior gluteal nerve (L4, L5, S1).',
  },
  triggerPoints: [
    {
      id: 'tensor-fasciae-latae-tp',
      name: 'Tensor fasciae latae TrP',
      location:
        'At the front of the side of the hip. Find the bony point at the front of the pelvis (ASIS), then slide your fingers about three finger-widths down and a little back onto soft muscle, in front of the bony point at the side of the hip. Turn your knee inward and you feel the muscle tighten.',
      region: 'hip-side',
      placement: {
        from: 'asis',
        to: 'greater-trochanter',
        t: 0.4,
        offset: [0, -0.015, 0],
        facing: 'outside',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'hip-side' }, { region: 'thigh-outer' }],
        spillover: [{ region: 'knee-outer' }],
      },
      symptoms: [
        'An ache at the front and side of the hip that seems to come from the hip joint.',
        'The ache runs down the front and outside of the thigh and sometimes reaches the knee.',
        'Lying on that side, walking fast and sitting for long with the hip sharply bent can make it worse.',
        'It is often taken for inflammation of the bursa at the side of the hip (trochanteric bursitis).',
      ],
      complaints: [
        'hip pain',
        'pseudo-trochanteric bursitis',
        'outer thigh pain',
        'pain lying on your side',
        'pain walking fast',
      ],
    },
  ],
  pressure: {
    position:
      'Lie face down on the floor, turned a little toward the sore side, or stand facing a wall turned slightly sideways.',
    tool: 'A tennis ball or lacrosse ball on the floor or against a wall, or a foam roller. Your thumbs or knuckles also work.',
    direction:
      'Straight in toward the front of the thighbone, from the front and outside, below the rim of the pelvis.',
    steps: [
      'Lie face down on the floor and roll a quarter turn onto the sore side, propped on your forearms.',
      'Place the ball under the front of the side of the hip, about three finger-widths below the bony point at the front of the pelvis.',
      'Roll slowly a little forward, back, up and down until you find a tender spot.',
      'Let your weight settle onto the ball until the ache is about 5 to 7 out of 10.',
      'Hold still for 30 to 60 seconds, breathing slowly.',
      'Roll off the ball and rest for 20 seconds.',
      'Repeat the hold twice more.',
      'Check by walking a few quick steps: the front and side of the hip should feel easier.',
    ],
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'A strong, dull ache under the ball that may spread down the side of the thigh and then fades as you hold. Not sharp, not burning, no tingling.',
    stopIf: [
      'You feel burning, tingling or numbness on the front or outside of the thigh: a skin nerve passes close to the bony point at the front of the pelvis, so move the ball further down and back.',
      'The ball sits on the bony point at the front of the pelvis or at the side of the hip instead of on muscle.',
      'The pain turns sharp.',
    ],
  },
  stretch: {
    position:
      'Standing side-on to a wall, about an arm’s length away, with the sore side nearest the wall.',
    steps: [
      'Put the hand on the sore side flat on the wall at shoulder height.',
      'Cross the leg on the sore side behind the other leg, and keep it straight.',
      'Turn the back foot slightly outward.',
      'Tuck your tailbone under so the hip on the sore side moves forward a little.',
      'Let that hip sway slowly toward the wall while your upper body stays upright.',
      'Stop where you feel a pull across the front and side of the hip, and hold for 30 seconds.',
      'Bring the hip back to the middle and uncross your legs.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing:
      'Breathe out slowly as the hip sways toward the wall; breathe normally while you hold.',
    feel: 'A gentle pull at the front and side of the hip, sometimes down the outside of the thigh.',
    avoid: [
      'Arching the low back or leaning the upper body away from the wall.',
      'Bending the back knee.',
      'Holding through a pinch in the hip joint.',
    ],
  },
  selfCare: [
    'Sit with your hips a little higher than your knees; avoid low, deep seats that bend the hips sharply.',
    'Get up and walk for a minute every 20 to 30 minutes when you sit.',
    'When you lie on your side, put a pillow between your knees, and do not sleep tightly curled up.',
    'Build up walking and running distances a little at a time.',
    'A heat pack on the front and side of the hip for 15 to 20 minutes can help it relax.',
  ],
  perpetuatingFactors: [
    'Sitting for long periods with the hips sharply bent, such as in low seats or with the knees above the hips.',
    'Sleeping curled up on your side, with the hips sharply bent.',
    'Long walks or runs when the muscle is not used to them.',
    'A sudden strain, such as a fall or a slip with the leg out to the side.',
  ],
  precautions: [
    'A skin nerve of the thigh passes close to the bony point at the front of the pelvis: if you feel burning, tingling or numbness on the outer thigh, move away.',
    'After a hip replacement, ask your surgeon before you press around the hip or cross the leg behind you in a stretch.',
    'Hip pain after a fall, pain that stops you putting weight on the leg, or a hot, swollen hip with fever needs a doctor first.',
  ],
  redFlags: ['injury', 'hot-swollen-joint'],
  sources: [
    { source: 'travell-simons-1992-v2', chapter: 'Chapter on the tensor fasciae latae muscle' },
    { source: 'davies-2013', chapter: 'Section on the tensor fasciae latae' },
    { source: 'donnelly-2019', chapter: 'Chapter on the tensor fasciae latae muscle' },
  ],
};
