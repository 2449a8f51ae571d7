import type { Muscle } from '../../src/domain/atlas.ts';

/**
 * Simons, Travell & Simons number the posterior cervical trigger points together: TrP1 lies in
 * the deep layer at C4–C5 (see cervical-multifidi.ts); TrP2 and TrP3 lie in semispinalis capitis.
 * The numbering is kept so the names match the manual.
 */
export const semispinalisCapitis: Muscle = {
  id: 'semispinalis-capitis',
  name: 'Semispinalis capitis',
  aliases: ['semispinalis', 'complexus', 'posterior cervical muscles'],
  group: 'head-neck',
  anatomy: {
    origin:
      'The tips of the side knobs (transverse processes) of the top six or seven chest vertebrae and the lowest neck bone, and the joint knobs (articular processes) of the fourth to sixth neck bones (C4 to C6).',
    insertion:
      'The back of the skull between the two ridges at its base (superior and inferior nuchal lines), close to the middle.',
    action:
      'Tips your head back and holds it up when you lean forward; one side alone helps tilt the head toward that side.',
    innervation:
      'Back branches of the neck nerves, including the greater occipital nerve (C2), which passes through the muscle on its way to the scalp.',
  },
  triggerPoints: [
    {
      id: 'semispinalis-capitis-tp2',
      name: 'TrP2 (mid-neck)',
      location:
        'On the back of your neck, one finger-width out from the bony bumps of the spine, about three finger-widths below the base of your skull. It lies in the thick column of muscle that runs up beside the spine.',
      region: 'neck-back',
      placement: {
        from: 'inion',
        offset: [0.018, -0.06, 0.036],
        facing: 'back',
      },
      depth: 'deep',
      depthNote:
        'It lies under the upper trapezius; press through that thin layer toward the neck bones.',
      referral: {
        essential: [{ region: 'occiput' }],
        spillover: [],
      },
      symptoms: [
        'An ache over the back of your head on the same side.',
        'The back of your head feels sore when it rests on a pillow.',
        'Bending your head forward feels tight and may hurt.',
        'When the muscle is very tight, the back of the scalp can burn, tingle or feel numb.',
      ],
      complaints: [
        'headache at the back of the head',
        'tension-type headache',
        'stiff neck',
        "can't lie with the head on a pillow",
      ],
    },
    {
      id: 'semispinalis-capitis-tp3',
      name: 'TrP3 (below the skull)',
      location:
        'Just below the ridge at the base of your skull, one to two finger-widths out from the middle, where the thick muscle beside the spine joins the skull.',
      region: 'occiput',
      placement: {
        from: 'inion',
        offset: [0.02, -0.022, 0.022],
        facing: 'back',
      },
      depth: 'deep',
      depthNote:
        'It lies under the upper trapezius near its top; press through it up and in toward the skull.',
      referral: {
        essential: [{ region: 'temple' }, { region: 'eye' }],
        spillover: [{ region: 'occiput' }],
      },
      symptoms: [
        'A headache like a band wrapped around half of your head, from the back of the head to the front.',
        'The band is strongest at the temple and over the eyebrow on the same side.',
        'The headache is often worse after a long spell looking up or with your head tipped back.',
      ],
      complaints: [
        'tension-type headache',
        'headache like a band around the head',
        'temple headache',
        'headache over the eye',
      ],
    },
  ],
  pressure: {
    position: 'Lying on your back on a firm bed or the floor, knees bent, head on a thin pillow.',
    tool: 'The pads of your fingers, two or three together.',
    direction:
      'Straight in toward the neck bones, one finger-width to the side of the bony bumps of the spine.',
    steps: [
      'Lie on your back with your knees bent and your head on a thin pillow.',
      'Reach behind your neck with the hand on the sore side and find the bony bumps down the middle.',
      'Move your fingers one finger-width out to the side, onto the thick column of muscle.',
      'Start just below the skull and press in slowly until you find a tender spot, to an ache of about 4 to 6 out of 10.',
      'Hold steady for 30 to 60 seconds while you breathe slowly.',
      'Ease off and rest for 30 seconds.',
      'Move your fingers two finger-widths lower and repeat, down to the middle of your neck.',
      'Check by tucking your chin toward your chest: the back of your neck should feel freer.',
    ],
    pressure: { min: 4, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 30,
    releaseFeel:
      'A deep ache that slowly fades under your fingers, often with the headache easing. Not sharp, not burning, no tingling in the scalp.',
    stopIf: [
      'You feel dizzy or sick, or you see spots or double.',
      'Tingling or numbness on the back of your head gets stronger while you press.',
      'You feel pain right on the bony middle of the spine.',
      'The headache gets worse or starts to throb.',
    ],
  },
  stretch: {
    position: 'Sitting tall on a chair, looking straight ahead.',
    steps: [
      'Glide your chin straight back, as if making a double chin.',
      'Keeping the chin tucked, bend your head and neck slowly forward toward your chest.',
      'Clasp your hands lightly on the back of your head and let their weight add a gentle pull.',
      'Hold for 30 seconds.',
      'Lift your head back upright slowly.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing:
      'Breathe slowly and evenly; as you breathe out, let the back of your neck lengthen a little more.',
    feel: 'A gentle, even pull up the back of the neck to the base of the skull.',
    avoid: [
      'Pushing your head down hard with your hands.',
      'Rounding your whole back instead of bending at the neck.',
      'Carrying on if you feel dizzy or get tingling in your arms or on your scalp.',
    ],
  },
  selfCare: [
    'Lay a warm pack across the back of your neck for 15 minutes before the pressure or the stretch.',
    'Set your screen so you look straight ahead or slightly down, never up.',
    'If you tip your head back to read through the bottom of your glasses, ask about glasses made for screen or reading distance.',
    'Choose a pillow that keeps your neck level, and avoid sleeping propped up so your head is bent forward.',
    'When you read in bed or on a sofa, prop the book up instead of bending your head down.',
  ],
  perpetuatingFactors: [
    'Pushing your head forward in front of your shoulders for long spells.',
    'Tipping your head back to read through the bottom of varifocal glasses or to look at a high screen.',
    'Long spells looking down at a book, a desk or a phone.',
    'Falling asleep sitting up, or with your head propped on the arm of a sofa.',
    'A whiplash injury or a fall.',
    'A cold draught on the back of the neck.',
  ],
  precautions: [
    'Press beside the spine, not on the bony bumps in the middle.',
    'Burning, tingling or numbness on the back of the head can come from the nerve that runs through this muscle; press gently and stop if it gets stronger.',
    'See a doctor before treating if your headache started after a neck injury, is new and severe, wakes you at night, or comes with fever or a stiff neck when you bend your chin to your chest.',
    'Leave this area alone if you have a known weakness of the top neck joints (for example from rheumatoid arthritis) or have had neck surgery, unless your doctor agrees.',
  ],
  redFlags: ['sudden-severe-headache', 'headache-fever-stiff-neck'],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter 16, Posterior Cervical Muscles' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the posterior cervical muscles' },
    { source: 'davies-2013', chapter: 'Chapter 4, Head and Neck Pain' },
  ],
};
