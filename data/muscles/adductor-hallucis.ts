import type { Muscle } from '../../src/domain/atlas.ts';

export const adductorHallucis: Muscle = {
  id: 'adductor-hallucis',
  name: 'Adductor hallucis',
  aliases: [
    'big toe adductor',
    'adductor hallucis oblique head',
    'adductor hallucis transverse head',
    'transversus pedis',
  ],
  group: 'leg-foot',
  anatomy: {
    origin:
      'Two heads: a slanting head (oblique head) from the bases of the long bones behind the second, third and fourth toes (metatarsals) and the sheath of the long fibularis tendon in the sole; a cross-wise head (transverse head) from the ligaments under the joints where the third, fourth and fifth toes meet the foot.',
    insertion:
      'The outer side (the side toward the second toe) of the base of the first bone of the big toe (proximal phalanx), together with the outer tendon of the flexor hallucis brevis.',
    action:
      'Pulls the big toe toward the second toe and helps bend it down; the cross-wise head helps hold the ball of the foot together across its width.',
    innervation: 'The deep branch of the lateral plantar nerve.',
  },
  triggerPoints: [
    {
      id: 'adductor-hallucis-oblique-head',
      name: 'Oblique head TrPs',
      location:
        'Deep in the sole, in the front half of the foot, just behind the ball of the foot and under the long bones that lead to the second, third and fourth toes. Press up firmly into the middle of the sole there and search for a deep, tender spot.',
      region: 'sole',
      placement: {
        from: 'first-metatarsal-head',
        to: 'fifth-metatarsal-head',
        t: 0.4,
        offset: [0, -0.018, -0.04],
        facing: 'bottom',
      },
      depth: 'deep',
      depthNote:
        'It lies in the deepest layer of the sole, next to the bones. You press through the thick skin and pad of the sole, the tough band under the foot (plantar fascia), the short toe-bending muscle (flexor digitorum brevis) and the long toe-bending tendons.',
      referral: {
        essential: [{ region: 'sole' }],
        spillover: [],
      },
      symptoms: [
        'An ache in the ball of the foot, under the joints of the big toe and the next three toes.',
        'The ball of the foot feels sore to stand and walk on.',
      ],
      complaints: [
        'pain in the ball of the foot (metatarsalgia)',
        'sore forefoot when walking or standing',
        'ball-of-foot pain in thin-soled or tight shoes',
      ],
    },
    {
      id: 'adductor-hallucis-transverse-head',
      name: 'Transverse head TrPs',
      location:
        'Deep under the ball of the foot, just behind the joints where the second, third and fourth toes meet the foot. Press up into the sole across the ball of the foot, between those joints, and search for a deep, tender spot.',
      region: 'sole',
      placement: {
        from: 'first-metatarsal-head',
        to: 'fifth-metatarsal-head',
        t: 0.5,
        offset: [0, -0.018, -0.01],
        facing: 'bottom',
      },
      depth: 'deep',
      depthNote:
        'It runs across the foot under the ball, deep to the thick pad of the ball of the foot and the toe-bending tendons that pass under it.',
      referral: {
        essential: [{ region: 'sole' }],
        spillover: [],
      },
      symptoms: [
        'An ache in the ball of the foot, under the joints of the big toe and the next three toes.',
        'An odd, fuzzy numb feeling in the skin of the ball of the foot, as if it were swollen.',
        'The ball of the foot feels sore to stand and walk on.',
      ],
      complaints: [
        'pain in the ball of the foot (metatarsalgia)',
        'numb or puffy feeling in the forefoot',
        'sore forefoot when walking or standing',
      ],
    },
  ],
  pressure: {
    position:
      'Sitting on a chair with the sore foot flat on the floor; or sitting with the sore foot across the other knee for your thumbs.',
    tool: 'A golf ball under the foot, or both thumbs, one on top of the other.',
    direction: 'Straight up into the sole, toward the bones of the front of the foot.',
    steps: [
      'Sit on a chair and put a golf ball on the floor under the ball of the sore foot.',
      'Set the ball just behind the joints of the second, third and fourth toes.',
      'Roll the foot slowly over the ball, across the ball of the foot and then back toward the middle of the sole, until you find a deep, tender spot.',
      'Stop rolling and lean some weight down through your knee until the discomfort is about 5 to 7 out of 10.',
      'Hold for 30 to 60 seconds while you breathe slowly.',
      'Lift the foot off the ball and rest for 20 seconds.',
      'Repeat twice more on each tender spot you find.',
      'Check by standing and rising onto the balls of both feet: the forefoot should feel less sore.',
    ],
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'A deep ache that spreads a little and then fades while you hold, and the ball of the foot feels softer. No sharp pain, no burning, no tingling.',
    stopIf: [
      'You feel burning, an electric shock or tingling between the toes.',
      'The pain turns sharp.',
      'You find a pinpoint sore spot on a bone rather than in the soft tissue.',
      'The numb feeling in the forefoot grows instead of easing.',
    ],
  },
  stretch: {
    position: 'Sitting on a chair, with the sore foot resting across the other knee.',
    steps: [
      'Hold the front of the sore foot with one hand, just behind the toes.',
      'With the other hand, take hold of the big toe.',
      'Draw the big toe slowly away from the second toe, toward the inner edge of the foot.',
      'Keeping it there, bend the big toe gently up toward your shin until you feel a pull deep in the ball of the foot.',
      'Hold for 30 seconds.',
      'Let the toe come back slowly.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing: 'Breathe slowly, and ease the toe a little further as you breathe out.',
    feel: 'A gentle pull deep in the ball of the foot, between the big toe and the second toe.',
    avoid: [
      'Forcing a stiff, swollen or painful big-toe joint.',
      'Pain in the joint rather than a pull in the sole.',
      'Jerking the toe.',
    ],
  },
  selfCare: [
    'Soak your feet in warm water for 10 minutes before the pressure or the stretch.',
    'Wear shoes that are wide enough across the ball of the foot, with a cushioned sole.',
    'Choose low heels: high heels load the ball of the foot.',
    'Keep your feet warm in cold weather.',
    'Build up walking and running distances a little at a time, and vary hard floors with softer ground.',
  ],
  perpetuatingFactors: [
    'Shoes that squeeze the front of the foot, or that are too short.',
    'High heels, which push your weight onto the ball of the foot.',
    'A foot held still in a cast or boot for a long time.',
    'A stiff foot, or a long second toe (Morton foot structure), that loads the ball of the foot unevenly.',
    'Long walks or runs on hard ground.',
  ],
  precautions: [
    'Burning, sharp or electric pain between two toes, often the third and fourth, with numbness in those toes, may be a Morton’s neuroma (a thickened nerve): see a doctor, and do not press between the bones there.',
    'If you have diabetes or poor feeling in your feet, check with your doctor first, and go gently with the ball: you may not feel when you press too hard or bruise the skin.',
    'A pinpoint sore spot on one of the long bones of the foot, after you have walked or run more than usual, may be a stress fracture: see a doctor before you press on it.',
    'A big-toe joint that is suddenly hot, red and swollen may be gout or an infection: see a doctor, and do not press or stretch it.',
  ],
  redFlags: ['hot-swollen-joint'],
  sources: [
    {
      source: 'travell-simons-1992-v2',
      chapter: 'Chapter on the deep intrinsic foot muscles (adductor hallucis)',
    },
    { source: 'davies-2013', chapter: 'Section on the intrinsic muscles of the foot' },
  ],
};
