import type { Muscle } from '../../src/domain/atlas.ts';

export const digastric: Muscle = {
  id: 'digastric',
  name: 'Digastric',
  aliases: ['digastricus', 'digastric muscle', 'posterior digastric', 'anterior digastric'],
  group: 'head-neck',
  anatomy: {
    origin:
      'The back belly from a groove on the inner side of the bony bump behind the ear (mastoid notch of the temporal bone); the front belly from a small hollow on the inside of the lower jaw near the middle of the chin (digastric fossa).',
    insertion:
      'The two bellies meet at a middle tendon, held by a loop of tough tissue to the small U-shaped bone at the top of the throat (hyoid bone).',
    action:
      'Helps open the mouth and pull the jaw back; lifts the hyoid bone when you swallow and speak.',
    innervation:
      'Two nerves: the back belly from the facial nerve (cranial nerve VII), the front belly from the mylohyoid nerve, a branch of the trigeminal nerve (mandibular division, V3).',
  },
  triggerPoints: [
    {
      id: 'digastric-posterior',
      name: 'Posterior belly',
      location:
        'In the soft groove just below your ear lobe, between the back edge of the jaw corner and the bony bump behind the ear. Tip your head slightly toward that side to soften the area, then press gently into the groove.',
      region: 'jaw',
      placement: {
        from: 'mastoid',
        to: 'mandible-angle',
        t: 0.5,
        offset: [0.01, -0.005, 0],
        facing: 'outside',
      },
      depth: 'deep',
      depthNote:
        'It lies under the top of the sternocleidomastoid and beside the salivary gland in front of the ear (parotid gland), close to blood vessels and nerves, so press gently and only into soft muscle.',
      referral: {
        essential: [{ region: 'ear' }, { region: 'neck-side' }],
        spillover: [{ region: 'throat' }, { region: 'occiput' }],
      },
      symptoms: [
        'Pain over the top of the large cord at the side of the neck, just below and behind the ear, around the bony bump behind it.',
        'Pain in the front of the throat below the chin in some people.',
        'An ache spreading to the back of the head now and then.',
        'Trouble swallowing, or a feeling of a lump in the throat that will not go down.',
      ],
      complaints: [
        'pain behind the ear',
        'sore throat when swallowing',
        'lump-in-the-throat feeling',
        'headache at the back of the head',
      ],
    },
    {
      id: 'digastric-anterior',
      name: 'Anterior belly',
      location:
        'Under your chin, one finger-width to the side of the middle, just behind the lower edge of the jawbone. Press a fingertip up into the soft floor under the chin and swallow: you feel the area tighten.',
      region: 'jaw',
      placement: {
        from: 'chin',
        offset: [0.012, -0.008, -0.025],
        facing: 'bottom',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'teeth' }],
        spillover: [],
      },
      symptoms: [
        'An ache in the four lower front teeth and the gum below them.',
        'Lower front teeth that feel sensitive with no dental cause found.',
      ],
      complaints: ['toothache with no dental cause found', 'lower front tooth pain'],
    },
  ],
  pressure: {
    position: 'Sitting, with your head tipped slightly toward the side you are working on.',
    tool: 'The pad of one finger.',
    direction:
      'Behind the jaw: gently inward and slightly forward into the groove below the ear lobe. Under the chin: straight up toward the roof of the mouth.',
    steps: [
      'Sit and tip your head slightly toward the side you are working on, so the front of the neck goes soft.',
      'Find the groove below your ear lobe, between the corner of your jaw and the bony bump behind your ear.',
      'Press a fingertip gently into the soft muscle of the groove, just below the ear lobe, until you feel a deep ache of about 3 to 4 out of 10. If you feel a pulse, move off it, up toward the ear lobe; never press down into the side of the neck.',
      'Hold for 20 to 30 seconds while you breathe slowly.',
      'Ease off slowly and rest for 20 seconds.',
      'For the front belly, place a fingertip under your chin, one finger-width to the side of the middle, just behind the jawbone, and above the small bone at the top of the throat (hyoid).',
      'Press straight up until you feel an ache of about 3 to 4 out of 10, and notice whether it spreads into your lower front teeth.',
      'Hold for 20 to 30 seconds, then ease off slowly.',
      'Check by swallowing and by opening your mouth slowly: both may feel easier.',
    ],
    pressure: { min: 3, max: 4 },
    holdSeconds: { min: 20, max: 30 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'A soft, dull ache that fades while you hold, and swallowing feels freer. Not sharp, not throbbing, no tingling.',
    stopIf: [
      'You feel a pulse under your fingertip: move off it.',
      'You feel a hard, pointed bit of bone deep behind the jaw corner: ease off and stay on the soft tissue.',
      'You feel dizzy, sick or faint, or start to gag or cough.',
      'You feel numbness or tingling in your face or tongue.',
      'You feel a firm, tender lump such as a swollen gland.',
    ],
  },
  stretch: {
    position: 'Sitting tall on a firm chair, looking straight ahead.',
    steps: [
      'Close your lips and bring your back teeth lightly together.',
      'Rest the tip of your tongue on the roof of your mouth.',
      'Lift your chin slowly until you look slightly upward, only as far as is comfortable; skip this if looking up has ever made you dizzy.',
      'Turn your face a little away from the side you are stretching.',
      'Hold for 20 seconds.',
      'Come back slowly: turn to the front, then lower your chin.',
      'Repeat three times.',
    ],
    holdSeconds: 20,
    repetitions: 3,
    breathing: 'Breathe slowly through your nose and keep your jaw quiet.',
    feel: 'A light pull under the chin and just below the ear.',
    avoid: [
      'Dropping your head far back.',
      'Clenching your teeth hard.',
      'Carrying on if you feel dizzy, or if your sight changes.',
      'Jerky or quick movements.',
    ],
  },
  selfCare: [
    'Breathe through your nose; if your nose is often blocked, ask a doctor why.',
    'Keep your head over your shoulders instead of pushing your chin forward toward a screen.',
    'Lay a warm, damp cloth under the jaw for 10 to 15 minutes before you press or stretch.',
    'Check yourself for clenching: lips together, teeth apart, tongue resting on the roof of the mouth.',
    'Avoid holding a phone between your chin and your shoulder.',
  ],
  perpetuatingFactors: [
    'Breathing through your mouth, for example because of a blocked nose.',
    'Clenching or grinding your teeth.',
    'A bite where the lower jaw sits far back behind the upper teeth.',
    'Holding your head forward with the chin poking out.',
    'Trigger points in the masseter, which the digastric works against.',
    'A whiplash injury.',
  ],
  precautions: [
    'Keep your fingers off the pulse in the side of the neck behind the jaw. Press gently and only into soft tissue.',
    'Do not press on the small bone at the top of the throat (hyoid bone) or on the voice box; stay up under the chin and behind the jaw corner.',
    'Work on one side at a time.',
    'Trouble swallowing that lasts more than a few weeks, food sticking, weight loss or a lump in the neck needs a doctor.',
    'Sudden trouble swallowing or speaking, or a drooping face, is an emergency: call for help.',
    'Lower front teeth that hurt with swelling, fever or a loose tooth need a dentist; do not assume it is referred pain.',
  ],
  redFlags: ['stroke-signs', 'dental-infection'],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter 12, Digastric Muscle' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the digastric muscle' },
    { source: 'davies-2013', chapter: 'Chapter 4, Head and Neck Pain' },
  ],
};
