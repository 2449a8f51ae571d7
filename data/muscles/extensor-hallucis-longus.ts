import type { Muscle } from '../../src/domain/atlas.ts';
import { extensorDigitorumLongus } from './extensor-digitorum-longus.ts';

export const extensorHallucisLongus: Muscle = {
  id: 'extensor-hallucis-longus',
  name: 'Extensor hallucis longus',
  aliases: ['EHL', 'long extensor of the big toe', 'big toe extensor'],
  group: 'leg-foot',
  anatomy: {
    origin:
      'The middle half of the front face of the thin outer leg bone (fibula) and the sheet of tissue between the two leg bones (interosseous membrane).',
    insertion:
      'Its tendon runs over the front of the ankle and the top of the foot to the top of the end bone of the big toe.',
    action: 'Lifts (straightens) the big toe and helps lift the front of the foot (dorsiflexion).',
    innervation: 'Deep fibular (peroneal) nerve (L4, L5, S1).',
  },
  triggerPoints: [
    {
      id: 'extensor-hallucis-longus-tp1',
      name: 'TrP (lower front of the leg)',
      location:
        'On the front of the lower leg, about a hand’s width above the ankle, just to the outside of the front shin muscle and its tendon, near the thin outer leg bone. Lift your big toe and you feel the muscle tighten there.',
      region: 'shin',
      placement: { from: 'ankle-centre', offset: [0.012, 0.12, 0.03], facing: 'front' },
      depth: 'deep',
      depthNote:
        'The muscle lies deep between the front shin muscle and the toe-lifting muscle beside it. Press in slowly and firmly toward the outer leg bone.',
      referral: {
        essential: [{ region: 'top-of-foot' }, { region: 'toes' }],
        spillover: [{ region: 'ankle-front' }],
      },
      symptoms: [
        'An ache on the top of the foot toward the base of the big toe.',
        'Pain into the big toe.',
        'The ache can spread back over the top of the foot toward the front of the ankle.',
        'Cramps at night in the front of the leg or the big toe.',
      ],
      complaints: [
        'big toe pain',
        'top of foot pain',
        'night cramps in the shin or toes',
        'tripping or catching the toes',
      ],
    },
  ],
  pressure: {
    position: 'Sitting on a chair with the sore foot flat on the floor and the knee bent.',
    tool: 'Your thumb, with the other thumb on top for support.',
    direction: 'In from the front, toward the thin outer leg bone (fibula).',
    steps: [
      'Sit with the sore foot flat on the floor.',
      'Lift your foot up toward you and feel the strong tendon of the front shin muscle stand out at the front of the ankle, then let the foot rest.',
      'Place your thumb just to the outside of that tendon, about a hand’s width above the ankle.',
      'Lift and lower your big toe a few times to feel the muscle move, then relax the foot.',
      'Press slowly in until you find a tender spot that may send an ache toward the big toe.',
      'Press in until the ache is about 5 to 6 out of 10.',
      'Hold still and breathe slowly for 30 to 60 seconds.',
      'Release and rest for 20 seconds.',
      'Repeat the hold twice more.',
      'Check by lifting and curling the big toe: the top of the foot should feel easier.',
    ],
    pressure: { min: 5, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'A deep, aching pressure that fades as you hold, and the ache in the big toe eases. Not sharp, not burning, no tingling.',
    stopIf: [
      'You feel tingling, pins and needles or numbness on the top of the foot or between the big toe and the second toe: the nerve beside this muscle is being pressed.',
      'You feel a pulse beating under your thumb: move a little to one side.',
      'The pain turns sharp or sits on the bone itself.',
      'The pain gets worse instead of easing.',
    ],
  },
  stretch: {
    position: 'Sitting on a chair, with the sore leg crossed so its ankle rests on the other knee.',
    steps: [
      'Hold the top of the sore foot with the hand on the same side.',
      'Point the foot down, away from your shin.',
      'With the other hand, curl the big toe down toward the sole.',
      'Stop where you feel a pull over the top of the big toe and the front of the ankle, and hold for 30 seconds.',
      'Let the toe and the foot go back slowly.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing: 'Breathe slowly, and let the big toe curl a little further as you breathe out.',
    feel: 'A gentle pull along the top of the big toe, over the top of the foot and the front of the ankle.',
    avoid: [
      'Forcing the big toe down hard, especially if the big toe joint is stiff or sore.',
      'Cramping in the sole or the calf: ease off and wiggle the foot.',
      'Tingling on the top of the foot.',
    ],
  },
  selfCare: [
    'Warm the front of the leg for 10 to 15 minutes before the pressure or the stretch.',
    'Loosen laces that press on the top of the foot, and choose shoes with room for the big toe.',
    'Wear shoes that stay on without gripping with your toes, rather than loose slip-ons or flip-flops.',
    'Build up walking and running slowly, and add hills and rough ground a little at a time.',
    'If cramps wake you, keep the bedclothes loose over the feet and stretch the front of the leg gently before sleep.',
  ],
  // Same as the extensor digitorum longus.
  perpetuatingFactors: extensorDigitorumLongus.perpetuatingFactors,
  precautions: [
    'The nerve to the front of the leg (deep fibular nerve) runs beside this muscle, and it comes from the nerve that wraps around the narrow neck of the outer leg bone just below the bony knob on the outside of the knee. Keep deep pressure off that spot, and stop if you feel tingling on the top of the foot.',
    'If your foot drops or slaps down as you walk, or you cannot lift the big toe, see a doctor before you treat the muscle: it may come from the nerve or the back.',
    'Pain that you can point to with one finger on a bone of the shin or the top of the foot, and that gets worse with every step, may be a stress fracture. See a doctor before you press there.',
    'A severe, tight, swollen shin during or after exercise, pain that keeps growing when you rest, or numbness on the top of the foot is an emergency (compartment syndrome): get medical help straight away and do not press or stretch.',
    'A big toe joint that is hot, red and swollen needs a doctor first: it may be gout or an infection.',
  ],
  redFlags: ['compartment-syndrome', 'leg-weakness', 'hot-swollen-joint'],
  sources: [
    { source: 'travell-simons-1992-v2', chapter: 'Chapter on the long extensors of the toes' },
    { source: 'davies-2013', chapter: 'Section on the extensor hallucis longus' },
    { source: 'donnelly-2019', chapter: 'Chapter on the long extensors of the toes' },
  ],
};
