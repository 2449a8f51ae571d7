import type { Muscle } from '../../src/domain/atlas.ts';

export const teresMinor: Muscle = {
  id: 'teres-minor',
  name: 'Teres minor',
  aliases: ['teres minor muscle', 'rotator cuff (teres minor)'],
  group: 'shoulder-upper-back',
  anatomy: {
    origin:
      'The upper two thirds of the outer edge of the shoulder blade, on its back surface (lateral border of the scapula).',
    insertion:
      'The lowest facet of the bump at the top outer side of the upper arm bone (greater tubercle of the humerus).',
    action:
      'Turns the upper arm outward together with the infraspinatus, and as part of the rotator cuff helps hold the ball of the shoulder joint in its socket.',
    innervation: 'A branch of the axillary nerve (from C5 and C6).',
  },
  triggerPoints: [
    {
      id: 'teres-minor-tp1',
      name: 'TrP (near the outer border of the scapula)',
      location:
        'On the back of your shoulder blade, along its outer edge, the edge nearest your armpit, about a third of the way down from the armpit. It lies just above the thicker muscle that runs to the bottom tip of the shoulder blade (teres major), and just below the infraspinatus.',
      region: 'shoulder-blade',
      placement: {
        from: 'shoulder-joint',
        to: 'scapula-inferior-angle',
        t: 0.45,
        offset: [0, 0, -0.03],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'shoulder-back' }],
        spillover: [{ region: 'upper-arm-back' }],
      },
      symptoms: [
        'A deep, sharply outlined ache at the back of the shoulder, about the size of a plum, a little above where the deltoid attaches to the arm.',
        'It can feel like a sore, swollen pocket (a "bursa") deep in the back of the shoulder.',
        'Some people also feel numbness or tingling in the ring and little fingers, especially after working with the arm up.',
        'The shoulder usually moves freely; the pain, not stiffness, is the main problem.',
      ],
      complaints: [
        'back of shoulder pain',
        'pain at night lying on that side',
        'pain reaching up and behind',
        'tingling in the ring and little fingers',
      ],
    },
  ],
  pressure: {
    position:
      'Standing with your back to a wall. For firmer pressure, lie on your side on the floor with the ball under the back of your armpit.',
    tool: 'A tennis ball against a wall.',
    direction:
      'Straight in toward the outer edge of the shoulder blade, slightly toward your spine.',
    steps: [
      'Stand with your back to a wall and your feet a short step away from it.',
      'Place the ball between the wall and the back of your armpit on the sore side, just inside the outer edge of the shoulder blade, on the back of the shoulder blade and not in the hollow of the armpit.',
      'Cross the arm on the sore side over your chest and rest the hand on the other shoulder, so the shoulder blade slides out of the way.',
      'Bend your knees a little and roll the ball slowly up and down along the outer edge of the shoulder blade until you find a spot that aches or sends pain into the back of the shoulder.',
      'Lean into the ball until the ache is about 5 to 7 out of 10.',
      'Hold for 30 to 60 seconds while you breathe slowly.',
      'Step away from the wall and rest for 30 seconds.',
      'Repeat two more times.',
      'Check by reaching up and back, as if to throw: the back of the shoulder should ache less.',
    ],
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 30,
    releaseFeel:
      'The deep ache under the ball and in the back of the shoulder fades while you hold. Not sharp, not burning, no tingling.',
    stopIf: [
      'The pain turns sharp or burning.',
      'You feel tingling or numbness in your arm or hand while you press.',
      'The ache in the back of the shoulder gets worse instead of easing.',
    ],
  },
  stretch: {
    position: 'Standing or sitting tall.',
    steps: [
      'Rest the hand of the sore side on the front of your other shoulder.',
      'Hold the elbow of the sore arm with your other hand.',
      'Draw the elbow gently across your chest and a little up, keeping the shoulder down and away from your ear.',
      'Hold for 30 seconds.',
      'Let go and lower the arm slowly.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing:
      'Breathe slowly and let the back of the shoulder soften a little more each time you breathe out.',
    feel: 'A gentle pull at the back of the shoulder and along the outer edge of the shoulder blade.',
    avoid: [
      'A pinching pain at the front of the shoulder: lower the elbow a little.',
      'Hitching the shoulder up toward the ear.',
      'Pulling hard or bouncing.',
    ],
  },
  selfCare: [
    'Lay a warm pack over the back of the shoulder for 15 to 20 minutes before the pressure or the stretch.',
    'Sleep on your back or on the other side with a pillow hugged in front of you, so the sore arm does not fall across your chest.',
    'Break up work with the arm held up or reaching back, such as overhead jobs, with short rests with the arm down.',
    'Turn your whole body instead of reaching back with one arm.',
  ],
  perpetuatingFactors: [
    'Reaching up and back again and again, or holding the arm up at shoulder height for long spells.',
    'A sudden overload, such as catching yourself in a fall or bracing against a crash.',
    'Overhead sports and throwing.',
    'Trigger points in the infraspinatus, its close neighbour, which often come with it.',
  ],
  precautions: [
    'Shoulder pain after a fall, a dislocation or an injury needs a doctor to check it first.',
    'Numbness or tingling in the ring and little fingers that stays, or comes with weakness of the hand, needs a doctor to check it; it may come from a nerve at the elbow or the neck.',
    'Shoulder or arm pain on either side (more often the left) that comes with chest pressure, breathlessness, sweating or feeling sick may be a heart problem: call emergency services; do not treat it.',
    'Keep the ball on the muscle along the edge of the shoulder blade, not deep in the hollow of the armpit, where nerves and blood vessels run.',
  ],
  redFlags: ['heart-attack', 'arm-hand-injury'],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter 23, Teres Minor Muscle' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the teres minor muscle' },
    { source: 'davies-2013', chapter: 'Chapter 5, Shoulder, Upper Back, and Upper Arm Pain' },
  ],
};
