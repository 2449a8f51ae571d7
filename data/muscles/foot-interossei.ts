import type { Muscle } from '../../src/domain/atlas.ts';

export const footInterossei: Muscle = {
  id: 'foot-interossei',
  name: 'Interossei of the foot',
  aliases: [
    'foot interossei',
    'interosseous muscles of the foot',
    'dorsal interossei of the foot',
    'plantar interossei',
    'first dorsal interosseous of the foot',
  ],
  group: 'leg-foot',
  anatomy: {
    origin:
      'The small muscles that fill the gaps between the long bones of the foot (metatarsals). Each of the four on the top side (dorsal interossei) starts from the facing sides of two neighbouring bones; each of the three underneath (plantar interossei) starts from the inner side of the bone behind the third, fourth or fifth toe.',
    insertion:
      'The sides of the base of the first bone of the second to fifth toes (proximal phalanx): the first dorsal one on the big-toe side of the second toe, the other dorsal ones on the little-toe side of the second, third and fourth toes, and the plantar ones on the big-toe side of the third, fourth and fifth toes.',
    action:
      'The top ones spread the toes apart, away from the line of the second toe; the bottom ones draw the third, fourth and fifth toes back toward it. Both help bend the toes where they meet the foot and steady the front of the foot as you push off.',
    innervation: 'The lateral plantar nerve.',
  },
  triggerPoints: [
    {
      id: 'foot-interossei-first-dorsal',
      name: 'First dorsal interosseous TrP',
      location:
        'On the top of your foot, in the gap between the long bones behind your big toe and second toe, in the half nearer the toes. Find the pulse on the top of the foot first: the muscle lies in the gap ahead of it. Press into the gap, not on the bones, and search for a tender spot.',
      region: 'top-of-foot',
      placement: {
        from: 'first-metatarsal-head',
        offset: [0.012, 0.026, -0.022],
        facing: 'top',
      },
      depth: 'deep',
      depthNote:
        'It lies in the gap between the long bones behind the big toe and the second toe, under the tendons that run over the top of the foot. The artery you feel as the pulse on the top of the foot passes down through this muscle, near the back of the gap.',
      referral: {
        essential: [{ region: 'toes' }],
        spillover: [{ region: 'top-of-foot' }, { region: 'sole' }],
      },
      symptoms: [
        'Pain along the side of the second toe that faces the big toe.',
        'An ache that spreads over the top of the front of the foot and into the sole beneath it.',
        'Sometimes a tingling in the big toe, or an odd, numb feeling that can reach over the top of the foot toward the lower shin.',
      ],
      complaints: ['second toe pain', 'pain on the top of the foot', 'tingling in the big toe'],
    },
    {
      id: 'foot-interossei-other',
      name: 'Other dorsal and plantar interosseous TrPs',
      location:
        'In the gaps between the long bones of the foot: on the top of the foot for the dorsal ones, and deep in the sole, behind the ball of the foot, for the plantar ones. Press a fingertip into each gap from the top, moving from the toes back toward the ankle, and search for a tender spot.',
      region: 'top-of-foot',
      placement: {
        from: 'first-metatarsal-head',
        to: 'fifth-metatarsal-head',
        t: 0.62,
        offset: [0, 0.03, -0.025],
        facing: 'top',
      },
      depth: 'deep',
      depthNote:
        'They lie between the long bones of the foot, under the tendons that run over the top of the foot; the plantar ones sit lower in the gaps, under the thick pad and tendons of the sole. Press into the gap, not on the bone or the tendon.',
      referral: {
        essential: [{ region: 'toes' }],
        spillover: [{ region: 'top-of-foot' }, { region: 'sole' }],
      },
      symptoms: [
        'Pain along one side of a toe, the side that muscle attaches to.',
        'An ache that spreads over the top of the front of the foot and into the sole beneath it.',
        'The toes can feel stiff or cramp, and shoes may feel tight across the front of the foot.',
      ],
      complaints: ['toe pain along one side', 'pain on the top of the foot', 'cramping toes'],
    },
  ],
  pressure: {
    position:
      'Sitting, with the sore foot resting across the other knee or on a low stool, the toes relaxed.',
    tool: 'A fingertip or the rubber eraser on the end of a pencil for the gaps on the top of the foot; your thumb for the sole.',
    direction:
      'Down into each gap between the bones, from the top of the foot toward the sole; for the plantar ones, up into the sole between the bones.',
    steps: [
      'Sit and rest the sore foot across your other knee, with the toes relaxed.',
      'Find the pulse on the top of the foot with a fingertip, in line with the gap between the big toe and the second toe, so you know where not to press.',
      'Set the pencil eraser or a fingertip in the gap between the long bones behind the big toe and the second toe, ahead of the pulse and close to the toes.',
      'Move slowly back along the gap until you find a spot that is tender or aches into a toe.',
      'Press until the discomfort is about 4 to 6 out of 10.',
      'Hold for 30 to 60 seconds while you breathe slowly.',
      'Let go and rest for 20 seconds.',
      'Repeat twice more, then search the other gaps the same way.',
      'For the plantar ones, press your thumb up into the sole between the bones, just behind the ball of the foot; find, hold and rest the same way.',
      'Check by spreading your toes and curling them: the toes should feel looser and less sore.',
    ],
    pressure: { min: 4, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'The tender spot softens and the ache along the toe fades while you hold. No sharp pain, no burning, no tingling.',
    stopIf: [
      'You feel a pulse beating under your fingertip: move off it.',
      'You feel burning, an electric shock or tingling between the toes.',
      'The pain turns sharp.',
      'You find a pinpoint sore spot on a bone rather than in the gap.',
    ],
  },
  stretch: {
    position: 'Sitting on a chair, with the sore foot resting across the other knee.',
    steps: [
      'Slide the fingers of your opposite hand between the toes of the sore foot, one finger into each gap, from the sole side.',
      'Spread the toes slowly apart on your fingers until you feel a pull in the gaps between the bones.',
      'Hold for 30 seconds.',
      'Take your fingers out and let the toes rest.',
      'Then hold the front of the foot with one hand, and with the other move each small toe gently up and down past its neighbour.',
      'Repeat the spread three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing: 'Breathe slowly, and let the toes spread a little more as you breathe out.',
    feel: 'A gentle pull in the webs between the toes and deep between the bones of the front of the foot.',
    avoid: [
      'Forcing a stiff, curled or painful toe straight.',
      'Pain in the toe joints rather than a pull between the bones.',
      'Spreading the toes with a jerk.',
    ],
  },
  selfCare: [
    'Soak your feet in warm water for 10 minutes before the pressure or the stretch.',
    'Wear shoes that are wide and deep enough for the toes to spread.',
    'Go barefoot at home on a soft floor, and spread and curl your toes a few times a day.',
    'Keep your feet warm in cold weather.',
    'Build up walking and running distances a little at a time.',
  ],
  perpetuatingFactors: [
    'Shoes that squeeze the toes together, or that are too short.',
    'High heels, which push the toes forward into the front of the shoe.',
    'A foot held still in a cast or boot for a long time.',
    'A long second toe (Morton foot structure), or a stiff foot, that loads the front of the foot unevenly.',
    'Long walks or runs on hard ground.',
  ],
  precautions: [
    'The pulse on the top of the foot (dorsalis pedis artery) dips down between the bones behind the big toe and the second toe: keep your fingertip off the pulse and press in the gap ahead of it.',
    'Burning, sharp or electric pain between two toes, often the third and fourth, with numbness in those toes, may be a Morton’s neuroma (a thickened nerve): see a doctor, and do not press into that gap.',
    'A pinpoint sore spot on one of the long bones of the foot, after you have walked or run more than usual, may be a stress fracture: see a doctor before you press on it.',
    'If you have diabetes or poor feeling in your feet, check with your doctor first, and press lightly: you may not feel when you press too hard.',
    'A toe joint that is suddenly hot, red and swollen may be gout or an infection: see a doctor, and do not press or stretch it.',
  ],
  redFlags: ['hot-swollen-joint'],
  sources: [
    {
      source: 'travell-simons-1992-v2',
      chapter: 'Chapter on the deep intrinsic foot muscles (interossei)',
    },
    { source: 'davies-2013', chapter: 'Section on the intrinsic muscles of the foot' },
  ],
};
