import type { Muscle } from '../../src/domain/atlas.ts';

export const suboccipitals: Muscle = {
  id: 'suboccipitals',
  name: 'Suboccipital muscles',
  aliases: [
    'suboccipitals',
    'rectus capitis posterior major',
    'rectus capitis posterior minor',
    'obliquus capitis superior',
    'obliquus capitis inferior',
  ],
  group: 'head-neck',
  anatomy: {
    origin:
      'Four small muscles on each side from the top two neck bones: the spine of the second bone (axis) and the back and side of the first bone (atlas).',
    insertion:
      'The underside of the back of the skull, below the ridge at its base (inferior nuchal line), and the side knob of the first neck bone (for the lower oblique).',
    action:
      'They tip the head back on the top of the neck, turn it and tilt it to the side, and make the fine adjustments that keep your eyes level.',
    innervation: 'The suboccipital nerve (the back branch of the first neck nerve, C1).',
  },
  triggerPoints: [
    {
      id: 'suboccipitals-tp1',
      name: 'Suboccipital TrPs',
      location:
        'In the hollow just under the back of your skull, one or two finger-widths out from the middle, between the centre of the neck and the bony bump behind your ear. You feel them as deep tenderness rather than as a clear knot.',
      region: 'neck-back',
      placement: {
        from: 'inion',
        to: 'mastoid',
        t: 0.45,
        offset: [0, -0.05, -0.01],
        facing: 'back',
      },
      depth: 'deep',
      depthNote:
        'They lie under three layers of neck muscle (upper trapezius, splenius capitis and semispinalis capitis), so you press through those to reach them.',
      referral: {
        essential: [{ region: 'occiput' }, { region: 'temple' }, { region: 'eye' }],
        spillover: [{ region: 'forehead' }],
      },
      symptoms: [
        'A headache that seems to be deep inside the head and is hard to point to.',
        'Pain that runs from the back of the head around the side of the head toward the eye and forehead.',
        'The back of the head aches when it rests on a pillow.',
        'A tight feeling at the base of the skull when you tuck your chin.',
      ],
      complaints: [
        'tension-type headache',
        'headache at the base of the skull',
        'pain behind the eye',
        'headache after screen work',
      ],
    },
  ],
  pressure: {
    position: 'Lying on your back on the floor or a firm bed, knees bent.',
    tool: 'Two tennis balls tied in a sock, or the pads of your fingers.',
    direction:
      'Into the hollow under your skull and slightly up toward the base of the skull, letting the weight of your head do the pressing.',
    steps: [
      'Lie on your back with your knees bent and your feet flat.',
      'Place the balls in the sock under the back of your head, in the hollow just below the skull, one ball on each side of the middle.',
      'Let your head rest its weight on the balls, keeping the middle of the neck between them.',
      'Nod your chin very slightly so the pressure sinks in, to a deep ache of about 4 to 6 out of 10.',
      'Hold still for 30 to 90 seconds while you breathe slowly.',
      'Roll your head a little to one side to move the pressure a finger-width further out, and hold again.',
      'Lift your head off the balls and rest for 30 seconds.',
      'Sit up slowly and check by tucking your chin: the base of the skull should feel softer.',
    ],
    pressure: { min: 4, max: 6 },
    holdSeconds: { min: 30, max: 90 },
    rounds: 3,
    restSeconds: 30,
    releaseFeel:
      'A deep, dull ache at the base of the skull that melts slowly, often with the headache easing. Not sharp, not throbbing, no tingling.',
    stopIf: [
      'You feel dizzy or sick, or you see spots or double.',
      'You feel numbness or tingling in your face, arms or hands.',
      'The headache gets sharply worse or starts to throb.',
      'You feel pain right on the middle of the spine.',
    ],
  },
  stretch: {
    position: 'Sitting tall on a chair, looking straight ahead.',
    steps: [
      'Glide your chin straight back, as if making a double chin, without tipping your head down.',
      'Keeping the chin tucked, nod your head forward a little, as if saying a slow yes.',
      'Rest your fingertips on the back of your head and let their weight add a light pull.',
      'Hold for 30 seconds.',
      'Lift your head back upright slowly.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing: 'Breathe slowly and evenly; let the back of the neck lengthen as you breathe out.',
    feel: 'A gentle pull right at the base of the skull, at the top of the neck.',
    avoid: [
      'Pushing your head down hard with your hands.',
      'Rounding your whole upper back instead of nodding at the top of the neck.',
      'Carrying on if you feel dizzy or get tingling in your arms.',
    ],
  },
  selfCare: [
    'Lay a warm pack across the back of your neck for 15 minutes before the pressure or the stretch.',
    'Set your screen so the top of it is at eye level and you do not have to tip your head back to read.',
    'If you tip your head back to read through the bottom of your glasses, ask about glasses made for screen distance.',
    'Choose a pillow that keeps your neck level, neither tipped back nor pushed forward.',
    'Keep cold draughts, such as air conditioning or a fan, off the back of your neck.',
  ],
  perpetuatingFactors: [
    'Tipping your head back for long spells, for example to read through the bottom of varifocal glasses or to see a screen set too high.',
    'Pushing your head forward in front of your shoulders.',
    'Looking up for long periods.',
    'A pillow that is too flat or too high.',
    'Cold draughts on the back of the neck.',
    'Eye strain and long, tense spells of concentration.',
  ],
  precautions: [
    'Do not press hard right on the middle of the base of your skull or on the top of the spine; stay one or two finger-widths to each side.',
    'Stop at once if you feel dizzy, see spots or double, feel sick, or get numbness in your face or arms.',
    'See a doctor before treating if your headache started after a neck injury, is new and severe, wakes you at night, or comes with fever or a stiff neck.',
    'Leave this area alone if you have a known weakness of the top neck joints (for example from rheumatoid arthritis) or have had neck surgery, unless your doctor agrees.',
    'Use soft balls, never a hard tool that could slip into the neck.',
  ],
  redFlags: ['sudden-severe-headache', 'headache-fever-stiff-neck'],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter 17, Suboccipital Muscles' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the suboccipital muscles' },
    { source: 'davies-2013', chapter: 'Chapter 4, Head and Neck Pain' },
  ],
};
