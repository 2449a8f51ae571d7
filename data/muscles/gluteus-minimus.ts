import type { Muscle } from '../../src/domain/atlas.ts';

export const gluteusMinimus: Muscle = {
  id: 'gluteus-minimus',
  name: 'Gluteus minimus',
  aliases: ['glute min', 'smallest gluteal muscle'],
  group: 'low-back-pelvis-hip',
  anatomy: {
    origin:
      'The outer face of the hip bone (ilium), below and underneath the gluteus medius, between its lower two gluteal lines.',
    insertion: 'The front of the bony point at the top of the thighbone (greater trochanter).',
    action:
      'Lifts the thigh out to the side and, with the gluteus medius, keeps the pelvis level when you stand on one leg. Its front fibres turn the thigh inward.',
    innervation: 'Superior gluteal nerve (L4, L5, S1).',
  },
  triggerPoints: [
    {
      id: 'gluteus-minimus-anterior',
      name: 'Anterior TrPs',
      location:
        'On the side of the hip, toward the front: about halfway between the bony point at the front of the pelvis (ASIS) and the bony point at the side of the hip (greater trochanter), a little below the rim of the pelvis.',
      region: 'hip-side',
      placement: { from: 'asis', to: 'greater-trochanter', t: 0.5, facing: 'outside' },
      depth: 'deep',
      depthNote:
        'It lies under the muscle at the front of the hip (tensor fasciae latae) and the front of the gluteus medius. Press in slowly and firmly toward the hip joint.',
      referral: {
        // The lower outer buttock over the hip joint: the side of the hip as well as the buttock.
        essential: [
          { region: 'buttock' },
          { region: 'hip-side' },
          { region: 'thigh-outer' },
          { region: 'outer-lower-leg' },
        ],
        spillover: [{ region: 'knee-outer' }, { region: 'ankle-outer' }],
      },
      symptoms: [
        'A deep, nagging ache in the lower outer buttock that runs down the outside of the thigh.',
        'It can carry on past the outer knee, down the outside of the lower leg as far as the ankle, like sciatica down the side of the leg.',
        'It is often worse when you get up from a chair, when you walk, and when you lie on that side at night.',
      ],
      complaints: [
        'sciatica-like pain',
        'hip pain',
        'pain getting up from a chair',
        'limping',
        'pain lying on your side',
      ],
    },
    {
      id: 'gluteus-minimus-posterior',
      name: 'Posterior TrPs',
      location:
        'In the buttock, about halfway along a line from the bony dimple at the back of the pelvis (PSIS) to the bony point at the side of the hip (greater trochanter), just above that line.',
      region: 'buttock',
      placement: {
        from: 'psis',
        to: 'greater-trochanter',
        t: 0.5,
        offset: [0, 0.005, -0.045],
        facing: 'back',
      },
      depth: 'deep',
      depthNote:
        'It lies under two layers of buttock muscle, the gluteus maximus and the gluteus medius, so it takes slow, steady pressure to reach.',
      referral: {
        essential: [{ region: 'buttock' }, { region: 'thigh-back' }, { region: 'calf' }],
        spillover: [{ region: 'knee-back' }],
      },
      symptoms: [
        'An ache over the buttock, mostly its lower inner part.',
        'The ache runs down the back of the thigh and into the calf, like sciatica.',
        'Sitting for a long time and standing up afterwards can make it worse.',
      ],
      complaints: [
        'sciatica-like pain',
        'buttock pain',
        'pain sitting',
        'pain getting up from a chair',
      ],
    },
  ],
  pressure: {
    position:
      'For the front points, stand side-on to a wall or lie on the sore side on the floor. For the back points, stand with your back to a wall.',
    tool: 'A tennis ball or lacrosse ball against a wall or the floor.',
    direction:
      'In toward your hip joint: from the side for the front points, and straight in through the buttock from behind for the back points.',
    steps: [
      'Stand side-on to a wall, with the sore hip nearest it.',
      'Place the ball between the wall and the side of your hip, a little below the rim of the pelvis and toward the front.',
      'Lean into the ball and shift slightly forward and back until you find a spot that is tender or sends an ache down the outside of the leg.',
      'Lean your weight in until the ache is about 5 to 7 out of 10.',
      'Hold still and breathe slowly for 30 to 60 seconds.',
      'Ease off the wall and rest for 20 seconds.',
      'Repeat the hold twice more.',
      'For the back points, turn your back to the wall and place the ball in the middle of the buttock, halfway between the back of the pelvis and the side of the hip; find, hold and rest the same way.',
      'Check by walking a few steps: the hip and leg should feel a little easier.',
    ],
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'A deep, dull ache that spreads and then fades as you hold, and the hip feels looser. Not sharp, not burning, no tingling.',
    stopIf: [
      'Pain shoots down the leg like an electric shock.',
      'You feel tingling or numbness in the leg or foot.',
      'The pain turns sharp.',
      'The ball sits on the bony point at the side of the hip instead of on muscle.',
    ],
  },
  stretch: {
    position:
      'Standing side-on to a wall, about an arm’s length away, with the sore side nearest the wall.',
    steps: [
      'Put the hand on the sore side flat on the wall at shoulder height.',
      'Cross the leg on the sore side behind the other leg.',
      'Keep both feet flat on the floor.',
      'Let your hip on the sore side sway slowly toward the wall while your upper body stays upright.',
      'Stop where you feel a pull over the side of the hip, and hold for 30 seconds.',
      'Bring the hip back to the middle and uncross your legs.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing: 'Breathe slowly. On each breath out, let the hip sink a little closer to the wall.',
    feel: 'A gentle pull over the side of the hip and the outer buttock.',
    avoid: [
      'Twisting your trunk or letting it bend forward.',
      'Pushing through pain that runs down the leg.',
      'Bouncing.',
    ],
  },
  selfCare: [
    'Get up and walk about every 20 minutes when you sit or drive for long.',
    'When you lie on your side, put a pillow between your knees.',
    'If lying on the sore side hurts, sleep on the other side or on your back with a pillow under your knees.',
    'Take the wallet out of your back pocket before you sit.',
    'Stand with your weight on both feet instead of resting on one hip.',
  ],
  perpetuatingFactors: [
    'Sitting still for a long time, such as driving with the foot held on the accelerator.',
    'One leg a little shorter than the other.',
    'A long second toe bone (Morton foot structure).',
    'Standing for long periods with your weight on one leg.',
    'Walking with a limp after a foot, knee or hip injury.',
    'Sitting on a wallet in a back pocket.',
  ],
  precautions: [
    'Leg pain with numbness, weakness in the foot or ankle, or new trouble holding urine or stool needs a doctor first: it may come from a nerve, not a muscle.',
    'If you have had a hip replacement, ask your surgeon before you press or stretch around the hip.',
    'Keep the ball off the bony point at the side of the hip (greater trochanter).',
  ],
  redFlags: ['cauda-equina', 'leg-weakness'],
  sources: [
    { source: 'travell-simons-1992-v2', chapter: 'Chapter 9, Gluteus Minimus Muscle' },
    { source: 'davies-2013', chapter: 'Section on the gluteus minimus' },
    { source: 'donnelly-2019', chapter: 'Chapter on the gluteus minimus muscle' },
  ],
};
