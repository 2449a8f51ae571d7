import type { Muscle } from '../../src/domain/atlas.ts';

export const abductorDigitiMinimiFoot: Muscle = {
  id: 'abductor-digiti-minimi-foot',
  name: 'Abductor digiti minimi (foot)',
  aliases: [
    'abductor digiti minimi pedis',
    'abductor digiti quinti (foot)',
    'little toe abductor',
    'ADM (foot)',
  ],
  group: 'leg-foot',
  anatomy: {
    origin:
      'Both bumps on the underside of the heel bone (calcaneal tuberosity) and the tough sheet under the sole (plantar fascia).',
    insertion: 'The outer side of the base of the first bone of the little toe (proximal phalanx).',
    action:
      'Moves the little toe out, away from the fourth toe, and helps bend it down; it also firms up the outer edge of the foot as you stand.',
    innervation: 'The lateral plantar nerve, a branch of the tibial nerve.',
  },
  triggerPoints: [
    {
      id: 'abductor-digiti-minimi-foot-tp1',
      name: 'TrPs',
      location:
        'Along the outer edge of your sole, in the fleshy strip of muscle between the front of the heel and the little toe. Search the whole strip: the tender spots lie in the soft muscle, not on the bony bump halfway along the outer edge of the foot.',
      region: 'sole',
      placement: {
        from: 'calcaneus',
        to: 'fifth-metatarsal-head',
        t: 0.4,
        offset: [0.012, -0.03, 0],
        facing: 'bottom',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'sole' }],
        spillover: [],
      },
      symptoms: [
        'An ache under the ball of the foot behind the little toe, on the outer edge of the sole.',
        'It is sore when you walk, and worse in shoes that squeeze the outer edge of the foot.',
      ],
      complaints: [
        'pain in the ball of the foot',
        'outer foot pain',
        'sore feet after walking',
        'pain in tight shoes',
      ],
    },
  ],
  pressure: {
    position: 'Sitting on a chair, with the sore foot bare.',
    tool: 'A golf ball or tennis ball on the floor, or your thumb.',
    direction: 'Up and inward into the fleshy outer edge of the sole.',
    steps: [
      'Sit on a chair with both feet flat on the floor.',
      'Place the ball under the outer edge of the sore foot, just in front of the heel.',
      'Tilt the foot slightly onto its outer edge so the ball sits on the strip of muscle.',
      'Roll the foot slowly forward and back along the outer edge until you find a tender spot.',
      'Press down until the ache is about 5 to 6 out of 10.',
      'Hold still for 30 to 60 seconds while you breathe slowly.',
      'Take the weight off the ball and rest for 15 seconds.',
      'Repeat twice more.',
      'For a finer touch, rest the foot on your other knee and press the same spots with your thumb.',
      'Check by standing and walking a few steps: the outer sole should feel easier.',
    ],
    pressure: { min: 4, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 15,
    releaseFeel:
      'A sore, aching pressure along the outer sole that fades as you hold. Not sharp, not burning, no tingling.',
    stopIf: [
      'You feel tingling, burning or numbness in the sole or the toes.',
      'The pain turns sharp, or the ball sits on the bony bump on the outer edge of the foot.',
      'The skin is red, broken or blistered.',
    ],
  },
  stretch: {
    position: 'Sitting on a chair, with the sore foot resting on the other knee.',
    steps: [
      'Hold the little toe of the sore foot between your thumb and finger.',
      'Bend it gently up, away from the sole.',
      'Keeping it bent up, guide it toward the fourth toe.',
      'With the other hand, pull the foot up at the ankle.',
      'Hold for 30 seconds.',
      'Let the toe and foot go back to rest.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing: 'Breathe slowly and let the foot soften on each breath out.',
    feel: 'A gentle pull along the outer edge of the sole.',
    avoid: [
      'Twisting or yanking the little toe.',
      'A sharp pain in the little toe joint.',
      'Bouncing.',
    ],
  },
  selfCare: [
    'Soak the feet in warm water for 10 to 15 minutes, or keep them warm, before the pressure or the stretch.',
    'Wear shoes wide enough that they do not press on the outer edge of the foot or the little toe.',
    'Stand and walk on softer surfaces, or in cushioned shoes, while the sole is sore.',
    'Roll the ball along the outer edge of the sole for a minute or two after long spells on your feet.',
  ],
  perpetuatingFactors: [
    'Shoes that are too tight or too narrow, squeezing the outer edge of the foot.',
    'Standing or walking for long hours on hard floors.',
    'Shoes with a thin, hard sole.',
  ],
  precautions: [
    'If you have diabetes or poor feeling in your feet, look at the skin of the foot before and after, use light pressure (no more than 3 to 4 out of 10), and stop if the skin is red, broken or blistered; ask your doctor or podiatrist first.',
    'Pain on the bony bump halfway along the outer edge of the foot after a twisted ankle, or pain on the bone behind the little toe that builds as you walk, may be a fracture: see a doctor before you press.',
    'Heel pain that is worst with your first steps in the morning is typical of plantar fasciitis: see a doctor or podiatrist if it lasts more than a few weeks.',
    'Burning, tingling or numbness in the sole or the toes may come from a nerve, not from a muscle: see a doctor.',
  ],
  redFlags: ['ankle-foot-injury'],
  sources: [
    {
      source: 'travell-simons-1992-v2',
      chapter: 'Chapter on the superficial intrinsic foot muscles (abductor digiti minimi)',
    },
    { source: 'davies-2013', chapter: 'Section on the abductor digiti minimi (foot)' },
    {
      source: 'donnelly-2019',
      chapter: 'Chapter on the intrinsic foot muscles (abductor digiti minimi)',
    },
  ],
};
