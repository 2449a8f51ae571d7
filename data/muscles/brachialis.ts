import type { Muscle, ReferralPattern } from '../../src/domain/atlas.ts';

/**
 * The manuals draw one composite pattern for the brachialis points: pain chiefly at the base of
 * the thumb, with spillover in the elbow crease (front of the upper arm region just above the
 * joint line) and over the front of the shoulder.
 */
const BRACHIALIS_REFERRAL: ReferralPattern = {
  essential: [{ region: 'thumb' }],
  spillover: [{ region: 'upper-arm-front' }, { region: 'shoulder-front' }],
};

const BRACHIALIS_SYMPTOMS: readonly string[] = [
  'An ache at the base of the thumb and in the web between the thumb and index finger, at rest and when you use the thumb.',
  'The thumb itself feels sore to touch, though nothing is wrong with it.',
  'At times an ache in the crease of the elbow, or over the front of the shoulder.',
  'Now and then numbness or tingling over the back of the thumb, if the muscle presses on a skin nerve running past it.',
];

export const brachialis: Muscle = {
  id: 'brachialis',
  name: 'Brachialis',
  aliases: ['brachialis muscle', 'brachialis anticus'],
  group: 'arm-hand',
  anatomy: {
    origin: 'The front of the lower half of the upper arm bone (humerus).',
    insertion:
      'A rough spot on the front of the larger forearm bone, just below the elbow (coronoid process and tuberosity of the ulna).',
    action: 'Bends the elbow, whichever way the palm faces. It is the main elbow bender.',
    innervation:
      'The musculocutaneous nerve (C5 and C6); a small outer part is often supplied by the radial nerve.',
  },
  triggerPoints: [
    {
      id: 'brachialis-lower',
      name: 'Lower TrPs (a few centimetres above the elbow crease)',
      location:
        'On the outer side of the front of the upper arm, two to three finger-widths above the elbow crease, under the outer edge of the biceps. Push the biceps toward the inside of the arm with your thumb and press down toward the bone.',
      region: 'upper-arm-front',
      placement: {
        from: 'shoulder-joint',
        to: 'elbow-centre',
        t: 0.8,
        offset: [0.03, 0, 0.012],
        facing: 'outside',
      },
      depth: 'deep',
      depthNote:
        'It lies under the biceps: push the relaxed biceps aside toward the inner arm and press down onto the bone beside it.',
      referral: BRACHIALIS_REFERRAL,
      symptoms: BRACHIALIS_SYMPTOMS,
      complaints: [
        'pain at the base of the thumb',
        'thumb pain when using the thumb',
        'elbow crease pain',
        'pain carrying bags on the forearm',
      ],
    },
    {
      id: 'brachialis-upper',
      name: 'Upper TrPs (middle of the upper arm)',
      location:
        'Higher up, about halfway between the shoulder and the elbow, on the outer side of the front of the arm, where the brachialis peeks out from under the outer edge of the biceps.',
      region: 'upper-arm-front',
      placement: {
        from: 'shoulder-joint',
        to: 'elbow-centre',
        t: 0.6,
        offset: [0.03, 0, 0.012],
        facing: 'outside',
      },
      depth: 'deep',
      depthNote:
        'It lies under the biceps and beside it: push the relaxed biceps aside and press down toward the bone.',
      referral: BRACHIALIS_REFERRAL,
      symptoms: BRACHIALIS_SYMPTOMS,
      complaints: ['pain at the base of the thumb', 'front of shoulder pain', 'upper arm pain'],
    },
  ],
  pressure: {
    position:
      'Sitting with the forearm resting on a table or your thigh, the elbow a little bent and the palm up, so both the biceps and the brachialis are soft.',
    tool: 'The thumb of your other hand.',
    direction:
      'From the outer side of the arm, push the biceps toward the inside, then press in and down toward the bone.',
    steps: [
      'Rest the forearm on a table with the elbow slightly bent and the palm up.',
      'Place your thumb on the outer side of the front of the arm, just above the elbow crease.',
      'Push the soft biceps toward the inner side of the arm.',
      'Press in under its edge, toward the bone, until you find a tender spot.',
      'Press until the ache is about 5 to 7 out of 10.',
      'Hold for 30 to 60 seconds while you breathe slowly.',
      'Let go and rest for 30 seconds.',
      'Move your thumb up the arm a finger-width at a time, to the middle of the arm, and repeat on tender spots.',
      'Check by moving your thumb: the ache at its base should be softer.',
    ],
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 30,
    releaseFeel:
      'A deep, strong ache that softens as you hold, sometimes with the thumb ache easing too. Not sharp, not burning, no tingling.',
    stopIf: [
      'You feel tingling or numbness in the thumb, forearm or hand.',
      'You feel a pulse under your thumb: you are too far toward the inner side of the arm.',
      'The pain turns sharp.',
    ],
  },
  stretch: {
    position:
      'Sitting beside a table, the back of the sore upper arm resting on it and a rolled towel under the elbow.',
    steps: [
      'Rest the back of the upper arm on the table with the palm facing up.',
      'Let the forearm and hand sink slowly toward the table until the elbow is fully straight.',
      'With the other hand, press the forearm gently down a little further.',
      'Hold for 30 seconds.',
      'Bend the elbow and rest.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing:
      'Breathe slowly and let the arm relax into the straight position as you breathe out.',
    feel: 'A gentle pull in the lower front of the upper arm, just above the elbow crease.',
    avoid: [
      'Forcing the elbow past straight.',
      'Pain inside the elbow joint: ease off.',
      'Stretching into tingling or numbness in the hand.',
    ],
  },
  selfCare: [
    'Lay a warm pack over the front of the lower upper arm for 15 minutes before the pressure or the stretch.',
    'Carry bags in your hand with the arm straight or on your shoulder, not hooked over a bent forearm.',
    'Lift with the load close to your body and the palm up, or share it between both arms.',
    'Sleep with the elbow fairly straight, for example hugging a pillow so the arm does not fold tight.',
    'Use a headset or speakerphone instead of holding a phone to your ear for long calls.',
  ],
  perpetuatingFactors: [
    'Carrying heavy bags or shopping hooked over the forearm.',
    'Lifting heavy loads with the elbows bent, or many biceps curls or chin-ups.',
    'Using heavy power tools for long spells.',
    'Holding a phone to your ear or playing the guitar or violin for a long time with the elbow bent.',
    'Sleeping with the elbow tightly bent.',
  ],
  precautions: [
    'Keep to the outer side of the front of the arm: the main artery and nerves of the arm run in the groove on the inner side.',
    'Stop if you feel tingling or numbness in the thumb or hand.',
    'Pain at the base of the thumb with swelling, redness, a grinding joint or after a fall needs a doctor to check the thumb and wrist first.',
    'A swollen, painful elbow after an injury needs a doctor before you press or stretch.',
    'Numbness or weakness in the hand that does not pass needs a doctor to check it.',
  ],
  redFlags: ['arm-hand-injury'],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter 31, Brachialis Muscle' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the brachialis muscle' },
    { source: 'davies-2013', chapter: 'Section on the brachialis' },
  ],
};
