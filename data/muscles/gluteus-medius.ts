import type { Muscle } from '../../src/domain/atlas.ts';

export const gluteusMedius: Muscle = {
  id: 'gluteus-medius',
  name: 'Gluteus medius',
  aliases: ['glute med', 'middle gluteal muscle'],
  group: 'low-back-pelvis-hip',
  anatomy: {
    origin:
      'The outer face of the hip bone (ilium), in the wide band just below its top rim (iliac crest), and the tough sheet of fascia over it.',
    insertion: 'The outer side of the bony point at the top of the thighbone (greater trochanter).',
    action:
      'Lifts the thigh out to the side; above all, it keeps the pelvis level when you stand or walk on one leg. Its front fibres help turn the thigh inward.',
    innervation: 'Superior gluteal nerve (L4, L5, S1).',
  },
  triggerPoints: [
    {
      id: 'gluteus-medius-tp1',
      name: 'TrP1',
      location:
        'At the back of the hip bone, just below its top rim and a little out from the bony dimple at the back of the pelvis (PSIS), near the sacroiliac joint.',
      region: 'buttock',
      placement: { from: 'psis', to: 'iliac-crest', t: 0.2, facing: 'back' },
      depth: 'deep',
      depthNote: 'It lies under the thin upper edge of the big buttock muscle (gluteus maximus).',
      referral: {
        essential: [{ region: 'low-back' }, { region: 'sacrum' }],
        spillover: [{ region: 'buttock' }],
      },
      symptoms: [
        'Aching along the back of the top rim of the pelvis, over the sacroiliac joint and across the sacrum.',
        'The ache can spread over much of the buttock.',
        'Walking, and lying on your back or on that side, can make it worse.',
      ],
      complaints: ['low back pain', 'sacroiliac pain', 'pain walking', 'pain lying on your back'],
    },
    {
      id: 'gluteus-medius-tp2',
      name: 'TrP2',
      location:
        'Just below the middle of the top rim of the hip bone, at the back and side of the hip, about two finger-widths under the rim.',
      region: 'buttock',
      placement: { from: 'psis', to: 'iliac-crest', t: 0.6, offset: [0, -0.02, 0], facing: 'back' },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'buttock' }],
        spillover: [{ region: 'hip-side' }, { region: 'thigh-back' }, { region: 'thigh-outer' }],
      },
      symptoms: [
        'Aching in the middle and outer part of the buttock.',
        'The ache can reach the side of the hip and the back and outside of the upper thigh.',
        'Lying on that side, or slumping in a chair, can bring it on.',
      ],
      complaints: ['buttock pain', 'hip pain', 'pain lying on your side', 'limping'],
    },
    {
      id: 'gluteus-medius-tp3',
      name: 'TrP3',
      location:
        'Toward the front, just below the top rim of the hip bone, a few finger-widths behind and above the bony point at the front of the pelvis (ASIS). This one is less common.',
      region: 'hip-side',
      placement: {
        from: 'asis',
        to: 'iliac-crest',
        t: 0.5,
        offset: [0, -0.025, 0],
        facing: 'outside',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'low-back' }, { region: 'sacrum' }],
        spillover: [],
      },
      symptoms: [
        'Aching along the top rim of the pelvis and across the lowest part of the back and the sacrum.',
      ],
      complaints: ['low back pain', 'pain walking'],
    },
  ],
  pressure: {
    position:
      'Stand with your back to a wall, or lie on your back on the floor with your knees bent.',
    tool: 'A tennis ball or lacrosse ball against a wall or the floor. Your thumbs or a cane-shaped massage tool also work.',
    direction: 'Straight in toward the flat of your hip bone, just below its top rim.',
    steps: [
      'Stand with your back to a wall, with the ball between the wall and the sore side.',
      'Place the ball just below the top rim of the hip bone, at the back, near the dimple of the pelvis.',
      'Roll the ball slowly along under the rim, from the back round toward the side of the hip, until you find a tender spot.',
      'Lean into that spot until the ache is about 5 to 7 out of 10.',
      'Hold still and breathe slowly for 30 to 60 seconds.',
      'Ease off the wall.',
      'Rest for 20 seconds, then hold again; do three rounds on each tender spot.',
      'Check by standing on the sore leg for a few seconds: the hip should feel steadier and less sore.',
    ],
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'A strong, dull ache under the ball that eases and softens as you hold. Not sharp, not burning, no tingling.',
    stopIf: [
      'The pain turns sharp.',
      'Pain, tingling or numbness shoots down the leg.',
      'The ball sits on the bony point at the side of the hip instead of on muscle.',
    ],
  },
  stretch: {
    position:
      'Lying on your side on a bed, with the sore side on top and your back close to the edge.',
    steps: [
      'Lie on your good side near the edge of the bed, with your back toward the edge.',
      'Bend the lower knee a little to keep you steady.',
      'Keep the top leg straight and move it back, behind the lower leg.',
      'Let the top leg hang down over the edge of the bed under its own weight.',
      'Hold for 30 seconds where you feel a pull over the side and back of the hip.',
      'Lift the leg back onto the bed, bending the knee to make it easy.',
      'Repeat with the top leg moved slightly forward of the lower leg, to reach the front fibres.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing: 'Breathe out slowly and let the leg sink a little further with each breath out.',
    feel: 'A gentle pull along the side of the hip and just under the rim of the pelvis.',
    avoid: [
      'Rolling back onto your back while the leg hangs.',
      'Forcing the leg down with your hand.',
      'Holding through sharp pain at the side of the hip.',
    ],
  },
  selfCare: [
    'When you lie on your side, put a pillow between your knees so the top leg does not drop forward and down.',
    'Stand with your weight on both feet rather than hanging on one hip.',
    'Sit with both feet on the floor and avoid crossing your legs for long.',
    'Take the wallet out of your back pocket before you sit.',
    'On long walks or runs, avoid sloping ground and soft sand until the pain settles.',
  ],
  perpetuatingFactors: [
    'One leg a little shorter than the other.',
    'A long second toe bone (Morton foot structure), which makes the foot roll and loads the hip.',
    'Standing for long periods with your weight on one leg.',
    'Sitting for long stretches, or sitting on a wallet.',
    'Sleeping on your side without a pillow between your knees.',
    'Running or walking on sloping ground or soft sand.',
  ],
  precautions: [
    'If you have had a hip replacement, ask your surgeon before you press or stretch around the hip.',
    'Keep the ball off the bony point at the side of the hip (greater trochanter); press the muscle above and behind it.',
    'Back pain with numbness in the groin or around the back passage, or new trouble holding urine or stool, needs a doctor the same day.',
  ],
  redFlags: ['cauda-equina'],
  sources: [
    { source: 'travell-simons-1992-v2', chapter: 'Chapter 8, Gluteus Medius Muscle' },
    { source: 'davies-2013', chapter: 'Section on the gluteus medius' },
    { source: 'donnelly-2019', chapter: 'Chapter on the gluteus medius muscle' },
  ],
};
