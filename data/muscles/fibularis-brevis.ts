import type { Muscle } from '../../src/domain/atlas.ts';

export const fibularisBrevis: Muscle = {
  id: 'fibularis-brevis',
  name: 'Fibularis brevis',
  aliases: ['peroneus brevis', 'fibularis brevis muscle', 'short peroneal muscle'],
  group: 'leg-foot',
  anatomy: {
    origin:
      'The lower two-thirds of the outer face of the thin bone on the outside of the leg (fibula), under the fibularis longus.',
    insertion:
      'Its tendon runs behind the outer ankle bone to the bump at the base of the long bone behind the little toe (fifth metatarsal), halfway along the outer edge of the foot.',
    action:
      'Turns the sole of the foot outward (eversion) and helps point the foot down. It steadies the ankle and stops it rolling over on uneven ground.',
    innervation: 'Superficial fibular (peroneal) nerve (L4, L5, S1).',
  },
  triggerPoints: [
    {
      id: 'fibularis-brevis-tp1',
      name: 'TrP (lower outer leg)',
      location:
        'On the outside of the lower leg, about two-thirds of the way down from the knee to the ankle, just in front of or just behind the firm cord of the fibularis longus tendon, over the thin outer leg bone.',
      region: 'outer-lower-leg',
      placement: { from: 'fibular-head', to: 'lateral-malleolus', t: 0.65, facing: 'outside' },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'ankle-outer' }],
        spillover: [{ region: 'outer-lower-leg' }, { region: 'top-of-foot' }],
      },
      symptoms: [
        'An ache around the outer ankle bone, above, behind and below it.',
        'The ache can carry on a short way along the outer edge of the foot.',
        'The ankle may feel weak and turn over easily.',
      ],
      complaints: [
        'outer ankle pain',
        'weak ankles',
        'ankle pain long after a sprain',
        'pain on the outside of the foot',
      ],
    },
  ],
  pressure: {
    position:
      'Sitting, with the sore leg crossed so its ankle rests on the other knee and the outside of the lower leg faces up. You can also lie on the sore side with a ball under the outer leg.',
    tool: 'Your thumb, with the other thumb on top for support, or a tennis ball on the floor.',
    direction: 'Straight in from the outside toward the thin outer leg bone (fibula).',
    steps: [
      'Sit and rest the ankle of the sore leg on your other knee.',
      'Place your thumb on the outside of the leg about a hand’s width above the outer ankle bone.',
      'Turn your sole outward once to feel the muscle and the cord of the tendon tighten, then relax the foot.',
      'Press gently just in front of and then just behind the cord, moving up a little at a time, until you find a tender spot that may send an ache to the outer ankle.',
      'Press in until the ache is about 5 to 7 out of 10.',
      'Hold still and breathe slowly for 30 to 60 seconds.',
      'Release and rest for 20 seconds.',
      'Repeat the hold twice more.',
      'Check by circling the ankle slowly: the outer ankle should feel easier.',
    ],
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'A strong, aching pressure that fades as you hold, and the outer ankle ache eases. Not sharp, not burning, no tingling.',
    stopIf: [
      'You feel tingling, pins and needles or numbness on the top of the foot.',
      'The pain is sharp and sits on one small spot of the bone itself.',
      'The outer leg is swollen, hard and tight all over.',
      'The pain gets worse instead of easing.',
    ],
  },
  stretch: {
    position: 'Sitting on a chair, with the sore leg crossed so its ankle rests on the other knee.',
    steps: [
      'Hold the outer edge of the sore foot with the hand on the same side.',
      'Turn the sole of the foot up toward you, so the inner edge of the foot lifts.',
      'Keep the sole turned and pull the foot gently up toward your shin.',
      'Stop where you feel a pull along the lower outside of the leg and behind the outer ankle bone, and hold for 30 seconds.',
      'Let the foot go back slowly.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing: 'Breathe slowly. On each breath out, let the sole turn a little further toward you.',
    feel: 'A gentle pull along the lower outside of the leg and behind the outer ankle bone.',
    avoid: [
      'Forcing the foot: a recently sprained ankle may still be healing.',
      'Pain at the outer ankle bone itself.',
      'Tingling in the foot: ease off.',
    ],
  },
  selfCare: [
    'Wear low, stable shoes; high heels keep the outer leg muscles working all day.',
    'Build up walking on rough ground, sand or slopes slowly.',
    'After an ankle sprain, work on balance little by little, for example standing on one leg while you hold onto a counter.',
    'At night, keep your feet from being held pointed by heavy bedclothes, for example with a pillow at the foot of the bed under the covers.',
    'Warm the outer leg for 10 to 15 minutes before the pressure or the stretch.',
  ],
  perpetuatingFactors: [
    'A long second toe bone with a short first one (Morton foot structure).',
    'Flat feet or feet that roll inward.',
    'Ankle sprains, or a long time in a cast or boot.',
    'High heels.',
    'Walking or running on uneven ground or sideways slopes.',
    'Sleeping with the feet held pointed.',
  ],
  precautions: [
    'The nerve to the front and outside of the leg (common fibular, or peroneal, nerve) wraps around the narrow neck of the outer leg bone just below the bony knob on the outside of the knee. Never press deeply there, and stop if you feel tingling on the top of the foot.',
    'If your foot drops or slaps down as you walk, or the leg or foot feels weak or numb, see a doctor before you treat the muscle.',
    'After a twisted ankle, see a doctor first if you cannot put weight on the foot, or if the outer ankle bone or the bump halfway along the outer edge of the foot is very tender: either may be broken.',
    'Pain that you can point to with one finger on the outer leg bone and that gets worse with every step may be a stress fracture: see a doctor before you press there.',
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
