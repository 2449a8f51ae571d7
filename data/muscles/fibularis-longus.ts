import type { Muscle } from '../../src/domain/atlas.ts';

export const fibularisLongus: Muscle = {
  id: 'fibularis-longus',
  name: 'Fibularis longus',
  aliases: ['peroneus longus', 'fibularis longus muscle', 'long peroneal muscle'],
  group: 'leg-foot',
  anatomy: {
    origin:
      'The head and the upper two-thirds of the outer face of the thin bone on the outside of the leg (fibula), and the outer edge of the top of the shinbone.',
    insertion:
      'Its tendon runs behind the outer ankle bone and under the sole to the inner side of the foot: the first wedge bone (medial cuneiform) and the base of the long bone behind the big toe (first metatarsal).',
    action:
      'Turns the sole of the foot outward (eversion), helps point the foot down, and presses the ball of the big toe into the ground. It steadies the ankle when you stand on one leg or walk on uneven ground.',
    innervation: 'Superficial fibular (peroneal) nerve (L4, L5, S1).',
  },
  triggerPoints: [
    {
      id: 'fibularis-longus-tp1',
      name: 'TrP (upper outer leg)',
      location:
        'On the outside of the lower leg, about two finger-widths (2 to 4 cm) below the bony knob at the top of the outer leg (the head of the fibula), over the thin outer leg bone. Turn your sole outward and you feel the muscle tighten there.',
      region: 'outer-lower-leg',
      placement: { from: 'fibular-head', offset: [0.005, -0.035, 0], facing: 'outside' },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'ankle-outer' }],
        spillover: [{ region: 'outer-lower-leg' }, { region: 'top-of-foot' }],
      },
      symptoms: [
        'An ache around the outer ankle bone: above it, behind it and below it.',
        'The ache can run a short way along the outer edge of the foot.',
        'Some people also feel a vague ache down the middle of the outside of the leg.',
        'The ankle may feel weak and give way, so it turns over easily.',
      ],
      complaints: [
        'outer ankle pain',
        'weak ankles',
        'ankle keeps rolling over',
        'ankle pain long after a sprain',
        'pain on the outside of the foot',
      ],
    },
  ],
  pressure: {
    position:
      'Sitting, with the sore leg crossed so its ankle rests on the other knee and the outside of the lower leg faces up.',
    tool: 'Your thumb or two fingers. Start with the fingers: the spot lies close to a nerve.',
    direction: 'Straight in from the outside toward the thin outer leg bone (fibula).',
    steps: [
      'Sit and rest the ankle of the sore leg on your other knee.',
      'Find the bony knob on the outside of the leg just below the knee (the head of the fibula).',
      'Move your fingers straight down from the knob by two finger-widths, so you stay off the narrow part of the bone just below the knob, where the nerve wraps round.',
      'Turn your sole outward once to feel the muscle tighten, then relax the foot.',
      'Press gently on the muscle over the bone, moving down a little at a time, until you find a tender spot that may send an ache toward the outer ankle.',
      'Press in until the ache is about 4 to 6 out of 10, no more.',
      'Hold still and breathe slowly for 30 to 60 seconds.',
      'Release and rest for 20 seconds.',
      'Repeat the hold twice more.',
      'Check by circling the ankle slowly: the outer ankle should feel easier.',
    ],
    pressure: { min: 4, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'A dull, aching pressure that softens as you hold, and the ache at the outer ankle fades. Not sharp, not burning, no tingling.',
    stopIf: [
      'You feel tingling, pins and needles or numbness on the top of the foot or down the outside of the leg: the nerve is being pressed. Move your fingers lower, or stop.',
      'An electric or shooting feeling runs down the leg.',
      'The pain turns sharp.',
      'The outer leg is swollen, hard and tight all over.',
    ],
  },
  stretch: {
    position: 'Sitting on a chair, with the sore leg crossed so its ankle rests on the other knee.',
    steps: [
      'Hold the outer edge of the sore foot with the hand on the same side.',
      'Turn the sole of the foot up toward you, so the inner edge of the foot lifts.',
      'Keep the sole turned and pull the foot gently up toward your shin.',
      'Stop where you feel a pull along the outside of the lower leg, and hold for 30 seconds.',
      'Let the foot go back slowly.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing: 'Breathe slowly. On each breath out, let the sole turn a little further toward you.',
    feel: 'A gentle pull along the outside of the lower leg, down to behind the outer ankle bone.',
    avoid: [
      'Forcing the foot: a recently sprained ankle may still be healing.',
      'Pain at the outer ankle bone itself.',
      'Tingling in the foot: ease off.',
    ],
  },
  selfCare: [
    'Do not sit with one knee crossed over the other: it presses on the top of the outer leg and the nerve there.',
    'Avoid socks or boots with a tight band just below the knee.',
    'Wear low, stable shoes; high heels keep the outer leg muscles working all day.',
    'At night, keep your feet from being held pointed by heavy bedclothes, for example with a pillow at the foot of the bed under the covers.',
    'Warm the outer leg for 10 to 15 minutes before the pressure or the stretch.',
  ],
  perpetuatingFactors: [
    'A long second toe bone with a short first one (Morton foot structure), which makes the foot rock inward.',
    'Flat feet or feet that roll inward.',
    'Ankle sprains, or a long time in a cast or boot.',
    'High heels.',
    'Sitting with the legs crossed knee over knee.',
    'Tight elastic bands of socks just below the knee.',
    'Sleeping with the feet held pointed.',
  ],
  precautions: [
    'The nerve to the front and outside of the leg (common fibular, or peroneal, nerve) wraps around the narrow neck of the outer leg bone just below the bony knob on the outside of the knee. Never press deeply there, and stop at once if you feel tingling on the top of the foot.',
    'If your foot drops or slaps down as you walk, or the leg or foot feels weak or numb, see a doctor before you treat the muscle: it may come from the nerve or the back.',
    'After a twisted ankle, see a doctor first if you cannot put weight on the foot, or if the outer ankle bone is very tender to touch: it may be broken.',
    'A severe, tight, swollen outer leg during or after exercise, or pain that keeps growing when you rest, is an emergency (compartment syndrome): get medical help straight away.',
  ],
  redFlags: ['compartment-syndrome', 'leg-weakness', 'ankle-foot-injury'],
  sources: [
    {
      source: 'travell-simons-1992-v2',
      chapter: 'Chapter on the peroneal muscles (peroneus longus, brevis and tertius)',
    },
    { source: 'davies-2013', chapter: 'Section on the fibularis (peroneus) muscles' },
    { source: 'donnelly-2019', chapter: 'Chapter on the fibularis muscles' },
  ],
};
