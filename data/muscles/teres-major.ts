import type { Muscle } from '../../src/domain/atlas.ts';

export const teresMajor: Muscle = {
  id: 'teres-major',
  name: 'Teres major',
  aliases: ['teres major muscle'],
  group: 'shoulder-upper-back',
  anatomy: {
    origin:
      'The back surface of the shoulder blade at its bottom tip and along the lower part of its outer edge (inferior angle and lower lateral border of the scapula).',
    insertion:
      'The inner lip of the groove at the front of the upper arm bone (crest of the lesser tubercle of the humerus), just behind the latissimus dorsi tendon.',
    action:
      'Turns the upper arm inward, draws it in toward the body and pulls it back, working together with the latissimus dorsi.',
    innervation: 'The lower subscapular nerve (from C5 and C6).',
  },
  triggerPoints: [
    {
      id: 'teres-major-tp1',
      name: 'Medial TrP (near the inferior angle)',
      location:
        'On the back of your shoulder blade, close to its bottom tip, just up and out from the tip along its outer edge.',
      region: 'shoulder-blade',
      placement: {
        from: 'scapula-inferior-angle',
        offset: [0.02, 0.025, 0],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'shoulder-back' }],
        spillover: [{ region: 'upper-arm-back' }, { region: 'forearm-back' }],
      },
      symptoms: [
        'A deep ache in the back of the shoulder, over the back of the deltoid.',
        'The ache can run down the back of the upper arm over the triceps and, less often, skip the elbow to the back of the forearm.',
        'A sharp pain in the back of the shoulder when you lean on your elbows at a table.',
        'Pain when you reach forward and up, such as to a high shelf.',
      ],
      complaints: [
        'back of shoulder pain',
        'pain leaning on your elbows',
        'pain reaching up and forward',
        'back of arm pain',
      ],
    },
    {
      id: 'teres-major-tp2',
      name: 'Lateral TrP (in the posterior axillary fold)',
      location:
        'In the thick fold of muscle at the back of your armpit, a little higher and further out than the first spot, where teres major and the latissimus dorsi run side by side toward the arm.',
      region: 'shoulder-blade',
      placement: {
        from: 'scapula-inferior-angle',
        to: 'shoulder-joint',
        t: 0.4,
        offset: [0, 0, -0.02],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'shoulder-back' }],
        spillover: [{ region: 'upper-arm-back' }, { region: 'forearm-back' }],
      },
      symptoms: [
        'A deep ache in the back of the shoulder that may run down the back of the upper arm.',
        'Tenderness when you squeeze the fold of muscle at the back of the armpit.',
      ],
      complaints: ['back of shoulder pain', 'pain reaching up and forward', 'pain when steering'],
    },
  ],
  pressure: {
    position:
      'Standing with your back to a wall. For firmer pressure, lie on your back on the floor with the ball under the bottom of your shoulder blade.',
    tool: 'A tennis ball against a wall or on the floor.',
    direction: 'Straight in toward the outer edge of the shoulder blade, near its bottom tip.',
    steps: [
      'Stand with your back to a wall and your feet a short step away from it.',
      'Place the ball between the wall and your back on the sore side, just outside the bottom tip of your shoulder blade.',
      'Cross the arm on the sore side over your chest, so the shoulder blade slides forward and the muscle is easier to reach.',
      'Bend your knees a little and roll the ball slowly up along the outer edge of the shoulder blade toward the armpit, until you find a spot that aches or sends pain into the back of the shoulder.',
      'Lean into the ball until the ache is about 5 to 7 out of 10.',
      'Hold for 30 to 60 seconds while you breathe slowly.',
      'Step away from the wall and rest for 30 seconds.',
      'Repeat, then check the fold at the back of your armpit the same way, keeping the ball on the fold and not up in the hollow of the armpit.',
      'Check by reaching your arm straight up overhead: it should go further or with less pain.',
    ],
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 30,
    releaseFeel:
      'The band under the ball softens and the ache in the back of the shoulder fades while you hold. Not sharp, not burning, no tingling.',
    stopIf: [
      'The pain turns sharp or burning.',
      'You feel tingling or numbness down the arm or in the hand.',
      'The ache in the shoulder or arm gets worse instead of easing.',
    ],
  },
  stretch: {
    position: 'Standing or sitting tall.',
    steps: [
      'Lift the arm on the sore side straight up beside your head.',
      'Bend the elbow so the hand drops behind your head.',
      'Hold the bent elbow with your other hand.',
      'Draw the elbow gently up and back behind your head, keeping your back straight.',
      'Hold for 30 seconds.',
      'Let go and lower the arm slowly.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing:
      'Breathe in slowly as you settle into the stretch; let the armpit open a little more as you breathe out.',
    feel: 'A gentle pull along the outer edge of the shoulder blade and the back of the armpit.',
    avoid: [
      'Arching your low back to get the arm higher.',
      'A pinching pain at the top of the shoulder: ease off.',
      'Pulling hard or bouncing.',
    ],
  },
  selfCare: [
    'Lay a warm pack over the bottom of the shoulder blade and the back of the armpit for 15 to 20 minutes before the pressure or the stretch.',
    'Hold the steering wheel low, at about twenty to four, rather than high on the wheel.',
    'Keep things you use often at chest height rather than on high shelves.',
    'Sleep on your back or on the other side with the sore arm resting on a pillow, not tucked tight against your side.',
  ],
  perpetuatingFactors: [
    'Driving a heavy vehicle or one with hard steering.',
    'Pulling hard with the arms, as in rowing, climbing, pull-ups or pulling on a rope.',
    'Reaching up and forward again and again.',
    'Trigger points in the latissimus dorsi, its close partner, which often come with it.',
  ],
  precautions: [
    'Shoulder pain after a fall, a dislocation or an injury needs a doctor to check it first.',
    'Pain down the arm with numbness, tingling or weakness needs a doctor to check it.',
    'Shoulder or arm pain on either side (more often the left) that comes with chest pressure, breathlessness, sweating or feeling sick may be a heart problem: call emergency services; do not treat it.',
    'Keep the ball on the edge of the shoulder blade and the fold behind the armpit, not deep in the hollow of the armpit, where nerves and blood vessels run.',
  ],
  redFlags: ['heart-attack', 'arm-hand-injury'],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter 25, Teres Major Muscle' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the teres major muscle' },
    { source: 'davies-2013', chapter: 'Chapter 5, Shoulder, Upper Back, and Upper Arm Pain' },
  ],
};
