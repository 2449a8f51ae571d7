import type { Muscle } from '../../src/domain/atlas.ts';

/** What a short toe extensor trigger point feels like; the extensor hallucis brevis shares it. */
export const shortToeExtensorSymptoms = [
  'An ache over the middle of the top of the foot, close to the muscle itself.',
  'The top of the foot feels tender, so tight laces or a strap across the instep can be hard to bear.',
  'The ache builds with walking and eases with rest.',
];

export const extensorDigitorumBrevis: Muscle = {
  id: 'extensor-digitorum-brevis',
  name: 'Extensor digitorum brevis',
  aliases: ['EDB', 'short toe extensor', 'short extensor of the toes'],
  group: 'leg-foot',
  anatomy: {
    origin:
      'The top and outer side of the front of the heel bone (calcaneus), just in front of the outer ankle bone, and the band that holds the tendons down at the front of the ankle (inferior extensor retinaculum).',
    insertion:
      'Three thin tendons that join the outer side of the long toe-lifting tendons (extensor digitorum longus) of the second, third and fourth toes.',
    action:
      'Lifts the second, third and fourth toes, mainly at the joints where the toes meet the foot.',
    innervation: 'The deep fibular (peroneal) nerve.',
  },
  triggerPoints: [
    {
      id: 'extensor-digitorum-brevis-tp1',
      name: 'Extensor digitorum brevis TrPs',
      location:
        'On the outer half of the top of your foot, about two to three finger-widths in front of and a little below the outer ankle bone. Lift your small toes and a soft, rounded bulge rises there: that is the muscle. Feel across the bulge for a tender spot.',
      region: 'top-of-foot',
      placement: {
        from: 'lateral-malleolus',
        to: 'fifth-metatarsal-head',
        t: 0.5,
        offset: [-0.012, 0.02, 0],
        facing: 'top',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'top-of-foot' }],
        spillover: [],
      },
      symptoms: shortToeExtensorSymptoms,
      complaints: [
        'pain on the top of the foot',
        'instep pain in tight or tightly laced shoes',
        'aching foot after walking',
      ],
    },
  ],
  pressure: {
    position:
      'Sitting, with the sore foot resting across the other knee or on a low stool, the toes relaxed.',
    tool: 'Your thumb, or the rubber eraser on the end of a pencil for a small spot.',
    direction: 'Straight down into the muscle bulge, toward the bones of the top of the foot.',
    steps: [
      'Sit and rest the sore foot across your other knee, with the toes relaxed.',
      'Lift your small toes once to feel the soft bulge in front of and below the outer ankle bone, then let them relax.',
      'Press your thumb into the bulge and move it slowly until you find a spot that is tender or aches over the top of the foot.',
      'Press until the discomfort is about 4 to 6 out of 10.',
      'Hold for 30 to 60 seconds while you breathe slowly.',
      'Let go and rest for 20 seconds.',
      'Repeat twice more on the same spot.',
      'Check by standing and walking a few steps: the top of the foot should ache less.',
    ],
    pressure: { min: 4, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'The small knot softens under your thumb and the ache on the top of the foot fades. No sharp pain, no burning, no tingling.',
    stopIf: [
      'You feel tingling or numbness on the top of the foot or in the toes.',
      'The pain turns sharp or burning.',
      'You find a pinpoint sore spot on a bone rather than in the soft muscle.',
      'The area is swollen, bruised, red or hot.',
    ],
  },
  stretch: {
    position: 'Sitting on a chair, with the sore foot resting across the other knee.',
    steps: [
      'Hold the sore foot by the heel with one hand.',
      'Point the foot gently away from you, as if pressing a pedal.',
      'With the other hand, wrap your fingers over the tops of the small toes.',
      'Curl the toes slowly down toward the sole until you feel a pull over the top of the foot.',
      'Hold for 30 seconds.',
      'Let the toes come back slowly.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing: 'Breathe slowly, and let the toes curl a little further as you breathe out.',
    feel: 'A gentle pull over the top of the foot, in front of the outer ankle.',
    avoid: [
      'Forcing stiff or painful toe joints.',
      'Pain in the ankle joint rather than a pull in the muscle.',
      'Stretching a freshly sprained ankle.',
    ],
  },
  selfCare: [
    'Soak the foot in warm water for 10 minutes before the pressure or the stretch.',
    'Loosen the laces over the top of the foot, or skip the lace holes over the tender spot.',
    'Wear shoes with enough room over the instep and for the toes.',
    'Keep your feet warm in cold weather.',
    'Build up walking and running distances a little at a time.',
  ],
  perpetuatingFactors: [
    'Shoes that are tight over the top of the foot, or laces pulled tight across the instep.',
    'Long walks or runs, especially on uneven ground, after a time of being less active.',
    'A sprained ankle, or a foot held still in a cast or boot for a long time.',
    'Tight calf muscles that make the toe lifters work harder with each step.',
    'Cold feet.',
  ],
  precautions: [
    'A pinpoint sore spot on one of the long bones of the foot, after you have walked or run more than usual, may be a stress fracture: see a doctor before you press on it.',
    'If you have diabetes or poor feeling in your feet, check with your doctor first, and press lightly: you may not feel when you press too hard.',
    'Numbness on the top of the foot, or a foot that slaps down or catches when you walk, needs a doctor to check the nerves.',
    'A foot that is swollen, bruised or very painful after a twist needs a check for a sprain or a break before you treat it.',
  ],
  redFlags: ['leg-weakness', 'ankle-foot-injury'],
  sources: [
    {
      source: 'travell-simons-1992-v2',
      chapter:
        'Chapter on the superficial intrinsic foot muscles (extensor digitorum brevis and extensor hallucis brevis)',
    },
    { source: 'davies-2013', chapter: 'Section on the intrinsic muscles of the foot' },
  ],
};
