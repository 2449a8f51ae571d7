import type { Muscle } from '../../src/domain/atlas.ts';

export const extensorDigitorumLongus: Muscle = {
  id: 'extensor-digitorum-longus',
  name: 'Extensor digitorum longus',
  aliases: ['EDL', 'long toe extensor', 'long extensor of the toes'],
  group: 'leg-foot',
  anatomy: {
    origin:
      'The outer edge of the top of the shinbone (lateral condyle of the tibia), the upper three-quarters of the front of the thin outer leg bone (fibula) and the sheet of tissue between the two bones.',
    insertion:
      'Four tendons run over the front of the ankle and the top of the foot to the tops of the four smaller toes.',
    action:
      'Lifts (straightens) the four smaller toes, lifts the front of the foot (dorsiflexion) and helps turn the sole outward.',
    innervation: 'Deep fibular (peroneal) nerve (L4, L5, S1).',
  },
  triggerPoints: [
    {
      id: 'extensor-digitorum-longus-tp1',
      name: 'TrP (upper outer front of the leg)',
      location:
        'On the outer front of the lower leg, about a hand’s width below the bony knob on the outside of the knee (the head of the fibula), in the groove between the front shin muscle and the muscles on the outside of the leg. Lift your toes and you feel the muscle tighten there.',
      region: 'shin',
      placement: {
        from: 'fibular-head',
        to: 'tibial-tuberosity',
        t: 0.3,
        offset: [0, -0.08, 0.02],
        facing: 'front',
      },
      depth: 'deep',
      depthNote:
        'The muscle lies between the front shin muscle and the outer leg muscles, and the spot sits fairly deep. Press in slowly and firmly toward the outer leg bone.',
      referral: {
        essential: [{ region: 'top-of-foot' }, { region: 'toes' }],
        spillover: [{ region: 'ankle-front' }, { region: 'shin' }],
      },
      symptoms: [
        'An ache over the top of the foot that runs out toward the middle three toes, nearly to their tips.',
        'The ache can also spread over the front of the ankle and the lower part of the shin.',
        'Cramps at night in the front of the leg or the toes.',
        'The foot may feel weak when you lift it, so the toes catch or the foot slaps down.',
      ],
      complaints: [
        'top of foot pain',
        'toe pain',
        'night cramps in the shin or toes',
        'tripping or catching the toes',
        'clawed or hammer toes',
      ],
    },
  ],
  pressure: {
    position: 'Sitting on a chair with the sore foot flat on the floor and the knee bent.',
    tool: 'Your thumb, with the other thumb on top for support.',
    direction:
      'In from the front and a little from the outside, toward the thin outer leg bone (fibula).',
    steps: [
      'Sit with the sore foot flat on the floor.',
      'Find the bony knob on the outside of the leg just below the knee, then move your thumb a hand’s width down and a little toward the front of the leg.',
      'Lift and lower your toes a few times to feel the muscle move under your thumb, then relax the foot.',
      'Press slowly in toward the outer leg bone until you find a tender spot that may send an ache toward the top of the foot.',
      'Press in until the ache is about 5 to 6 out of 10.',
      'Hold still and breathe slowly for 30 to 60 seconds.',
      'Release and rest for 20 seconds.',
      'Repeat the hold twice more.',
      'Check by curling and lifting your toes: the top of the foot should feel easier.',
    ],
    pressure: { min: 5, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'A deep, aching pressure that fades as you hold, and the ache on the top of the foot eases. Not sharp, not burning, no tingling.',
    stopIf: [
      'You feel tingling, pins and needles or numbness on the top of the foot or between the big toe and the second toe: the nerve that runs deep to this muscle is being pressed.',
      'The pain turns sharp.',
      'The front of the leg is swollen, hard and tight all over.',
      'The pain gets worse instead of easing.',
    ],
  },
  stretch: {
    position: 'Sitting on a chair, with the sore leg crossed so its ankle rests on the other knee.',
    steps: [
      'Hold the top of the sore foot with the hand on the same side.',
      'Point the foot down, away from your shin.',
      'With the other hand, curl the four smaller toes down toward the sole.',
      'Stop where you feel a pull over the top of the foot and the front of the ankle, and hold for 30 seconds.',
      'Let the toes and the foot go back slowly.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing: 'Breathe slowly, and let the toes curl a little further as you breathe out.',
    feel: 'A gentle pull over the top of the foot, the front of the ankle and up the outer front of the shin.',
    avoid: [
      'Forcing the toes down hard.',
      'Cramping in the sole or the calf: ease off and wiggle the foot.',
      'Tingling on the top of the foot.',
    ],
  },
  selfCare: [
    'Warm the front of the leg for 10 to 15 minutes before the pressure or the stretch.',
    'Loosen laces that press on the top of the foot, and choose shoes with room for the toes.',
    'Wear shoes that stay on without gripping with your toes, rather than loose slip-ons or flip-flops.',
    'Build up walking and running slowly, and add hills and rough ground a little at a time.',
    'If cramps wake you, keep the bedclothes loose over the feet and stretch the front of the leg gently before sleep.',
  ],
  perpetuatingFactors: [
    'Walking or running a lot, especially on hills or uneven ground.',
    'A tight calf muscle that the front shin muscles have to work against.',
    'Gripping loose shoes or sandals with the toes.',
    'An ankle injury or a long time in a cast or boot.',
    'Weak or tired front shin muscles, so the toes catch.',
  ],
  precautions: [
    'The nerve to the front of the leg (deep fibular nerve) runs deep under this muscle, and it comes from the nerve that wraps around the narrow neck of the outer leg bone just below the bony knob on the outside of the knee. Keep deep pressure off that spot, and stop if you feel tingling on the top of the foot.',
    'If your foot drops or slaps down as you walk, or you cannot lift the toes, see a doctor before you treat the muscle: it may come from the nerve or the back.',
    'Pain that you can point to with one finger on a bone of the shin or the top of the foot, and that gets worse with every step, may be a stress fracture. See a doctor before you press there.',
    'A severe, tight, swollen shin during or after exercise, pain that keeps growing when you rest, or numbness on the top of the foot is an emergency (compartment syndrome): get medical help straight away and do not press or stretch.',
  ],
  redFlags: ['compartment-syndrome', 'leg-weakness'],
  sources: [
    { source: 'travell-simons-1992-v2', chapter: 'Chapter on the long extensors of the toes' },
    { source: 'davies-2013', chapter: 'Section on the extensor digitorum longus' },
    { source: 'donnelly-2019', chapter: 'Chapter on the long extensors of the toes' },
  ],
};
