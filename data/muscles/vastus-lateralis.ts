import type { Muscle } from '../../src/domain/atlas.ts';

// The 1992 manual numbers the vastus lateralis points TrP1 to TrP5. We could not confirm which
// number belongs to which site, so the points are named by where they lie instead.
export const vastusLateralis: Muscle = {
  id: 'vastus-lateralis',
  name: 'Vastus lateralis',
  aliases: ['outer quad', 'VL', 'quads', 'quadriceps'],
  group: 'thigh',
  anatomy: {
    origin:
      'The upper outer thighbone: the front and underside of the bony point at the side of the hip (greater trochanter), and down the outer side of the rough line at the back of the bone (linea aspera).',
    insertion:
      'The outer edge of the kneecap and the quadriceps tendon, and on by the kneecap tendon to the top of the shinbone.',
    action:
      'Straightens the knee. It is the largest part of the quadriceps and takes much of the load when you walk, climb and land.',
    innervation: 'Femoral nerve (L2–L4).',
  },
  triggerPoints: [
    {
      id: 'vastus-lateralis-distal-anterior',
      name: 'Distal anterior TrPs',
      location:
        'On the front outer side of the thigh just above the knee, about three to four finger-widths above the upper outer corner of the kneecap.',
      region: 'thigh-outer',
      placement: { from: 'patella', offset: [0.045, 0.09, -0.01], facing: 'outside' },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'knee-front' }],
        spillover: [{ region: 'thigh-outer' }],
      },
      symptoms: [
        'An ache along the outer edge of the kneecap.',
        'It can creep up the lower outer thigh.',
        'The kneecap can feel stuck: it does not glide freely, and the knee is hard to bend or straighten fully.',
      ],
      complaints: ['stuck kneecap', 'kneecap pain', 'stiff knee', 'pain walking'],
    },
    {
      id: 'vastus-lateralis-distal-lateral',
      name: 'Distal lateral TrPs',
      location:
        'On the outer side of the thigh, about a hand-width above the bony knob at the outer knee.',
      region: 'thigh-outer',
      placement: {
        from: 'lateral-femoral-epicondyle',
        offset: [0.015, 0.12, 0],
        facing: 'outside',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'knee-outer' }],
        spillover: [{ region: 'thigh-outer' }],
      },
      symptoms: [
        'An ache on the outer side of the knee.',
        'It can run up the outer thigh.',
        'It is often worse when you walk and when you climb stairs.',
      ],
      complaints: ['outer knee pain', 'pain walking', 'pain climbing stairs'],
    },
    {
      id: 'vastus-lateralis-midthigh',
      name: 'Midthigh lateral TrPs',
      location:
        'On the outside of the thigh, about halfway between the bony point at the side of the hip and the outer knee, under the firm band that runs down the outside of the thigh (IT band).',
      region: 'thigh-outer',
      placement: {
        from: 'greater-trochanter',
        to: 'lateral-femoral-epicondyle',
        t: 0.5,
        offset: [0.005, 0, 0],
        facing: 'outside',
      },
      depth: 'deep',
      depthNote:
        'It lies under the tough band on the outside of the thigh (iliotibial band). Press through the band slowly and firmly, toward the thighbone.',
      referral: {
        essential: [{ region: 'thigh-outer' }],
        spillover: [{ region: 'knee-outer' }, { region: 'hip-side' }],
      },
      symptoms: [
        'An ache along the whole outside of the thigh, from the hip to the knee.',
        'Lying on that side can hurt enough to wake you.',
        'It is often worse when you walk.',
      ],
      complaints: [
        'outer thigh pain',
        'pain lying on your side',
        'disturbed sleep',
        'IT band pain',
        'pain walking',
      ],
    },
    {
      id: 'vastus-lateralis-posterior',
      name: 'Posterior lateral TrP',
      location:
        'On the back outer edge of the thigh, near mid-thigh, just behind the firm band that runs down the outside of the thigh (IT band) and in front of the hamstrings.',
      region: 'thigh-outer',
      placement: {
        from: 'greater-trochanter',
        to: 'lateral-femoral-epicondyle',
        t: 0.5,
        offset: [-0.005, 0, -0.035],
        facing: 'outside',
      },
      depth: 'deep',
      depthNote:
        'It lies deep, at the back edge of the muscle against the wall of tissue that separates it from the hamstrings. Press in slowly from the back outer side, toward the thighbone.',
      referral: {
        essential: [{ region: 'knee-back' }],
        spillover: [{ region: 'thigh-outer' }],
      },
      symptoms: [
        'An ache at the back of the knee, toward its outer side.',
        'It can run up the back outer part of the thigh.',
      ],
      complaints: ['back of knee pain', 'outer thigh pain'],
    },
    {
      id: 'vastus-lateralis-proximal',
      name: 'Proximal TrPs',
      location:
        'High on the outside of the thigh, about a hand-width below the bony point at the side of the hip (greater trochanter).',
      region: 'thigh-outer',
      placement: {
        from: 'greater-trochanter',
        to: 'lateral-femoral-epicondyle',
        t: 0.28,
        offset: [0.005, 0, 0],
        facing: 'outside',
      },
      depth: 'deep',
      depthNote:
        'It lies under the tough band on the outside of the thigh (iliotibial band). Press through the band slowly, toward the thighbone.',
      referral: {
        essential: [{ region: 'thigh-outer' }],
        spillover: [],
      },
      symptoms: ['An ache over the upper outer thigh, around the spot itself.'],
      complaints: ['outer thigh pain', 'pain lying on your side'],
    },
  ],
  pressure: {
    position:
      'Lie on the sore side on the floor, propped on your forearm, with the top leg bent and its foot on the floor in front of you. Or stand side-on to a wall.',
    tool: 'A tennis ball or lacrosse ball on the floor or against a wall. For the points just above the knee, your thumb.',
    direction:
      'Straight in from the outside of the thigh toward the thighbone; for the back point, in from the back outer side.',
    steps: [
      'Lie on the sore side, propped on your forearm, with the top foot on the floor in front of you.',
      'Place the ball under the outside of the thigh, halfway between hip and knee.',
      'Lower your weight onto the ball slowly, using your arm and top leg to control how much.',
      'Roll a little up and down until you find a tender spot, or one that sends an ache along the thigh or into the knee.',
      'Let your weight sink until the ache is about 5 to 7 out of 10.',
      'Hold still for 30 to 60 seconds and breathe slowly.',
      'Take your weight off and rest for 20 seconds.',
      'Repeat the hold twice more.',
      'Move the ball a hand-width up toward the hip, and then a little toward the back of the thigh; find, hold and rest the same way.',
      'For the points just above the knee, sit with the leg straight and the thigh relaxed, and press with your thumb three to four finger-widths above the outer corner of the kneecap.',
      'Check by standing and bending the knee a few times: the kneecap should glide more easily and the outer thigh feel looser.',
    ],
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'A strong, deep ache that spreads along the thigh and then fades as you hold, and the outer thigh softens. Not sharp, not burning, no tingling.',
    stopIf: [
      'You feel tingling or numbness on the outer thigh or down the leg.',
      'The pain turns sharp.',
      'The ball sits on the bony point at the side of the hip or the bony knob at the outer knee instead of on muscle.',
    ],
  },
  stretch: {
    position:
      'Lying on your side on the good side, with your head on a pillow and the bottom knee bent for balance.',
    steps: [
      'Lie on the good side and bend the bottom knee for balance.',
      'Bend the top knee and take hold of the ankle with your top hand. If you cannot reach it, loop a towel around the ankle.',
      'Bring the heel slowly toward the buttock.',
      'Let the top knee drop slowly toward the bed or floor behind the bottom knee, so the pull moves to the outer thigh.',
      'Stop where you feel a pull along the front and outside of the thigh, and hold for 30 seconds.',
      'Let the foot go slowly and straighten the leg.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing:
      'Breathe slowly; on each breath out, let the heel come a little closer to the buttock.',
    feel: 'A gentle pull along the front and outside of the thigh, down toward the outer kneecap.',
    avoid: [
      'Arching the low back.',
      'Forcing the heel to the buttock, or going on if the knee joint hurts.',
      'Twisting the knee.',
    ],
  },
  selfCare: [
    'Put a warm pad on the outer thigh for 15 to 20 minutes before you press or stretch.',
    'If lying on the sore side hurts, sleep on the other side with a pillow between your knees.',
    'After sitting, bend and straighten the knee a few times before you stand up.',
    'Avoid long deep squats and kneeling while the thigh is sore.',
    'Build up running and hill walking slowly after a break.',
  ],
  perpetuatingFactors: [
    'A sudden overload, such as a stumble, a fall, or landing hard from a jump.',
    'Deep knee bends, squats and long periods of kneeling.',
    'Keeping the knee still for a long time, such as in a cast or a brace.',
    'Sports that load the thigh over and over, such as running and cycling.',
    'Trigger points in the other quadriceps muscles.',
  ],
  precautions: [
    'Knee swelling, locking, or the knee giving way after an injury needs a doctor first.',
    'A kneecap that is stuck after a fall or a twist, with swelling, needs a doctor before any pressure.',
    'Keep the ball off the bony point at the side of the hip and the bony knob at the outer knee.',
    'A hot, red or swollen calf or thigh may be a blood clot: never massage it, and see a doctor the same day.',
  ],
  redFlags: ['blood-clot', 'knee-injury'],
  sources: [
    {
      source: 'travell-simons-1992-v2',
      chapter: 'Chapter on the quadriceps femoris group',
    },
    { source: 'davies-2013', chapter: 'Section on the quadriceps' },
    { source: 'donnelly-2019', chapter: 'Chapter on the quadriceps femoris muscle group' },
  ],
};
