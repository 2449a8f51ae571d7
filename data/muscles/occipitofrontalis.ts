import type { Muscle } from '../../src/domain/atlas.ts';

export const occipitofrontalis: Muscle = {
  id: 'occipitofrontalis',
  name: 'Occipitofrontalis',
  aliases: [
    'epicranius',
    'frontalis',
    'occipitalis',
    'frontal belly',
    'occipital belly',
    'scalp muscle',
  ],
  group: 'head-neck',
  anatomy: {
    origin:
      'The back belly from the outer part of the ridge at the base of the skull (superior nuchal line) and the bone behind the ear; the front belly has no bone attachment and rises from the tough sheet that covers the top of the skull (galea aponeurotica).',
    insertion:
      'The back belly into the tough sheet over the top of the skull; the front belly into the skin and the small muscles of the eyebrows and the top of the nose.',
    action:
      'The front belly raises the eyebrows and wrinkles the forehead; the back belly pulls the scalp backward and anchors the sheet so the front belly can pull against it.',
    innervation:
      'The facial nerve (cranial nerve VII): its temporal branches to the front belly and its back-of-the-ear branch (posterior auricular nerve) to the back belly.',
  },
  triggerPoints: [
    {
      id: 'occipitofrontalis-frontal',
      name: 'Frontal belly (frontalis)',
      location:
        'In the forehead muscle, one or two finger-widths above your eyebrow. Raise your eyebrows to feel the muscle wrinkle the forehead, relax, then search for a tender spot with your fingertips.',
      region: 'forehead',
      placement: {
        from: 'eye-centre',
        offset: [-0.004, 0.042, 0.01],
        facing: 'front',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'forehead' }],
        spillover: [],
      },
      symptoms: [
        'An ache over the forehead on the same side, spreading upward from the spot.',
        'A forehead that feels tight or tender to touch.',
      ],
      complaints: ['frontal headache', 'tension-type headache', 'forehead pain'],
    },
    {
      id: 'occipitofrontalis-occipital',
      name: 'Occipital belly (occipitalis)',
      location:
        'On the back of the head, two or three finger-widths out from the middle, just above the bony ridge at the base of the skull. Raise your eyebrows hard and you may feel the muscle tighten under your fingers.',
      region: 'occiput',
      placement: {
        from: 'inion',
        to: 'mastoid',
        t: 0.5,
        offset: [0, 0.035, -0.032],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'occiput' }, { region: 'eye' }],
        spillover: [{ region: 'head-vertex' }],
      },
      symptoms: [
        'A diffuse ache over the back and side of the back of the head.',
        'An intense pain deep behind the eye on the same side.',
        'An ache that can spread over the top of the head.',
        'The back of the head hurts when it rests on a pillow.',
      ],
      complaints: [
        'headache at the back of the head',
        'pain behind the eye',
        'tension-type headache',
        'cannot lie with the head on a pillow',
      ],
    },
  ],
  pressure: {
    position: 'Sitting at a table with your elbows resting on it, or lying on your back.',
    tool: 'The pads of two or three fingers.',
    direction: 'Straight in toward the bone of the skull.',
    steps: [
      'Sit at a table and rest your elbows on it, or lie on your back.',
      'For the forehead, place your fingertips one or two finger-widths above your eyebrow.',
      'Search across the forehead with small, slow movements for a spot that aches or spreads over the forehead.',
      'Press it gently in toward the bone until the ache is about 4 to 6 out of 10.',
      'Hold for 30 to 60 seconds while you breathe slowly and let your forehead go smooth.',
      'Ease off slowly and rest for 20 seconds.',
      'For the back of the head, place your fingertips two or three finger-widths out from the middle, just above the ridge at the base of the skull, and search, press and hold in the same way.',
      'Check by raising your eyebrows and letting them drop: the scalp should feel looser and the headache may ease.',
    ],
    pressure: { min: 4, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'A dull ache in the scalp that melts while you hold, and the scalp feels looser over the bone. Not sharp, not burning, no tingling.',
    stopIf: [
      'The pain turns sharp, burning or electric.',
      'You feel tingling or numbness in the scalp.',
      'The headache gets sharply worse or starts to throb.',
      'You feel dizzy or sick, or your sight changes.',
    ],
  },
  stretch: {
    position: 'Sitting comfortably with your elbows on a table.',
    steps: [
      'Raise your eyebrows as high as you can and hold for 5 seconds.',
      'Let them drop and let your forehead go completely smooth.',
      'Spread your fingers over your scalp, from the forehead to the back of the head.',
      'Without sliding on the skin, move the scalp slowly forward and back over the skull.',
      'Keep moving it gently for 30 seconds.',
      'Repeat the sequence three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing: 'Breathe slowly and let your face relax as you breathe out.',
    feel: 'The scalp gliding more freely over the skull, with a pleasant loosening, not pain.',
    avoid: [
      'Pulling on your hair.',
      'Rubbing so hard that the skin gets sore.',
      'Frowning or squinting while you do it.',
    ],
  },
  selfCare: [
    'Notice when you frown, squint or hold your eyebrows raised, and let your forehead go smooth.',
    'Have your eyesight checked if you squint to read; glasses that fit your task help.',
    'Use good light for reading and close work, and cut glare on your screen.',
    'Wear hats, glasses frames and headbands that do not press on the forehead or the back of the head.',
    'Lay a warm cloth over the forehead or the back of the head for 10 minutes before you press.',
  ],
  perpetuatingFactors: [
    'Frowning, squinting or raising the eyebrows over and over, as with worry, glare or poor eyesight.',
    'Tight hats, headbands or goggle straps.',
    'Lying with the back of the head on a hard surface or a firm pillow.',
    'Trigger points in the sternocleidomastoid (for the forehead) or in the neck muscles at the back (for the back of the head).',
    'Stress and long spells of tense concentration.',
  ],
  precautions: [
    'Keep your fingers off the eye itself and off the bony rim of the eye socket when you work on the forehead.',
    'On the back of the head, stay above the ridge at the base of the skull and do not press hard into the hollow below it.',
    'A sudden, very severe headache, or a headache with fever, a stiff neck, confusion, weakness or trouble speaking, needs urgent medical help.',
    'A headache that started after a blow to the head needs a doctor before you press on it.',
    'A painful rash or blisters on the forehead or scalp can be shingles: see a doctor, especially if it is near the eye.',
    'If you are over 50 and have a new headache with a tender scalp, jaw pain when chewing or any change in your sight, see a doctor the same day.',
  ],
  redFlags: ['temple-pain-over-50', 'sudden-severe-headache', 'headache-fever-stiff-neck'],
  sources: [
    {
      source: 'simons-travell-simons-1999-v1',
      chapter: 'Chapter on the occipitofrontalis muscle',
    },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the occipitofrontalis muscle' },
    { source: 'davies-2013', chapter: 'Chapter 4, Head and Neck Pain' },
  ],
};
