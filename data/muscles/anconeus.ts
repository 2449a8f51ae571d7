import type { Muscle } from '../../src/domain/atlas.ts';

export const anconeus: Muscle = {
  id: 'anconeus',
  name: 'Anconeus',
  aliases: ['anconeus muscle', 'anconaeus'],
  group: 'arm-hand',
  anatomy: {
    origin:
      'The back of the bony bump on the outside of the elbow (lateral epicondyle of the humerus).',
    insertion: 'The outer side of the point of the elbow and the upper back of the ulna.',
    action:
      'Helps the triceps straighten the elbow and steadies the elbow joint while the forearm turns.',
    innervation: 'A branch of the radial nerve (from C7 and C8).',
  },
  triggerPoints: [
    {
      id: 'anconeus-tp1',
      name: 'Anconeus TrP',
      location:
        'In the small triangle of muscle at the back of the elbow, between the point of the elbow and the bony bump on the outside, just below the line that joins them.',
      region: 'elbow-back',
      placement: {
        from: 'olecranon',
        to: 'lateral-epicondyle',
        t: 0.55,
        offset: [0, -0.018, -0.008],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'elbow-outer' }],
        spillover: [],
      },
      symptoms: [
        'A local ache on and around the bony bump on the outside of the elbow.',
        'The outer elbow is tender when you straighten the arm hard or lean on it.',
      ],
      complaints: ['tennis elbow', 'outer elbow pain'],
    },
  ],
  pressure: {
    position:
      'Sitting, with the sore forearm resting on a table and the elbow bent to about a right angle.',
    tool: 'The tip of your thumb or of your middle finger.',
    direction: 'Straight in toward the bone, on the soft part between the two bony points.',
    steps: [
      'Sit with the sore forearm on a table, elbow bent to a right angle.',
      'Find the point of your elbow and the bony bump on the outside of the elbow.',
      'Place your thumb in the soft hollow between them, just below the line that joins them.',
      'Press in slowly until you find a tender spot that aches into the outer elbow.',
      'Press until the ache is about 4 to 6 out of 10.',
      'Hold for 30 to 60 seconds while you breathe slowly.',
      'Release and rest for 30 seconds.',
      'Repeat two more times.',
      'Straighten and bend the elbow a few times: the outer elbow should feel easier.',
    ],
    pressure: { min: 4, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 30,
    releaseFeel:
      'The small knot softens and the ache on the outer elbow fades. Not sharp, not burning, no tingling.',
    stopIf: [
      'The pain turns sharp or burning.',
      'You feel tingling or numbness down the forearm.',
      'You are pressing on bone and it hurts more: move onto the muscle.',
    ],
  },
  stretch: {
    position: 'Sitting or standing, with the upper arm relaxed by your side.',
    steps: [
      'Bend the sore elbow fully, bringing the hand up toward the front of the shoulder.',
      'Place your other hand on the back of the sore wrist.',
      'Add a gentle push to bend the elbow a little further.',
      'Hold for 30 seconds.',
      'Straighten the arm slowly.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing: 'Breathe slowly and let the elbow bend a little more as you breathe out.',
    feel: 'A light stretch at the back and outer side of the elbow.',
    avoid: ['Forcing the bend if the front of the elbow pinches.', 'Bouncing.'],
  },
  selfCare: [
    'Warm the back of the elbow for 10 to 15 minutes before the pressure or the stretch.',
    'Pad hard armrests, or rest the forearm rather than the point of the elbow.',
    'Break up long spells of pushing, hammering or screwdriving with short rests.',
  ],
  perpetuatingFactors: [
    'Repeated forceful straightening of the elbow, as in hammering or a tennis backhand.',
    'Leaning on the elbow for long spells.',
    'Long spells of turning the forearm against resistance, such as using a screwdriver.',
  ],
  precautions: [
    'Outer elbow pain after a fall or a blow, with swelling, or with an elbow you cannot fully bend or straighten, needs a doctor to check it first.',
    'A hot, red or swollen elbow, or elbow pain with fever, needs a doctor: do not press on it.',
    'Press on the soft muscle between the bony points, not on the bones themselves.',
  ],
  redFlags: ['arm-hand-injury', 'hot-swollen-joint'],
  sources: [
    {
      source: 'simons-travell-simons-1999-v1',
      chapter: 'Chapter 32, Triceps Brachii and Anconeus Muscles',
    },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the anconeus muscle' },
    { source: 'davies-2013', chapter: 'Section on the anconeus' },
  ],
};
