import type { Muscle } from '../../src/domain/atlas.ts';

export const latissimusDorsi: Muscle = {
  id: 'latissimus-dorsi',
  name: 'Latissimus dorsi',
  aliases: ['lats', 'lat', 'latissimus', 'latissimus dorsi muscle'],
  group: 'shoulder-upper-back',
  anatomy: {
    origin:
      'A broad sheet from the spines of the lower six chest vertebrae, the thick tissue of the low back down to the sacrum (thoracolumbar fascia), the back of the hip bone (iliac crest), the lowest three or four ribs and often the bottom tip of the shoulder blade.',
    insertion:
      'The floor of the groove at the front of the upper arm bone (intertubercular groove of the humerus), after the muscle twists round the teres major to form the back wall of the armpit.',
    action:
      'Pulls the arm down and back, draws it in to the body and turns it inward; pulls the shoulder girdle down; lifts the body toward the hands in climbing; helps in forceful breathing out, as in coughing.',
    innervation: 'The thoracodorsal nerve (from C6, C7 and C8).',
  },
  triggerPoints: [
    {
      id: 'latissimus-dorsi-tp1',
      name: 'Axillary TrP (upper fibres in the posterior axillary fold)',
      location:
        'In the thick fold of muscle at the back of your armpit, about level with the middle of the outer edge of the shoulder blade or a little below it. Pinch the fold between your thumb in front and your fingers behind: the spot is a firm, tender band in it.',
      region: 'armpit',
      placement: {
        from: 'scapula-inferior-angle',
        to: 'shoulder-joint',
        t: 0.3,
        offset: [0.03, -0.02, 0.03],
        facing: 'outside',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'shoulder-blade' }, { region: 'mid-back' }],
        spillover: [
          { region: 'shoulder-back' },
          { region: 'upper-arm-back' },
          { region: 'forearm-front' },
          { region: 'fingers' },
        ],
      },
      symptoms: [
        'A constant, nagging ache around the bottom tip of the shoulder blade and the middle of the back around it.',
        'The ache changes little with movement or position, so it is hard to link to anything you did.',
        'It can spread to the back of the shoulder and run down the inside and back of the arm and the inner forearm to the ring and little fingers.',
        'Reaching up and forward, as to a high shelf, may pull and hurt.',
      ],
      complaints: [
        'mid-back pain',
        'pain under the shoulder blade',
        'constant ache at the bottom of the shoulder blade',
        'pain down the inside of the arm to the little finger',
        'pain reaching up to a high shelf',
      ],
    },
    {
      id: 'latissimus-dorsi-tp2',
      name: 'Lower TrP (lower lateral fibres)',
      location:
        'Lower down on the side of your back, over the lower ribs, in the edge of the muscle that runs from the low back up toward the armpit, about a hand-width below the bottom tip of the shoulder blade and out to the side.',
      region: 'side-ribs',
      placement: {
        from: 'scapula-inferior-angle',
        offset: [0.055, -0.09, 0.05],
        facing: 'outside',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'shoulder-front' }],
        spillover: [{ region: 'side-ribs' }],
      },
      symptoms: [
        'Pain in the front of the shoulder, sometimes sharp when you reach up and forward.',
        'Sometimes an ache down the side of the trunk toward the top of the hip bone.',
      ],
      complaints: ['front of shoulder pain', 'pain reaching overhead', 'side pain'],
    },
  ],
  pressure: {
    position:
      'Sit on a chair, or lie on your back, with the arm on the sore side raised and resting on the back of your head or on a pillow beside your head.',
    tool: 'The thumb and fingers of your other hand, in a pinch grip.',
    direction:
      'Squeeze the fold of muscle between thumb and fingers, lifting it slightly away from the ribs, not pressing into them.',
    steps: [
      'Raise the arm on the sore side and rest the hand on the back of your head.',
      'Reach across with your other hand to the back of your armpit.',
      'Take the thick fold of muscle at the back of the armpit between your thumb in front and your fingers behind.',
      'Lift the fold slightly away from your ribs.',
      'Work slowly down the fold, roll by roll, until you find a firm band with a spot that aches or sends pain toward your shoulder blade.',
      'Squeeze that spot until the ache is about 5 to 7 out of 10.',
      'Hold for 30 to 60 seconds while you breathe slowly.',
      'Let go slowly and rest for 30 seconds.',
      'Repeat two more times, then follow the edge of the muscle down the side of your back in the same way for the lower spot.',
      'Check by reaching your arm straight up overhead: it should go further or with less pull.',
    ],
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 30,
    releaseFeel:
      'The band softens between your fingers, and the ache under the shoulder blade fades while you hold. Not sharp, not burning, no tingling.',
    stopIf: [
      'The pain turns sharp or burning.',
      'You feel tingling or numbness down the arm: loosen your grip and move further down the fold, away from the armpit.',
      'You feel a lump or a swollen, tender gland in the armpit: stop and see a doctor.',
      'The pain gets worse instead of easing.',
    ],
  },
  stretch: {
    position: "Standing side-on to a door frame or a sturdy post, an arm's length away.",
    steps: [
      'Stand with the sore side farther from the door frame, feet together.',
      'Reach the arm on the sore side up over your head and take hold of the frame with that hand.',
      'Hold the frame with your other hand too, a little lower.',
      'Let your hips drift away from the frame so your body curves like a banana and the sore side opens.',
      'Hold for 30 seconds.',
      'Bring your hips back under you and let go.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing:
      'Breathe slowly into the side that is stretched; let your hips drift a little further as you breathe out.',
    feel: 'A long, even pull from the armpit down the side of your back toward the hip.',
    avoid: [
      'Twisting your trunk or arching your low back.',
      'A pinching pain at the top of the shoulder: bend the elbow and ease off.',
      'Bouncing.',
    ],
  },
  selfCare: [
    'Lay a warm pack over the back of the armpit and the side of the back for 15 to 20 minutes before the pressure or the stretch.',
    'Use a step stool instead of reaching up and out to high shelves.',
    "Lift loads close to your body; avoid swinging heavy weights out at arm's length.",
    'Wear a bra that fits well, so a tight band does not press round the back of the ribs.',
    'Sleep on your back or on the other side with a pillow hugged in front of you, so the arm is not pulled over your head or pinned under you.',
  ],
  perpetuatingFactors: [
    'Pulling hard with the arms, as in rowing, climbing, pull-ups, gardening or shovelling.',
    'Reaching up and out again and again, as to high shelves, or throwing.',
    'Lifting heavy loads held out in front of you.',
    'A dog that yanks on the lead.',
    'A tight bra band.',
  ],
  precautions: [
    'Pinch the fold at the back of the armpit; do not dig into the hollow of the armpit, where nerves, blood vessels and lymph nodes lie.',
    'See a doctor about any new lump or swollen gland in the armpit.',
    'Left-sided pain in the middle back or the arm that comes with chest pressure, breathlessness, sweating or feeling sick may be a heart problem: call emergency services; do not treat it.',
    'Pain in the middle back that comes with fever, a cough, pain when you breathe in, blood in your urine or an upset stomach needs a doctor to check it first.',
    'Pain down the arm with numbness, tingling or weakness needs a doctor to check it.',
  ],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter on the latissimus dorsi muscle' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter 24, Latissimus Dorsi Muscle' },
    { source: 'davies-2013', chapter: 'Section on the latissimus dorsi' },
  ],
};
