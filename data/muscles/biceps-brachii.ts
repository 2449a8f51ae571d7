import type { Muscle, ReferralPattern } from '../../src/domain/atlas.ts';

/**
 * The manuals draw one pattern for the trigger points of both heads: pain referred upward over
 * the muscle to the front of the shoulder, with spillover over the upper shoulder blade. The
 * milder ache in the elbow crease falls in the front-of-upper-arm region already listed.
 */
const BICEPS_REFERRAL: ReferralPattern = {
  essential: [{ region: 'shoulder-front' }, { region: 'upper-arm-front' }],
  spillover: [{ region: 'shoulder-blade' }],
};

const BICEPS_SYMPTOMS: readonly string[] = [
  'An ache at the front of the shoulder that feels close to the surface, not deep in the joint.',
  'Pain along the front of the upper arm, over the muscle.',
  'At times a milder ache in the crease of the elbow, or over the upper part of the shoulder blade.',
  'Lifting the arm above the head, or lifting with the palm up, hurts.',
  'Straightening the elbow fully, or reaching behind you with a straight arm, is stiff or sore.',
];

export const bicepsBrachii: Muscle = {
  id: 'biceps-brachii',
  name: 'Biceps brachii',
  aliases: ['biceps', 'bicep', 'biceps brachii muscle'],
  group: 'arm-hand',
  anatomy: {
    origin:
      'Two heads: the long head from the top rim of the shoulder socket (supraglenoid tubercle), its tendon running in a groove at the front of the upper arm bone; the short head from the bony hook at the front of the shoulder blade (coracoid process).',
    insertion:
      'A bump on the forearm bone on the thumb side, just below the elbow (radial tuberosity), and through a flat band into the fascia on the inner side of the forearm (bicipital aponeurosis).',
    action:
      'Bends the elbow and turns the palm up (supination); helps lift the arm forward at the shoulder.',
    innervation: 'The musculocutaneous nerve (C5 and C6).',
  },
  triggerPoints: [
    {
      id: 'biceps-brachii-long-head',
      name: 'Long head TrP (lower part of the muscle)',
      location:
        'On the front of the upper arm, in the outer half of the biceps, about a third of the way up from the elbow crease. Bend the elbow against light resistance to feel the muscle, then relax it.',
      region: 'upper-arm-front',
      placement: {
        from: 'shoulder-joint',
        to: 'elbow-centre',
        t: 0.65,
        offset: [0.012, 0, 0.04],
        facing: 'front',
      },
      depth: 'superficial',
      referral: BICEPS_REFERRAL,
      symptoms: BICEPS_SYMPTOMS,
      complaints: [
        'front of shoulder pain',
        'pain lifting the arm overhead',
        'pain lifting with the palm up',
        'elbow crease pain',
      ],
    },
    {
      id: 'biceps-brachii-short-head',
      name: 'Short head TrP (lower part of the muscle)',
      location:
        'On the front of the upper arm, in the inner half of the biceps, at the same level as the long head point: about a third of the way up from the elbow crease.',
      region: 'upper-arm-front',
      placement: {
        from: 'shoulder-joint',
        to: 'elbow-centre',
        t: 0.65,
        offset: [-0.012, 0, 0.04],
        facing: 'front',
      },
      depth: 'superficial',
      referral: BICEPS_REFERRAL,
      symptoms: BICEPS_SYMPTOMS,
      complaints: ['front of shoulder pain', 'upper arm pain', 'elbow crease pain'],
    },
  ],
  pressure: {
    position:
      'Sitting with the forearm resting on a table or your thigh, elbow a little bent and palm up, so the biceps is soft.',
    tool: 'Your thumb and fingers of the other hand, in a pinch.',
    direction:
      'Lift the muscle away from the bone between thumb and fingers and squeeze across it; do not press into the groove on the inner side of the arm.',
    steps: [
      'Rest the forearm on a table with the elbow slightly bent and the palm up.',
      'Take the lower half of the biceps between the thumb and fingers of your other hand. Keep your fingertips on the muscle, out of the soft groove along the inner side of the arm, where you can feel the pulse of the main artery.',
      'Lift it gently away from the bone.',
      'Roll it between thumb and fingers to find a tender band.',
      'Squeeze until the ache is about 5 to 7 out of 10.',
      'Hold for 30 to 60 seconds while you breathe slowly.',
      'Let go and rest for 30 seconds.',
      'Check both the outer and the inner half of the muscle.',
      'Check by straightening the elbow and lifting the arm: the front of the shoulder should ache less.',
    ],
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 30,
    releaseFeel:
      'A strong, aching pressure that eases as you hold, and the ache at the front of the shoulder fades. Not sharp, not burning, no tingling.',
    stopIf: [
      'You feel tingling or numbness in the forearm or hand.',
      'You feel a pulse under your fingers: move away from the inner groove of the arm.',
      'The pain turns sharp.',
    ],
  },
  stretch: {
    position: 'Standing with your back to a table, a door frame or the back of a chair.',
    steps: [
      'Reach the arm on the sore side straight back behind you.',
      'Turn the hand so the palm faces down, and rest it on the table or hold the door frame at about hip height.',
      'Keep the elbow straight.',
      'Bend your knees slowly, or step forward, until you feel a pull along the front of the arm.',
      'Hold for 30 seconds.',
      'Come back up and let go.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing: 'Breathe slowly and let the arm and shoulder relax further as you breathe out.',
    feel: 'A gentle pull along the front of the upper arm and the front of the shoulder.',
    avoid: [
      'A pinching pain at the front of the shoulder: reduce the stretch.',
      'Locking the elbow hard or bouncing.',
      'Letting the shoulder roll forward.',
    ],
  },
  selfCare: [
    'Lay a warm pack over the front of the upper arm and shoulder for 15 to 20 minutes before the pressure or the stretch.',
    'Lift and carry with the palm down or the load close to your body, and not with the palm up and the arm out straight.',
    'Take breaks from work that keeps the elbow bent and the arm held up, such as playing the violin.',
    'Sleep with the elbow fairly straight, not tightly bent under your head or pillow.',
  ],
  perpetuatingFactors: [
    'Lifting heavy things with the palms up and the arms out in front.',
    'Turning the palm up against resistance again and again, as with a stiff screwdriver.',
    'Hard tennis serves or throwing.',
    'Holding the arm up with the elbow bent for long spells, as when playing the violin.',
    'Sleeping with the elbow tightly bent.',
    'Sudden overload, such as catching a heavy object or a fall.',
  ],
  precautions: [
    'A sudden pop at the front of the shoulder or in the elbow crease, with bruising or a bulge in the arm, may be a torn tendon: see a doctor soon.',
    'Keep off the groove on the inner side of the upper arm, where the main artery and nerves of the arm run.',
    'Stop if you feel tingling or numbness in the forearm or hand.',
    'Arm or shoulder pain on either side (more often the left) with chest pressure, breathlessness, sweating or feeling sick may be a heart problem: call emergency services and do not treat it.',
    'A hot, swollen, red upper arm or elbow needs a doctor.',
  ],
  redFlags: ['heart-attack', 'hot-swollen-joint'],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter 30, Biceps Brachii Muscle' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the biceps brachii muscle' },
    { source: 'davies-2013', chapter: 'Section on the biceps' },
  ],
};
