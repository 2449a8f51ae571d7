import type { Muscle } from '../../src/domain/atlas.ts';

export const abductorHallucis: Muscle = {
  id: 'abductor-hallucis',
  name: 'Abductor hallucis',
  aliases: ['abductor hallucis muscle', 'big toe abductor', 'abductor of the great toe'],
  group: 'leg-foot',
  anatomy: {
    origin:
      'The inner bump on the underside of the heel bone (medial process of the calcaneal tuberosity), the band over the inner ankle tunnel (flexor retinaculum) and the tough sheet under the sole (plantar fascia).',
    insertion:
      'The inner side of the base of the first bone of the big toe (proximal phalanx), together with a short big-toe flexor.',
    action:
      'Moves the big toe away from the second toe and helps bend it down; it also helps hold up the inner arch as you stand and walk.',
    innervation: 'The medial plantar nerve, a branch of the tibial nerve.',
  },
  triggerPoints: [
    {
      id: 'abductor-hallucis-tp1',
      name: 'TrPs',
      location:
        'Along the inner edge of your foot, in the soft, fleshy ridge that runs from the front of the heel toward the big toe. The spots lie under the highest part of the arch, where the edge of the foot meets the sole.',
      region: 'foot-inner',
      placement: {
        from: 'calcaneus',
        to: 'first-metatarsal-head',
        t: 0.4,
        offset: [-0.01, -0.014, 0],
        facing: 'inside',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'heel' }],
        spillover: [{ region: 'ankle-inner' }, { region: 'sole' }],
      },
      symptoms: [
        'An ache on the inner side of the heel.',
        'It can spread up toward the inner ankle bone and forward along the inner arch.',
        'The heel is sore when you walk, and you may start to limp.',
        'Tight shoes pressing on the inner edge of the foot make it worse.',
      ],
      complaints: ['heel pain', 'inner ankle pain', 'arch pain', 'plantar fasciitis', 'limping'],
    },
  ],
  pressure: {
    position: 'Sitting on a chair, with the sore foot bare.',
    tool: 'A golf ball or tennis ball on the floor, or your thumb.',
    direction:
      'Up and outward into the fleshy inner edge of the foot, toward the bones of the arch.',
    steps: [
      'Sit on a chair with both feet flat on the floor.',
      'Place the ball under the inner edge of the sore foot, just in front of the heel.',
      'Tilt the foot slightly onto its inner edge so the ball sits on the soft ridge of muscle, not on the heel pad.',
      'Roll the foot slowly forward and back along the inner arch until you find a tender spot.',
      'Press down until the ache is about 5 to 6 out of 10.',
      'Hold still for 30 to 60 seconds while you breathe slowly.',
      'Take the weight off the ball and rest for 15 seconds.',
      'Repeat twice more.',
      'For a finer touch, rest the foot on your other knee and press the same spots with your thumb.',
      'Check by standing and walking a few steps: the inner heel should feel easier.',
    ],
    pressure: { min: 4, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 15,
    releaseFeel:
      'A sore, aching pressure in the arch that melts as you hold, and the inner heel feels lighter. Not sharp, not burning, no tingling.',
    stopIf: [
      'You feel tingling, burning or numbness in the sole or the toes.',
      'The pain turns sharp.',
      'The ball has slid back into the hollow below the inner ankle bone.',
      'The skin is red, broken or blistered.',
    ],
  },
  stretch: {
    position: 'Sitting on a chair, with the sore foot resting on the other knee.',
    steps: [
      'Hold the big toe of the sore foot between your thumb and fingers.',
      'Bend it up, away from the sole.',
      'Keeping it bent up, guide it gently toward the second toe.',
      'With the other hand, pull the foot up at the ankle.',
      'Hold for 30 seconds.',
      'Let the toe and foot go back to rest.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing: 'Breathe slowly and let the arch soften on each breath out.',
    feel: 'A gentle pull along the inner edge of the foot, from the big toe to the heel.',
    avoid: [
      'Forcing a big toe joint that is stiff, swollen or bent sideways by a bunion.',
      'A sharp pain at the base of the big toe.',
      'Bouncing.',
    ],
  },
  selfCare: [
    'Soak the feet in warm water for 10 to 15 minutes, or keep them warm, before the pressure or the stretch.',
    'Wear shoes wide enough at the front that they do not press on the inner edge of the foot or the big toe.',
    'Loosen laces and straps that dig into the inner side of the foot.',
    'Stand and walk on softer surfaces, or in cushioned shoes, while the heel is sore.',
    'Roll the ball under the arch for a minute or two after long spells on your feet.',
  ],
  perpetuatingFactors: [
    'Shoes that are too tight or too small, or that press on the inner side of the foot.',
    'Flat feet, or a foot that rolls in too far with each step.',
    'A long second toe bone (Morton foot structure), which lets the foot rock from side to side as you walk.',
    'Standing or walking for long hours on hard floors.',
  ],
  precautions: [
    'Keep the ball and your thumb out of the soft hollow behind and below the inner ankle bone: the tibial nerve and the posterior tibial artery (a pulse you can feel) run there.',
    'If you have diabetes or poor feeling in your feet, look at the skin of the foot before and after, use light pressure (no more than 3 to 4 out of 10), and stop if the skin is red, broken or blistered; ask your doctor or podiatrist first.',
    'Heel pain that is worst with your first steps in the morning is typical of plantar fasciitis; heel pain that builds as you walk, with a spot on the bone that hurts to touch or to squeeze, may be a stress fracture: see a doctor before you press.',
    'Burning, tingling or numbness in the sole may come from a trapped nerve at the inner ankle (tarsal tunnel): see a doctor.',
    'A heel that is hot, red or swollen, or pain after a fall or a jump onto the heel, needs a doctor first.',
  ],
  sources: [
    {
      source: 'travell-simons-1992-v2',
      chapter: 'Chapter on the superficial intrinsic foot muscles (abductor hallucis)',
    },
    { source: 'davies-2013', chapter: 'Section on the abductor hallucis' },
    {
      source: 'donnelly-2019',
      chapter: 'Chapter on the intrinsic foot muscles (abductor hallucis)',
    },
  ],
};
