import type { Muscle } from '../../src/domain/atlas.ts';

export const coracobrachialis: Muscle = {
  id: 'coracobrachialis',
  name: 'Coracobrachialis',
  aliases: ['coracobrachialis muscle', 'coracobrachial muscle'],
  group: 'shoulder-upper-back',
  anatomy: {
    origin:
      'The tip of the small hook of bone below the outer end of the collarbone (coracoid process of the scapula), together with the short head of the biceps.',
    insertion:
      'The inner side of the upper arm bone, about halfway down (medial shaft of the humerus).',
    action:
      'Helps lift the arm forward and draw it in toward the body, and helps hold the top of the arm bone in the shoulder joint.',
    innervation:
      'The musculocutaneous nerve, which passes through the muscle (mainly from C6 and C7).',
  },
  triggerPoints: [
    {
      id: 'coracobrachialis-tp1',
      name: 'TrP (upper part of the muscle, near the armpit)',
      location:
        'High on the inner front of your upper arm, just below the front fold of the armpit. With the arm resting out to the side, the muscle is the firm cord you feel against the bone, behind the front edge of the deltoid and the chest muscle.',
      region: 'armpit',
      placement: {
        from: 'coracoid',
        to: 'medial-epicondyle',
        t: 0.3,
        facing: 'front',
      },
      depth: 'deep',
      depthNote:
        'You press through the front edge of the armpit, under the deltoid and the chest muscle (pectoralis major), back toward the upper arm bone.',
      referral: {
        essential: [{ region: 'shoulder-front' }],
        spillover: [
          { region: 'upper-arm-back' },
          { region: 'forearm-back' },
          { region: 'hand-back' },
          { region: 'fingers' },
        ],
      },
      symptoms: [
        'A deep ache in the front of the shoulder.',
        'The pain can run down the back of the upper arm, skip the elbow, carry on down the back of the forearm, skip the wrist and reach the back of the hand and the middle finger.',
        'Reaching behind your back, as to tuck in a shirt or fasten a bra, hurts.',
        'Lifting the arm straight up beside your ear may be limited.',
      ],
      complaints: [
        'front of shoulder pain',
        'back of arm pain',
        "can't reach behind your back",
        'pain in the back of the hand',
      ],
    },
  ],
  pressure: {
    position:
      'Sit in a chair with the forearm of the sore side resting on a table or the armrest, the arm a little out from your side.',
    tool: 'The fingertips of your other hand.',
    direction:
      'Back and out against the upper arm bone, from the front of the armpit; never straight in toward the chest.',
    steps: [
      'Rest the sore arm a little out to the side so the front of the armpit is soft.',
      'Reach across and place your fingertips just below the front fold of the armpit, on the inner front of the upper arm.',
      'Press gently back and out until you feel the upper arm bone under your fingers.',
      'Move slowly up and down along the bone until you find a firm cord with a spot that aches or sends pain to the front of the shoulder.',
      'Press that spot gently until the ache is about 4 to 6 out of 10.',
      'Hold for 30 to 60 seconds while you breathe slowly.',
      'Ease off slowly and rest for 30 seconds.',
      'Repeat two more times.',
      'Check by reaching your hand behind your back: it should go higher or with less pain.',
    ],
    pressure: { min: 4, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 30,
    releaseFeel:
      'A deep, aching pressure that softens while you hold, with the ache in the front of the shoulder fading. Not sharp, not burning, no tingling, no throbbing pulse under your fingers.',
    stopIf: [
      'You feel tingling, numbness or an electric feeling down the arm: move your fingers, you are on a nerve.',
      'You feel a strong pulse under your fingertips: move off it, that is the main artery of the arm.',
      'You feel a lump or a swollen, tender gland: stop and see a doctor.',
      'The pain turns sharp or burning.',
    ],
  },
  stretch: {
    position: 'Standing in a doorway.',
    steps: [
      'Stand in a doorway with the sore side next to the frame.',
      'Lift the sore arm out to the side a little below shoulder height, with the elbow straight and the palm facing forward.',
      'Rest the palm and inner forearm flat against the door frame.',
      'Turn your chest slowly away from the arm until you feel a pull in the front of the shoulder and armpit.',
      'Hold for 30 seconds.',
      'Turn back and lower the arm.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing: 'Breathe slowly and turn a little further only as you breathe out.',
    feel: 'A gentle pull in the front of the shoulder and the front of the armpit.',
    avoid: [
      'Tingling or numbness in the hand: lower the arm and ease off at once.',
      'A pinching pain inside the front of the shoulder joint.',
      'Leaning your whole weight forward through the arm.',
    ],
  },
  selfCare: [
    'Lay a warm pack over the front of the shoulder for 15 to 20 minutes before the pressure or the stretch.',
    'Carry loads close to your body instead of out in front of you with straight arms.',
    'Build up slowly with push-ups, bench press, throwing and climbing.',
    'Sleep with the sore arm resting on a pillow beside you rather than folded tight across your chest.',
  ],
  perpetuatingFactors: [
    'Push-ups, bench press and other heavy pushing.',
    'Throwing, climbing and swimming.',
    'Carrying or holding loads out in front of you with the arms straight.',
    'Trigger points in the nearby chest, biceps or deltoid muscles, which often come with it.',
  ],
  precautions: [
    'The main nerves and the main artery of the arm run along the inner side of the upper arm, right beside this muscle: press gently, and move off any spot that tingles or throbs.',
    'The armpit holds lymph nodes: do not press on a lump or a swollen, tender gland, and see a doctor about any new lump.',
    'If you have had lymph nodes removed or radiotherapy to the armpit, or you have swelling of the arm, ask your doctor or therapist before you press here.',
    'Shoulder pain after a fall or a dislocation needs a doctor to check it first.',
    'Left shoulder or arm pain that comes with chest pressure, breathlessness, sweating or feeling sick may be a heart problem: call emergency services; do not treat it.',
  ],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter on the coracobrachialis muscle' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the coracobrachialis muscle' },
    { source: 'davies-2013', chapter: 'Chapter 5, Shoulder, Upper Back, and Upper Arm Pain' },
  ],
};
