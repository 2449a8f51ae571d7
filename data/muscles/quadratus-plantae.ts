import type { Muscle } from '../../src/domain/atlas.ts';

export const quadratusPlantae: Muscle = {
  id: 'quadratus-plantae',
  name: 'Quadratus plantae',
  aliases: ['flexor accessorius', 'flexor digitorum accessorius', 'QP'],
  group: 'leg-foot',
  anatomy: {
    origin:
      'Two heads from the inner and outer sides of the underside of the heel bone (calcaneus).',
    insertion:
      'The outer edge of the tendon of the long toe flexor (flexor digitorum longus) in the sole, before it splits into its four tendons.',
    action:
      'Straightens the pull of the long toe flexor so the four small toes curl straight down, and adds to that pull.',
    innervation: 'The lateral plantar nerve, a branch of the tibial nerve.',
  },
  triggerPoints: [
    {
      id: 'quadratus-plantae-tp1',
      name: 'TrP',
      location:
        'Deep in the sole, just in front of the heel pad, about in the middle of the width of the foot. Press where the firm heel pad ends and the softer arch begins.',
      region: 'sole',
      placement: {
        from: 'calcaneus',
        to: 'first-metatarsal-head',
        t: 0.18,
        offset: [0.005, -0.03, 0],
        facing: 'bottom',
      },
      depth: 'deep',
      depthNote:
        'It lies in the second layer of the sole, above the short toe flexor (flexor digitorum brevis) and the tough sheet under the sole (plantar fascia). It takes firm, slow pressure to reach it through them.',
      referral: {
        essential: [{ region: 'heel' }],
        spillover: [],
      },
      symptoms: [
        'Pain under the heel, often sharp, as if you were stepping on a stone.',
        'It is worse when you put weight on the heel, so you may walk on the front of the foot.',
      ],
      complaints: ['heel pain', 'plantar fasciitis', 'heel spur pain', 'pain standing on the heel'],
    },
  ],
  pressure: {
    position: 'Sitting on a chair, with the sore foot bare.',
    tool: 'A golf ball on the floor, or a knuckle or both thumbs.',
    direction: 'Straight up into the sole just in front of the heel, toward the heel bone.',
    steps: [
      'Sit on a chair with both feet flat on the floor.',
      'Place the golf ball under the sore foot, just in front of the heel pad, in the middle of the width of the foot.',
      'Roll the foot a little from side to side until you find a deep, tender spot.',
      'Lean forward over the foot to press down until the ache is about 5 to 7 out of 10.',
      'Hold still for 30 to 60 seconds while you breathe slowly.',
      'Take the weight off the ball and rest for 15 seconds.',
      'Repeat twice more.',
      'For a finer touch, rest the foot on your other knee and press the same spot with a knuckle or both thumbs.',
      'Check by standing and putting weight on the heel: it should feel easier.',
    ],
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 15,
    releaseFeel:
      'A deep, sore pressure that eases as you hold, and the heel feels less tender when you stand. Not sharp, not burning, no tingling.',
    stopIf: [
      'You feel tingling, burning or numbness in the sole or the toes.',
      'The pain turns sharp or stabbing under the ball.',
      'Pressing on the heel bone itself hurts sharply.',
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
    feel: 'A gentle pull deep in the sole, from the heel toward the small toes.',
    avoid: [
      'Forcing toes that are stiff, swollen or clawed.',
      'A sharp pain under the heel.',
      'Bouncing.',
    ],
  },
  selfCare: [
    'Soak the feet in warm water for 10 to 15 minutes, or keep them warm, before the pressure or the stretch.',
    'Wear shoes with a cushioned heel and a firm heel cup, and avoid going barefoot on hard floors while the heel is sore.',
    'Walk on smooth, level ground rather than rough or uneven paths.',
    'Break up long spells of standing with short rests off your feet.',
  ],
  perpetuatingFactors: [
    'Walking or running on uneven ground.',
    'Standing or walking for long hours on hard floors.',
    'Shoes with a thin, hard heel or no heel support.',
    'Going barefoot on hard floors.',
  ],
  precautions: [
    'If you have diabetes or poor feeling in your feet, look at the skin of the foot before and after, use light pressure (no more than 3 to 4 out of 10), and stop if the skin is red, broken or blistered; ask your doctor or podiatrist first.',
    'Heel pain that is worst with your first steps in the morning and eases as you move is typical of plantar fasciitis; heel pain that builds as you walk, or hurts when you squeeze the sides of the heel bone, may be a stress fracture: see a doctor before you press.',
    'A heel that is hot, red or swollen, or pain after a fall or a jump onto the heel, needs a doctor first.',
    'Burning, tingling or numbness in the heel or sole may come from a trapped nerve at the inner ankle (tarsal tunnel): see a doctor.',
    'Keep the ball and your thumbs out of the soft hollow behind and below the inner ankle bone, where the tibial nerve and the posterior tibial artery run.',
  ],
  redFlags: ['ankle-foot-injury'],
  sources: [
    {
      source: 'travell-simons-1992-v2',
      chapter: 'Chapter on the deep intrinsic foot muscles (quadratus plantae)',
    },
    { source: 'davies-2013', chapter: 'Section on the quadratus plantae' },
    {
      source: 'donnelly-2019',
      chapter: 'Chapter on the intrinsic foot muscles (quadratus plantae)',
    },
  ],
};
