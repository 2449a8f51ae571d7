import type { Muscle } from '../../src/domain/atlas.ts';

export const flexorHallucisBrevis: Muscle = {
  id: 'flexor-hallucis-brevis',
  name: 'Flexor hallucis brevis',
  aliases: ['FHB', 'short flexor of the big toe', 'short big-toe flexor'],
  group: 'leg-foot',
  anatomy: {
    origin:
      'The underside of the small bones in the middle of the foot (cuboid and lateral cuneiform), and slips from the tendon of the tibialis posterior.',
    insertion:
      'Two tendons, one on each side of the base of the first bone of the big toe (proximal phalanx); each holds a small round bone (sesamoid) under the big-toe joint.',
    action:
      'Bends the big toe down at the joint where it meets the foot, and presses the big toe into the ground as you push off.',
    innervation: 'The medial plantar nerve.',
  },
  triggerPoints: [
    {
      id: 'flexor-hallucis-brevis-tp1',
      name: 'Flexor hallucis brevis TrPs',
      location:
        'In the sole, under the long bone behind your big toe (first metatarsal), a little behind the ball of the big toe. Press up into the sole along that bone, and also in from the inner edge of the foot, just below the bone, and search for a tender spot.',
      region: 'sole',
      placement: {
        from: 'first-metatarsal-head',
        offset: [0.004, -0.018, -0.03],
        facing: 'bottom',
      },
      depth: 'deep',
      depthNote:
        'It lies against the underside of the long bone behind the big toe. You press through the thick skin of the sole and the tough band under the foot (plantar fascia); from the inner edge, through the muscle along the inner arch (abductor hallucis). The long big-toe tendon runs between its two heads.',
      referral: {
        essential: [{ region: 'sole' }, { region: 'top-of-foot' }],
        spillover: [{ region: 'toes' }],
      },
      symptoms: [
        'Pain around the head of the long bone behind the big toe: under the ball of the big toe and on the inner side of the foot there.',
        'Sometimes the pain spreads into the whole big toe, top and bottom, and into the second toe.',
        'The ball of the big toe is tender, and pushing off when you walk hurts.',
      ],
      complaints: [
        'pain under the ball of the big toe',
        'big-toe joint pain',
        'pain on pushing off when walking',
        'pain in the big toe',
      ],
    },
  ],
  pressure: {
    position:
      'Sitting on a chair with the sore foot flat on the floor; or sitting with the sore foot across the other knee for your thumb.',
    tool: 'A golf ball under the foot, or your thumb.',
    direction:
      'Straight up into the sole under the long bone behind the big toe; from the inner edge of the foot, in and up toward that bone.',
    steps: [
      'Sit on a chair and put a golf ball on the floor under the sore foot.',
      'Set the ball under the long bone behind the big toe, just behind the ball of the big toe.',
      'Roll the foot slowly along that bone, toward the heel and back, until you find a tender spot.',
      'Stop rolling and lean some weight down through your knee until the discomfort is about 5 to 7 out of 10.',
      'Hold for 30 to 60 seconds while you breathe slowly.',
      'Lift the foot off the ball and rest for 20 seconds.',
      'Repeat twice more.',
      'For the inner edge, rest the foot across your other knee and press your thumb up under the bone from the inside of the foot; find, hold and rest the same way.',
      'Check by standing and rising onto your toes: the ball of the big toe should feel less sore.',
    ],
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'A deep ache that spreads a little and then fades while you hold, and the ball of the big toe feels softer. No sharp pain, no burning, no tingling.',
    stopIf: [
      'You feel tingling or numbness in the big toe.',
      'The pain turns sharp or burning.',
      'The pressure lands on the two small hard bones right under the big-toe joint and hurts sharply there.',
      'The big-toe joint is hot, red or swollen.',
    ],
  },
  stretch: {
    position:
      'Sitting on a chair, with the sore foot resting across the other knee; or standing, facing a wall.',
    steps: [
      'Hold the foot just behind the toes with one hand, to keep the foot still.',
      'With the other hand, take the big toe between your thumb and fingers.',
      'Bend the big toe slowly up toward your shin until you feel a pull under the ball of the big toe and along the inner sole.',
      'Hold for 30 seconds.',
      'Let the toe come back slowly.',
      'Repeat three times.',
      'To stretch standing instead, put the underside of the big toe against the wall with the ball of the foot on the floor, and lean your knee gently toward the wall.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing: 'Breathe slowly, and ease the toe a little further up as you breathe out.',
    feel: 'A gentle pull under the ball of the big toe and along the inner part of the sole.',
    avoid: [
      'Forcing a stiff, swollen or painful big-toe joint.',
      'Pain in the joint itself rather than a pull in the sole.',
      'Bouncing.',
    ],
  },
  selfCare: [
    'Soak your feet in warm water for 10 minutes before the pressure or the stretch.',
    'Wear shoes with a cushioned sole and enough room for the big toe.',
    'Choose low heels: high heels load the ball of the big toe.',
    'Keep your feet warm in cold weather.',
    'Build up walking and running distances a little at a time.',
  ],
  perpetuatingFactors: [
    'Shoes that are too short or narrow, or high heels.',
    'Long walks or runs, especially on hard ground or in thin-soled shoes.',
    'A foot held still in a cast or boot for a long time.',
    'A stiff big-toe joint, which changes how you push off.',
    'A foot that rolls in (flat foot) or a long second toe (Morton foot structure), which loads the inner forefoot unevenly.',
  ],
  precautions: [
    'A big-toe joint that is suddenly hot, red and swollen may be gout or an infection: see a doctor, and do not press or stretch it.',
    'If you have diabetes or poor feeling in your feet, check with your doctor first, and go gently with the ball: you may not feel when you press too hard or bruise the skin.',
    'A pinpoint sore spot on a bone, after you have walked or run more than usual, may be a stress fracture: see a doctor before you press on it. This includes the two small bones right under the big-toe joint.',
    'Burning, sharp or electric pain between two toes, with numbness in those toes, may be a Morton’s neuroma: see a doctor before you treat it.',
  ],
  redFlags: ['hot-swollen-joint'],
  sources: [
    {
      source: 'travell-simons-1992-v2',
      chapter: 'Chapter on the deep intrinsic foot muscles (flexor hallucis brevis)',
    },
    { source: 'davies-2013', chapter: 'Section on the intrinsic muscles of the foot' },
  ],
};
