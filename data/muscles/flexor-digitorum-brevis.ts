import type { Muscle } from '../../src/domain/atlas.ts';

export const flexorDigitorumBrevis: Muscle = {
  id: 'flexor-digitorum-brevis',
  name: 'Flexor digitorum brevis',
  aliases: ['FDB', 'short toe flexor', 'short flexor of the toes'],
  group: 'leg-foot',
  anatomy: {
    origin:
      'The inner bump on the underside of the heel bone (medial process of the calcaneal tuberosity) and the middle of the tough sheet under the sole (plantar fascia).',
    insertion:
      'Four tendons, each splitting in two, onto both sides of the middle bone of each of the four small toes (middle phalanges).',
    action:
      'Bends the four small toes down at their middle joints and helps hold up the long arch of the foot.',
    innervation: 'The medial plantar nerve, a branch of the tibial nerve.',
  },
  triggerPoints: [
    {
      id: 'flexor-digitorum-brevis-tp1',
      name: 'TrPs',
      location:
        'In the middle of the sole, in the arch, about halfway between the front of the heel and the ball of the foot. The muscle lies just under the tough sheet of the sole, so the spots feel like deep, tender knots under a firm layer.',
      region: 'sole',
      placement: {
        from: 'calcaneus',
        to: 'first-metatarsal-head',
        t: 0.5,
        offset: [0.015, -0.03, 0],
        facing: 'bottom',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'sole' }],
        spillover: [],
      },
      symptoms: [
        'A sore ache under the ball of the foot, behind the second, third and fourth toes.',
        'Walking, especially barefoot or on hard floors, makes it worse.',
        'It can feel like walking on a pebble or a bruise.',
      ],
      complaints: [
        'pain in the ball of the foot',
        'metatarsalgia',
        'sore feet after walking',
        'foot pain when walking',
      ],
    },
  ],
  pressure: {
    position: 'Sitting on a chair, with the sore foot bare.',
    tool: 'A golf ball or tennis ball on the floor, or both thumbs.',
    direction: 'Straight up into the middle of the sole, toward the bones of the arch.',
    steps: [
      'Sit on a chair with both feet flat on the floor.',
      'Place the ball under the middle of the arch of the sore foot.',
      'Roll the foot slowly forward and back between the heel and the ball of the foot until you find a tender spot.',
      'Press down through the foot until the ache is about 5 to 7 out of 10.',
      'Hold still for 30 to 60 seconds while you breathe slowly.',
      'Take the weight off the ball and rest for 15 seconds.',
      'Repeat twice more.',
      'For a finer touch, rest the foot on your other knee and press the same spots with both thumbs.',
      'Check by standing and walking a few steps: the ball of the foot should feel easier.',
    ],
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 15,
    releaseFeel:
      'A deep, sore pressure in the arch that eases as you hold, and the ball of the foot feels lighter. Not sharp, not burning, no tingling.',
    stopIf: [
      'You feel tingling, burning or numbness in the sole or the toes.',
      'The pain turns sharp, or you feel a sore spot on a bone.',
      'The skin is red, broken or blistered.',
    ],
  },
  stretch: {
    position: 'Sitting on a chair, with the sore foot resting on the other knee.',
    steps: [
      'Hold the four small toes of the sore foot with your fingers under them.',
      'Bend the toes up, away from the sole, as far as they go easily.',
      'With the other hand, pull the foot up at the ankle.',
      'Hold for 30 seconds.',
      'Let the toes and foot go back to rest.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing: 'Breathe slowly and let the sole soften on each breath out.',
    feel: 'A gentle pull along the middle of the sole and under the small toes.',
    avoid: [
      'Forcing toes that are stiff, swollen or clawed.',
      'A sharp pain in the toe joints or the ball of the foot.',
      'Bouncing.',
    ],
  },
  selfCare: [
    'Soak the feet in warm water for 10 to 15 minutes, or keep them warm, before the pressure or the stretch.',
    'Wear shoes with room for the toes to spread and a cushioned sole under the ball of the foot.',
    'Avoid high heels while the ball of the foot is sore.',
    'Wear cushioned shoes or slippers instead of going barefoot on hard floors.',
    'Roll the ball under the arch for a minute or two after long spells on your feet.',
  ],
  perpetuatingFactors: [
    'Shoes that are too tight or too short, or with a narrow toe box.',
    'High heels that push your weight onto the ball of the foot.',
    'Shoes with a thin, hard sole, or walking barefoot on hard floors.',
    'Standing or walking for long hours.',
  ],
  precautions: [
    'If you have diabetes or poor feeling in your feet, look at the skin of the foot before and after, use light pressure (no more than 3 to 4 out of 10), and stop if the skin is red, broken or blistered; ask your doctor or podiatrist first.',
    'A spot on a foot bone that hurts to touch, or swelling on the top of the foot after more walking or running, may be a stress fracture: see a doctor before you press.',
    'Heel or arch pain that is worst with your first steps in the morning is typical of plantar fasciitis: see a doctor or podiatrist if it lasts more than a few weeks.',
    'Burning, tingling or numbness between the toes or in the sole may come from a nerve (such as a Morton neuroma or nerve damage), not from a muscle: see a doctor.',
    'Keep the ball and your thumbs out of the soft hollow behind and below the inner ankle bone, where the tibial nerve and the posterior tibial artery run.',
  ],
  sources: [
    {
      source: 'travell-simons-1992-v2',
      chapter: 'Chapter on the superficial intrinsic foot muscles (flexor digitorum brevis)',
    },
    { source: 'davies-2013', chapter: 'Section on the flexor digitorum brevis' },
    {
      source: 'donnelly-2019',
      chapter: 'Chapter on the intrinsic foot muscles (flexor digitorum brevis)',
    },
  ],
};
