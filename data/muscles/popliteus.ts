import type { Muscle } from '../../src/domain/atlas.ts';

export const popliteus: Muscle = {
  id: 'popliteus',
  name: 'Popliteus',
  aliases: ['knee unlocker', 'popliteal muscle'],
  group: 'leg-foot',
  anatomy: {
    origin:
      'A groove on the outer side of the outer knob of the thighbone (lateral femoral condyle), by a tendon that runs inside the knee joint, with fibres from the outer cartilage pad of the knee (lateral meniscus).',
    insertion:
      'A triangle of bone on the back of the shin bone (tibia), just below the knee and above the line where the soleus starts.',
    action:
      'Unlocks the straight knee so it can start to bend, by turning the shin bone inward (or the thighbone outward when the foot is on the ground). It also keeps the thighbone from sliding forward on the shin bone when you crouch or walk downhill.',
    innervation: 'Tibial nerve (L4, L5, S1).',
  },
  triggerPoints: [
    {
      id: 'popliteus-tp',
      name: 'Popliteus TrPs',
      location:
        'Just below the back of the knee, at the inner edge: sit with the knee bent, find the inner edge of the top of the shin bone a few centimetres below the knee crease, and slide your thumb around behind it. The point lies against the back of the bone, beside the inner calf muscle, not in the middle of the hollow.',
      region: 'knee-back',
      placement: {
        from: 'knee-centre',
        to: 'medial-femoral-epicondyle',
        t: 0.6,
        offset: [0, -0.045, -0.05],
        facing: 'back',
      },
      depth: 'deep',
      depthNote:
        'It lies deep at the back of the knee, under the inner head of the calf muscle (gastrocnemius) and beside the artery, vein and nerve of the knee hollow. Reach it from the inner edge of the shin bone, pressing toward the back of the bone, not straight into the middle of the hollow.',
      referral: {
        essential: [{ region: 'knee-back' }],
        spillover: [],
      },
      symptoms: [
        'An ache at the back of the knee.',
        'It hurts most when you crouch or squat, run, or walk downhill or down stairs.',
        'The knee may not quite straighten all the way, though you may not notice it.',
        'It seldom hurts at night.',
      ],
      complaints: [
        'pain at the back of the knee',
        'knee pain going downhill',
        'knee pain going down stairs',
        'knee pain crouching',
        'runner’s knee pain',
      ],
    },
  ],
  pressure: {
    position:
      'Sitting on a chair with the sore knee bent and the foot flat on the floor, or with the ankle resting on the other knee so the calf is soft.',
    tool: 'Your thumb, with the fingers wrapped round the front of the shin for support.',
    direction:
      'Forward and slightly outward against the back of the shin bone, from its inner edge, never straight into the middle of the knee hollow.',
    steps: [
      'Sit with the sore knee bent and let the calf relax completely.',
      'Find the inner edge of the top of the shin bone, a few centimetres below the knee crease.',
      'Slide your thumb around the edge onto the back of the bone, pushing the calf muscle gently out of the way.',
      'Press toward the back of the bone until you find a tender spot that matches your knee pain.',
      'Press gently, to about 3 to 5 out of 10.',
      'Hold for 30 to 60 seconds while you breathe slowly.',
      'Let go and rest for 20 seconds.',
      'Repeat the hold twice more.',
      'Check by standing and bending the knee into a shallow squat: the back of the knee should feel easier.',
    ],
    pressure: { min: 3, max: 5 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'A deep, dull tenderness against the bone that eases while you hold. Not sharp, not burning, no tingling.',
    stopIf: [
      'You feel a pulse under your thumb: you are on the artery, so move back to the edge of the bone.',
      'You feel tingling, pins and needles or numbness in the calf or foot.',
      'The pain turns sharp or burning.',
      'The calf or the back of the knee is hot, swollen and tender: it may be a blood clot, so do not press; see a doctor now.',
    ],
  },
  stretch: {
    position: 'Sitting on a bed or the floor with the sore leg straight out in front of you.',
    steps: [
      'Sit with the sore leg straight and the heel resting on the surface.',
      'Let the knee straighten as far as it comfortably goes; do not push it down.',
      'Turn the whole foot and shin gently outward from the knee, as if pointing the toes out to the side.',
      'Hold for 30 seconds.',
      'Turn the foot back to the middle and let the knee relax.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing: 'Breathe slowly and evenly; let the back of the knee soften as you breathe out.',
    feel: 'A mild stretch deep at the back of the knee. This is a gentle movement, not a strong stretch.',
    avoid: [
      'Forcing the knee straight or pressing down on the kneecap.',
      'Twisting the knee hard or quickly.',
      'Any sharp pain inside the knee joint: stop and have the knee checked.',
    ],
  },
  selfCare: [
    'Go down hills and stairs slowly, with shorter steps, and use the handrail.',
    'Lay a warm pack over the back of the knee for 15 to 20 minutes before the pressure or the stretch.',
    'Wear shoes that hold the heel firmly, and avoid high heels for a while.',
    'When you sleep on your side, put a pillow between your knees and ankles.',
    'Build up downhill running, skiing and twisting sports gradually after a break.',
  ],
  perpetuatingFactors: [
    'Running or skiing downhill, and walking down long slopes or many stairs.',
    'Sports with sudden twists and turns on a planted foot, such as football.',
    'An injury to the back ligaments of the knee (the posterior cruciate ligament) that leaves this muscle doing extra work.',
    'Feet that roll in a lot when you walk.',
    'High heels.',
  ],
  precautions: [
    'Keep all pressure out of the middle of the knee hollow, where the large artery, vein and nerve of the knee run close under the skin.',
    'A hot, swollen, tender calf or back of the knee may be a blood clot (deep vein thrombosis): never massage it, and see a doctor now.',
    'A soft lump at the back of the knee (such as a Baker’s cyst) needs a doctor to check it before you press near it.',
    'A knee that locks, gives way or swells after a twist may have a torn cartilage or ligament: have it checked before you work on it.',
  ],
  redFlags: ['blood-clot', 'knee-injury'],
  sources: [
    { source: 'travell-simons-1992-v2', chapter: 'Chapter on the popliteus muscle' },
    { source: 'davies-2013', chapter: 'Section on the popliteus' },
    { source: 'donnelly-2019', chapter: 'Chapter on the popliteus muscle' },
  ],
};
