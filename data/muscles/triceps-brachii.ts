import type { Muscle } from '../../src/domain/atlas.ts';

export const tricepsBrachii: Muscle = {
  id: 'triceps-brachii',
  name: 'Triceps brachii',
  aliases: ['triceps', 'triceps muscle', 'back of the upper arm muscle'],
  group: 'arm-hand',
  anatomy: {
    origin:
      'Three heads: the long head from a rough patch just below the shoulder socket on the shoulder blade (infraglenoid tubercle); the lateral head from the back of the upper arm bone above the groove for the radial nerve; the medial head from the back of the upper arm bone below that groove.',
    insertion:
      'The three heads join in one broad tendon on the point of the elbow (olecranon of the ulna).',
    action:
      'Straightens the elbow. The long head also helps draw the arm down and back, and supports the shoulder joint from below.',
    innervation: 'The radial nerve (from C6 to C8).',
  },
  triggerPoints: [
    {
      id: 'triceps-brachii-tp1',
      name: 'TrP1 (long head)',
      location:
        'On the back of your upper arm, about a third of the way down from the shoulder to the elbow, in the middle and a little toward the inner side. You can pinch this thick part of the muscle between your thumb and fingers.',
      region: 'upper-arm-back',
      placement: {
        from: 'shoulder-joint',
        to: 'olecranon',
        t: 0.38,
        offset: [-0.01, 0, -0.02],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'upper-arm-back' }, { region: 'shoulder-back' }],
        spillover: [{ region: 'shoulder-top' }, { region: 'forearm-back' }],
      },
      symptoms: [
        'An ache up the back of the upper arm into the back of the shoulder.',
        'Sometimes the ache reaches the top of the shoulder near the neck.',
        'Sometimes pain runs down the back of the forearm while the elbow itself is spared.',
        'Reaching up with the elbow bent, as when you bring your arm up beside your ear, feels tight or sore.',
      ],
      complaints: [
        'back of shoulder pain',
        'pain in the back of the upper arm',
        "can't lift the arm up beside the ear",
        'pain when pushing or throwing',
      ],
    },
    {
      id: 'triceps-brachii-tp2',
      name: 'TrP2 (medial head, outer border)',
      location:
        'On the outer side of the back of your upper arm, about two or three finger-widths above the bony bump on the outside of your elbow (lateral epicondyle). Press in toward the bone at the lower end of the muscle.',
      region: 'upper-arm-back',
      placement: {
        from: 'lateral-epicondyle',
        offset: [-0.006, 0.05, -0.02],
        facing: 'outside',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'elbow-outer' }],
        spillover: [{ region: 'forearm-back' }],
      },
      symptoms: [
        'Pain on the bony bump on the outside of the elbow.',
        'Sometimes the pain runs a little way down the thumb side of the forearm.',
        'The outer elbow feels sore when you straighten the arm against a load.',
      ],
      complaints: [
        'tennis elbow',
        'outer elbow pain',
        'pain straightening the elbow against a load',
      ],
    },
    {
      id: 'triceps-brachii-tp3',
      name: 'TrP3 (lateral head)',
      location:
        'On the outer part of the back of your upper arm, about halfway between the shoulder and the elbow, near the outer edge of the muscle.',
      region: 'upper-arm-back',
      placement: {
        from: 'shoulder-joint',
        to: 'elbow-centre',
        t: 0.5,
        offset: [0.02, 0, -0.03],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'upper-arm-back' }],
        spillover: [{ region: 'forearm-back' }, { region: 'fingers' }],
      },
      symptoms: [
        'An ache over the back of the upper arm.',
        'Sometimes pain runs down the back of the forearm.',
        'Now and then the ring finger and the little finger ache too.',
      ],
      complaints: [
        'pain in the back of the upper arm',
        'aching ring and little fingers',
        'pain when pushing up from a chair',
      ],
    },
    {
      id: 'triceps-brachii-tp4',
      name: 'TrP4 (medial head, above the olecranon)',
      location:
        'Just above the point of your elbow, in the middle of the back of the arm, under the broad flat tendon. Bend the elbow a little and press in about a finger-width above the bony point.',
      region: 'elbow-back',
      placement: {
        from: 'olecranon',
        offset: [0, 0.025, 0],
        facing: 'back',
      },
      depth: 'deep',
      depthNote:
        'It lies in the deepest part of the muscle, under the flat tendon just above the point of the elbow. Press through the tendon toward the bone.',
      referral: {
        essential: [{ region: 'elbow-back' }],
        spillover: [],
      },
      symptoms: [
        'Pain and tenderness on the point of the elbow.',
        'Leaning on the elbow, on a desk or an armrest, hurts.',
      ],
      complaints: ['pain at the point of the elbow', "can't lean on the elbow"],
    },
    {
      id: 'triceps-brachii-tp5',
      name: 'TrP5 (medial head, inner border)',
      location:
        'On the inner side of the back of your upper arm, about two or three finger-widths above the bony bump on the inside of your elbow (medial epicondyle). Stay on the muscle above the bump, not in the groove behind it.',
      region: 'upper-arm-back',
      placement: {
        from: 'medial-epicondyle',
        offset: [0.002, 0.045, -0.02],
        facing: 'back',
      },
      depth: 'deep',
      depthNote:
        'It lies deep on the inner side of the lower arm, against the bone. Press in gently past the edge of the long head; the nerve to the little finger runs nearby.',
      referral: {
        essential: [{ region: 'elbow-inner' }],
        spillover: [{ region: 'fingers' }],
      },
      symptoms: [
        'Pain on the bony bump on the inside of the elbow.',
        'Sometimes pain reaches the palm side of the ring and little fingers.',
      ],
      complaints: ["golfer's elbow", 'inner elbow pain', 'aching ring and little fingers'],
    },
  ],
  pressure: {
    position:
      'Sitting, with the forearm of the sore arm resting on a table or on your lap and the elbow a little bent, so the muscle is slack.',
    tool: 'The thumb and fingers of your other hand. For the upper part you can also lean the back of your arm on a tennis ball against a wall.',
    direction:
      'Squeeze the thick upper part between thumb and fingers. Lower down, press straight in toward the upper arm bone.',
    steps: [
      'Sit with the sore arm resting on a table, elbow slightly bent.',
      'Reach across with your other hand and grasp the back of your upper arm a third of the way down from the shoulder.',
      'Squeeze slowly between thumb and fingers and move along until you find a tender knot that aches or sends pain up to the back of the shoulder.',
      'Squeeze until the ache is about 5 to 7 out of 10.',
      'Hold for 30 to 60 seconds while you breathe slowly.',
      'Let go and rest for 30 seconds.',
      'Repeat, then check the outer side of the arm halfway down and two or three finger-widths above the outer elbow bump, pressing in toward the bone.',
      'Check last just above the point of the elbow, pressing gently through the tendon.',
      'Straighten your arm and reach it up beside your ear: it should move more freely or with less pain.',
    ],
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 30,
    releaseFeel:
      'The knot softens and the ache in the shoulder, arm or elbow fades while you hold. It should feel like a strong, aching pressure: not sharp, not burning, no tingling.',
    stopIf: [
      'You feel tingling, numbness or an electric jolt into the forearm or the fingers.',
      'The pain turns sharp or burning.',
      'The pain on the elbow bone gets worse instead of easing.',
    ],
  },
  stretch: {
    position: 'Standing or sitting tall.',
    steps: [
      'Lift the sore arm up beside your head.',
      'Bend the elbow fully so your hand drops down behind your head toward your shoulder blade.',
      'Take hold of the bent elbow with your other hand.',
      'Ease the elbow gently back and toward your head until you feel a pull down the back of the arm.',
      'Hold for 30 seconds.',
      'Lower the arm slowly.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing: 'Breathe slowly and let the arm sink a little further each time you breathe out.',
    feel: 'A gentle, even pull along the back of the upper arm, from the elbow to the armpit.',
    avoid: [
      'Pinching pain at the top of the shoulder: keep the arm lower, at shoulder height, and just bend the elbow fully.',
      'Arching your lower back to get the arm further back.',
      'Pulling hard on the elbow or bouncing.',
    ],
  },
  selfCare: [
    'Warm the back of the upper arm for 15 to 20 minutes before the pressure or the stretch.',
    'Rest your elbows on the armrests or the desk when you type, so the arm is not held up in front of you.',
    'Use armrests and your legs, not just your arms, to push yourself up from a chair.',
    'If you use a cane or crutch, have it fitted to the right height so you do not lock the elbow and lean on it.',
    'Build up slowly with push-ups, presses and throwing, and rest between sets.',
  ],
  perpetuatingFactors: [
    'Repeated or forceful straightening of the elbow: push-ups, presses, throwing, hammering, a tennis backhand.',
    'Leaning on a cane or crutches that are too long or too short.',
    'Typing or driving with the elbow held forward and unsupported for long spells.',
    'An upper arm that is short for the chair, so the elbows cannot reach the armrests.',
  ],
  precautions: [
    'The radial nerve winds round the back of the upper arm bone under the outer part of the muscle. If pressing there sends tingling or numbness down the back of the forearm or hand, move off the spot.',
    'The nerve to the little finger (ulnar nerve) runs in the groove behind the bony bump on the inside of the elbow, the "funny bone". Keep your fingers out of that groove.',
    'A point of the elbow that is swollen, hot or red may be an inflamed or infected bursa: see a doctor and do not press on it.',
    'Elbow pain after a fall or injury, or an elbow that you cannot bend or straighten, needs a doctor to check it first.',
    'Arm pain on either side (more often the left) that comes with chest pressure, breathlessness, sweating or feeling sick may be a heart problem: call emergency services; do not treat it.',
  ],
  redFlags: ['heart-attack', 'arm-hand-injury'],
  sources: [
    {
      source: 'simons-travell-simons-1999-v1',
      chapter: 'Chapter 32, Triceps Brachii and Anconeus Muscles',
    },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the triceps brachii muscle' },
    { source: 'davies-2013', chapter: 'Section on the triceps' },
  ],
};
