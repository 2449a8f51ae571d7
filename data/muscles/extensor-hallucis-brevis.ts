import type { Muscle } from '../../src/domain/atlas.ts';
import { extensorDigitorumBrevis, shortToeExtensorSymptoms } from './extensor-digitorum-brevis.ts';

export const extensorHallucisBrevis: Muscle = {
  id: 'extensor-hallucis-brevis',
  name: 'Extensor hallucis brevis',
  aliases: ['EHB', 'short extensor of the big toe', 'short big-toe extensor'],
  group: 'leg-foot',
  anatomy: {
    origin:
      'The top and outer side of the front of the heel bone (calcaneus), just in front of the outer ankle bone; it is the inner part of the same muscle mass as the extensor digitorum brevis.',
    insertion: 'The top of the base of the first bone of the big toe (proximal phalanx).',
    action: 'Lifts the big toe at the joint where it meets the foot.',
    innervation: 'The deep fibular (peroneal) nerve.',
  },
  triggerPoints: [
    {
      id: 'extensor-hallucis-brevis-tp1',
      name: 'Extensor hallucis brevis TrPs',
      location:
        'On the top of your foot, toward the middle, about three finger-widths in front of the outer ankle bone. It is the inner edge of the soft bulge that rises when you lift your toes. Lift only your big toe and feel the small belly tighten there, then search it for a tender spot.',
      region: 'top-of-foot',
      placement: {
        from: 'lateral-malleolus',
        to: 'first-metatarsal-head',
        t: 0.42,
        offset: [0.004, 0.02, 0],
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
    direction: 'Straight down into the muscle belly, toward the bones of the top of the foot.',
    steps: [
      'Sit and rest the sore foot across your other knee, with the toes relaxed.',
      'Find the pulse on the top of the foot with a fingertip, in line with the gap between the big toe and the second toe, so you know where not to press.',
      'Lift your big toe once to feel the small belly tighten toward the outer side of that pulse, then let the toe relax.',
      'Press your thumb into the belly and move it slowly until you find a spot that is tender or aches over the top of the foot.',
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
      'You feel a pulse beating under your thumb: move off it.',
      'You feel tingling or numbness on the top of the foot or in the web between the big toe and the second toe.',
      'The pain turns sharp or burning.',
      'You find a pinpoint sore spot on a bone rather than in the soft muscle.',
    ],
  },
  stretch: {
    position: 'Sitting on a chair, with the sore foot resting across the other knee.',
    steps: [
      'Hold the sore foot by the heel with one hand.',
      'Point the foot gently away from you, as if pressing a pedal.',
      'With the other hand, hold the big toe between your thumb and fingers.',
      'Bend the big toe slowly down toward the sole until you feel a pull over the top of the foot.',
      'Hold for 30 seconds.',
      'Let the toe come back slowly.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing: 'Breathe slowly, and let the big toe bend a little further as you breathe out.',
    feel: 'A gentle pull over the top of the foot, between the outer ankle and the big toe.',
    avoid: [
      'Forcing a stiff, swollen or painful big-toe joint.',
      'Pain in the ankle joint rather than a pull in the muscle.',
      'Stretching a freshly sprained ankle.',
    ],
  },
  selfCare: [
    'Soak the foot in warm water for 10 minutes before the pressure or the stretch.',
    'Loosen the laces over the top of the foot, or skip the lace holes over the tender spot.',
    'Wear shoes with enough room over the instep and for the big toe.',
    'Keep your feet warm in cold weather.',
    'Build up walking and running distances a little at a time.',
  ],
  // The two short toe extensors share what keeps them going.
  perpetuatingFactors: extensorDigitorumBrevis.perpetuatingFactors,
  precautions: [
    'The pulse on the top of the foot (dorsalis pedis artery) and a small nerve run right beside this muscle: keep your thumb off the pulse and press beside it.',
    'A big-toe joint that is suddenly hot, red and swollen may be gout or an infection: see a doctor, and do not press or stretch it.',
    'A pinpoint sore spot on one of the long bones of the foot, after you have walked or run more than usual, may be a stress fracture: see a doctor before you press on it.',
    'If you have diabetes or poor feeling in your feet, check with your doctor first, and press lightly: you may not feel when you press too hard.',
  ],
  redFlags: ['hot-swollen-joint'],
  sources: [
    {
      source: 'travell-simons-1992-v2',
      chapter:
        'Chapter on the superficial intrinsic foot muscles (extensor digitorum brevis and extensor hallucis brevis)',
    },
    { source: 'davies-2013', chapter: 'Section on the intrinsic muscles of the foot' },
  ],
};
