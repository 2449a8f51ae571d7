import type { Muscle } from '../../src/domain/atlas.ts';

export const fibularisTertius: Muscle = {
  id: 'fibularis-tertius',
  name: 'Fibularis tertius',
  aliases: ['peroneus tertius', 'fibularis tertius muscle', 'third peroneal muscle'],
  group: 'leg-foot',
  anatomy: {
    origin:
      'The lower third of the front face of the thin bone on the outside of the leg (fibula) and the sheet of tissue between the two leg bones (interosseous membrane). It is often joined to the extensor digitorum longus, and some people do not have it.',
    insertion:
      'The top of the base of the long bone behind the little toe (fifth metatarsal), on the outer part of the top of the foot.',
    action:
      'Lifts the front of the foot (dorsiflexion) and turns the sole outward (eversion), lifting the outer edge of the foot as you swing the leg forward.',
    innervation: 'Deep fibular (peroneal) nerve (L4, L5, S1).',
  },
  triggerPoints: [
    {
      id: 'fibularis-tertius-tp1',
      name: 'TrP (lower front of the fibula)',
      location:
        'On the lower outer leg, a few finger-widths above the outer ankle bone, just in front of the thin outer leg bone (fibula). Lift the outer edge of your foot and you feel the muscle tighten there.',
      region: 'outer-lower-leg',
      placement: {
        from: 'fibular-head',
        to: 'lateral-malleolus',
        t: 0.78,
        offset: [0, 0, 0.02],
        facing: 'outside',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'ankle-front' }, { region: 'ankle-outer' }],
        spillover: [{ region: 'heel' }],
      },
      symptoms: [
        'An ache along the front and outer side of the ankle, in front of the outer ankle bone.',
        'The ache can spread to the outer side of the heel.',
        'The ankle may feel weak.',
      ],
      complaints: ['front of ankle pain', 'outer ankle pain', 'heel pain', 'weak ankles'],
    },
  ],
  pressure: {
    position: 'Sitting on a chair with the sore foot flat on the floor and the knee bent.',
    tool: 'Your thumb, or two fingers.',
    direction:
      'In from the front and outside, toward the front edge of the thin outer leg bone (fibula).',
    steps: [
      'Sit with the sore foot flat on the floor.',
      'Find the outer ankle bone, then move your thumb up the front edge of the thin outer leg bone by three to four finger-widths.',
      'Lift the outer edge of your foot once to feel the muscle tighten, then relax the foot.',
      'Press gently just in front of the bone, moving up and down a little, until you find a tender spot that may send an ache to the front of the ankle.',
      'Press in until the ache is about 4 to 6 out of 10.',
      'Hold still and breathe slowly for 30 to 60 seconds.',
      'Release and rest for 20 seconds.',
      'Repeat the hold twice more.',
      'Check by lifting the foot up and down: the front of the ankle should feel easier.',
    ],
    pressure: { min: 4, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'A dull, aching pressure that fades as you hold, and the ache at the front of the ankle eases. Not sharp, not burning, no tingling.',
    stopIf: [
      'You feel tingling, pins and needles or numbness on the top of the foot.',
      'The pain is sharp and sits on the bone itself.',
      'The front of the leg is swollen, hard and tight all over.',
      'The pain gets worse instead of easing.',
    ],
  },
  stretch: {
    position: 'Sitting on a chair, with the sore leg crossed so its ankle rests on the other knee.',
    steps: [
      'Hold the top of the sore foot with the hand on the same side.',
      'Point the foot down, away from your shin.',
      'Keep it pointed and turn the sole up toward you, so the outer edge of the foot drops.',
      'Stop where you feel a pull over the front and outer side of the ankle, and hold for 30 seconds.',
      'Let the foot go back slowly.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing: 'Breathe slowly, and let the foot turn a little further as you breathe out.',
    feel: 'A gentle pull over the front and outer side of the ankle and the lower outer leg.',
    avoid: [
      'Forcing the foot: a recently sprained ankle may still be healing.',
      'Cramping in the sole or the calf: ease off and wiggle the foot.',
      'Sharp pain at the outer ankle.',
    ],
  },
  selfCare: [
    'Wear low, stable shoes.',
    'Build up walking on rough ground, sand or slopes slowly.',
    'After an ankle sprain, work on balance little by little, for example standing on one leg while you hold onto a counter.',
    'Warm the lower leg for 10 to 15 minutes before the pressure or the stretch.',
  ],
  perpetuatingFactors: [
    'Ankle sprains, or a long time in a cast or boot.',
    'Walking or running on uneven ground.',
    'Flat feet or feet that roll inward.',
    'A long second toe bone with a short first one (Morton foot structure).',
  ],
  precautions: [
    'The nerve to the front and outside of the leg (common fibular, or peroneal, nerve) wraps around the narrow neck of the outer leg bone just below the bony knob on the outside of the knee. Keep deep pressure off that spot, and stop if you feel tingling on the top of the foot.',
    'If your foot drops or slaps down as you walk, or the foot feels weak or numb, see a doctor before you treat the muscle.',
    'After a twisted ankle, see a doctor first if you cannot put weight on the foot, or if the outer ankle bone is very tender: it may be broken.',
    'A severe, tight, swollen shin during or after exercise, or pain that keeps growing when you rest, is an emergency (compartment syndrome): get medical help straight away.',
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
