import type { Muscle } from '../../src/domain/atlas.ts';

/**
 * Simons, Travell & Simons number the posterior cervical trigger points together; TrP1 is the
 * deep one at C4–C5, in the multifidi and the semispinalis cervicis above them. TrP2 and TrP3
 * are in semispinalis capitis (see semispinalis-capitis.ts).
 */
export const cervicalMultifidi: Muscle = {
  id: 'cervical-multifidi',
  name: 'Cervical multifidi',
  aliases: [
    'multifidus',
    'multifidi',
    'neck multifidi',
    'rotatores',
    'semispinalis cervicis',
    'posterior cervical muscles',
  ],
  group: 'head-neck',
  anatomy: {
    origin:
      'The joint knobs (articular processes) of the lower neck bones (C4 to C7) and the side knobs of the top chest vertebrae.',
    insertion:
      'The spines of the neck bones two to four levels higher, up to the second neck bone (C2).',
    action:
      'Hold the neck bones steady, one joint at a time; they help tip the neck back and turn it slightly toward the other side.',
    innervation: 'Back branches of the neck nerves (medial branches of the cervical dorsal rami).',
  },
  triggerPoints: [
    {
      id: 'cervical-multifidi-tp1',
      name: 'TrP1 (C4–C5 level)',
      location:
        'On the back of your neck, in the groove just beside the bony bumps of the spine, about halfway between the base of the skull and the big bump at the bottom of the neck (C7). It lies deep, right against the bone.',
      region: 'neck-back',
      placement: {
        from: 'c7',
        to: 'inion',
        t: 0.35,
        offset: [0.015, 0, 0.01],
        facing: 'back',
      },
      depth: 'deep',
      depthNote:
        'It lies in the deepest layer of the neck, under the upper trapezius, the splenius and the semispinalis capitis; press through them into the groove beside the spine.',
      referral: {
        essential: [{ region: 'occiput' }, { region: 'neck-back' }],
        spillover: [{ region: 'shoulder-top' }, { region: 'between-shoulder-blades' }],
      },
      symptoms: [
        'An ache at the base of the skull and down the back of the neck on the same side.',
        'Sometimes the ache spreads down over the top of the shoulder to the upper inner edge of the shoulder blade.',
        'A tender, tight spot beside the spine that you can put a finger on.',
        'The neck feels stiff, mostly when you bend it forward.',
      ],
      complaints: [
        'neck ache',
        'headache at the base of the skull',
        'stiff neck',
        'pain at the inner edge of the shoulder blade',
        'neck pain after screen work',
      ],
    },
  ],
  pressure: {
    position:
      'Sitting in a chair with a high back or lying on your back, with your head tipped very slightly back so the neck muscles go slack.',
    tool: 'The pads of the middle and ring fingers of your other hand, held together.',
    direction:
      'Straight in toward the bone, and slightly toward the middle, into the groove beside the spine.',
    steps: [
      'Sit back or lie down and let your head rest, tipped very slightly back.',
      'Reach behind your neck with your other hand and find the bony bumps down the middle.',
      'Slide your fingertips just off the bumps into the groove on the sore side, halfway down your neck.',
      'Press slowly in and slightly toward the middle until you find a small, tender spot, to an ache of about 4 to 6 out of 10.',
      'Hold steady for 30 to 60 seconds while you breathe slowly.',
      'Ease off and rest for 30 seconds.',
      'Move one finger-width up or down the groove and repeat, for three rounds in all.',
      'Check by bending your head forward and turning it from side to side: it should move more easily.',
    ],
    pressure: { min: 4, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 30,
    releaseFeel:
      'A small, deep ache beside the spine that slowly melts, and the ache at the base of the skull eases with it. Not sharp, no shooting pain, no tingling.',
    stopIf: [
      'You feel pain shooting down your arm, or tingling or numbness in your arm or hand.',
      'You feel dizzy or sick.',
      'You feel sharp pain on the bone itself.',
      'The ache in the neck gets worse instead of easing.',
    ],
  },
  stretch: {
    position: 'Sitting tall on a firm chair with your feet flat on the floor.',
    steps: [
      'Hold the edge of the seat with the hand on the sore side, so that shoulder stays down.',
      'Tuck your chin in slightly.',
      'Turn your face a little toward the sore side.',
      'Bend your head and neck slowly forward.',
      'Rest your other hand on the back of your head and let its weight add a light pull.',
      'Hold for 30 seconds.',
      'Lift your head back to the middle slowly, helping it with your hand.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing: 'Breathe slowly; as you breathe out, let your neck bend a little further.',
    feel: 'A gentle pull deep in the back of the neck, beside the spine, on the sore side.',
    avoid: [
      'Pulling hard on your head with your hand.',
      'Quick, jerky movements of the neck.',
      'Carrying on if you feel pain, tingling or numbness going down your arm.',
    ],
  },
  selfCare: [
    'Lay a warm pack or a warm, damp towel across the back of your neck for 15 minutes before the pressure or the stretch.',
    'Raise your screen or your book so you do not hold your head bent forward.',
    'Take a break every half hour at a desk: stand, drop your shoulders, and turn your head slowly to each side.',
    'Use a pillow that keeps your neck level with your body.',
  ],
  perpetuatingFactors: [
    'Pushing your head forward in front of your shoulders, as at a screen or when driving.',
    'Long spells with your head bent down over a book, a desk or a phone.',
    'Sleeping with your neck twisted or on too many pillows.',
    'A whiplash injury.',
    'Wear and tear of the neck joints (arthritis), which these small muscles guard.',
  ],
  precautions: [
    'Press beside the spine, not on the bony bumps in the middle.',
    'Neck pain with pain, tingling, numbness or weakness down the arm may come from a nerve in the neck: have a doctor check it before you work here.',
    'Neck pain after a fall, a car accident or a blow needs a doctor first.',
    'Neck pain with fever, weight loss you cannot explain, or pain that is worse at night than in the day needs a doctor.',
    'Leave this area alone if you have had neck surgery or have a known unstable neck, unless your doctor agrees.',
  ],
  redFlags: ['spreading-numbness-weakness', 'serious-back-pain', 'back-pain-fever', 'injury'],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter 16, Posterior Cervical Muscles' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the posterior cervical muscles' },
    { source: 'davies-2013', chapter: 'Chapter 4, Head and Neck Pain' },
  ],
};
