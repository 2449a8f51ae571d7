import type { Muscle } from '../../src/domain/atlas.ts';

export const tibialisAnterior: Muscle = {
  id: 'tibialis-anterior',
  name: 'Tibialis anterior',
  aliases: ['tib anterior', 'tibialis anticus', 'anterior tibial muscle', 'front shin muscle'],
  group: 'leg-foot',
  anatomy: {
    origin:
      'The outer face of the shinbone (tibia), from just below the knee down to about its middle, and the sheet of tissue between the two leg bones (interosseous membrane).',
    insertion:
      'The inner side and underside of the inner arch of the foot: the first wedge bone (medial cuneiform) and the base of the long bone behind the big toe (first metatarsal).',
    action:
      'Lifts the front of the foot (dorsiflexion) and turns the sole inward. When you walk, it keeps the toes from catching and lowers the foot gently after the heel lands.',
    innervation: 'Deep fibular (peroneal) nerve (L4, L5, S1).',
  },
  triggerPoints: [
    {
      id: 'tibialis-anterior-tp1',
      name: 'TrP (upper third of the muscle)',
      location:
        'On the front of the lower leg, about a third of the way down from the knee to the ankle, in the muscle just outside the sharp front edge of the shinbone. Lift your foot up toward you and you feel the muscle harden under your fingers.',
      region: 'shin',
      placement: {
        from: 'tibial-tuberosity',
        to: 'ankle-centre',
        t: 0.2,
        offset: [0.018, 0, 0.005],
        facing: 'front',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'ankle-front' }, { region: 'toes' }],
        spillover: [{ region: 'shin' }, { region: 'top-of-foot' }],
      },
      symptoms: [
        'An ache at the front of the ankle, toward the inner side.',
        'Pain on the top and inner side of the big toe, which can feel as if it is in the joint.',
        'A narrow line of ache can run down the front of the shin from the spot to the ankle.',
        'The foot may feel weak when you lift it, so the toes catch, you trip, or the foot slaps down as you walk.',
      ],
      complaints: [
        'big toe pain',
        'front of ankle pain',
        'shin pain',
        'tripping or catching the toes',
        'weak ankle',
      ],
    },
  ],
  pressure: {
    position:
      'Sitting on a chair with the sore foot flat on the floor and the knee bent to a right angle.',
    tool: 'Your thumb, with the other thumb on top for support, or the knuckles of a loose fist.',
    direction:
      'Straight in toward the back of the leg, into the muscle just outside the shinbone, not onto the bone.',
    steps: [
      'Sit with the sore foot flat on the floor and the knee bent.',
      'Find the sharp front edge of your shinbone just below the knee, then slide your thumb a finger-width toward the outside of the leg.',
      'Lift your foot up toward you once to feel the muscle harden, then let the foot rest again.',
      'Move down the muscle in small steps to about a third of the way from the knee to the ankle, pressing gently until you find a tender spot that may send an ache toward the ankle or the big toe.',
      'Press in until the ache is about 5 to 7 out of 10.',
      'Hold still and breathe slowly for 30 to 60 seconds.',
      'Release and rest for 20 seconds.',
      'Repeat the hold twice more.',
      'Check by lifting your foot up and down a few times: it should move more easily.',
    ],
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'A strong, aching pressure that fades as you hold, and the ankle or big toe ache eases. Not sharp, not burning, no tingling.',
    stopIf: [
      'You feel tingling, pins and needles or numbness on the top of the foot or between the big toe and the second toe.',
      'The pain is sharp and sits on one small spot of the shinbone itself.',
      'The shin is swollen, hard and tight all over.',
      'The pain gets worse instead of easing.',
    ],
  },
  stretch: {
    position: 'Sitting on the front half of a chair.',
    steps: [
      'Slide the sore foot back beside the chair leg, under you.',
      'Point the foot so the tops of your toes rest on the floor.',
      'Press the top of the foot gently down toward the floor until you feel a pull along the front of the shin and the ankle.',
      'Hold for 30 seconds.',
      'Bring the foot forward and place it flat.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing: 'Breathe slowly. On each breath out, let the top of the foot sink a little lower.',
    feel: 'A gentle pull along the front of the shin and over the front of the ankle.',
    avoid: [
      'Forcing the foot down with your body weight.',
      'Cramping of the calf or the sole: ease off and wiggle the foot.',
      'Sharp pain at the front of the ankle.',
    ],
  },
  selfCare: [
    'Warm the shin for 10 to 15 minutes before the pressure or the stretch.',
    'Build up walking and running slowly, and add hills and rough ground a little at a time.',
    'Keep your calf supple too: a tight calf makes the shin muscle work harder with every step.',
    'Wear shoes that stay on without gripping with your toes, rather than loose slip-ons or flip-flops.',
    'On a long walk or run, stop and rest before the shin starts to ache, not after.',
  ],
  perpetuatingFactors: [
    'Walking or running a lot on hills, slopes or uneven ground.',
    'Catching the toes, tripping or stubbing the foot.',
    'A tight calf muscle that the shin muscle has to work against.',
    'A sudden increase in how far or how hard you walk or run.',
    'An ankle injury or a long time in a cast or boot.',
  ],
  precautions: [
    'Pain that you can point to with one finger on the shinbone itself, that hurts when you tap the bone or that gets worse with every step, may be a stress fracture rather than shin splints. See a doctor before you press there.',
    'A severe, tight, swollen shin during or after exercise, pain that keeps growing when you rest, or numbness on the top of the foot is an emergency (compartment syndrome): get medical help straight away and do not press or stretch.',
    'If your foot drops or slaps down as you walk, or you cannot lift the foot or the big toe, see a doctor: it may come from a nerve or the back, not the muscle.',
    'Just below the bony knob on the outside of the knee (the head of the fibula), the nerve to the front of the leg wraps around the bone. Keep deep pressure off that spot, and stop if you feel tingling on the top of the foot.',
    'A big toe joint that is hot, red and swollen needs a doctor first: it may be gout or an infection.',
  ],
  redFlags: ['compartment-syndrome', 'leg-weakness', 'hot-swollen-joint'],
  sources: [
    { source: 'travell-simons-1992-v2', chapter: 'Chapter on the tibialis anterior muscle' },
    { source: 'davies-2013', chapter: 'Section on the tibialis anterior' },
    { source: 'donnelly-2019', chapter: 'Chapter on the tibialis anterior muscle' },
  ],
};
