import type { Muscle } from '../../src/domain/atlas.ts';

export const plantaris: Muscle = {
  id: 'plantaris',
  name: 'Plantaris',
  aliases: ['plantaris muscle'],
  group: 'leg-foot',
  anatomy: {
    origin:
      'The lower end of the ridge above the outer knob of the thighbone (lateral supracondylar line), just above the outer head of the gastrocnemius, and the ligament at the back of the knee.',
    insertion:
      'A long, thin tendon that runs down between the gastrocnemius and the soleus to the heel bone (calcaneus), beside the inner edge of the Achilles tendon.',
    action:
      'A small, weak helper of the calf: it helps point the foot down and bend the knee. Some people do not have this muscle at all.',
    innervation: 'Tibial nerve (S1, S2).',
  },
  triggerPoints: [
    {
      id: 'plantaris-tp',
      name: 'Plantaris TrP',
      location:
        'At the back of the knee, toward the outer side: just below the knee crease, between the middle of the knee hollow and the outer head of the calf muscle, a little in from the outer tendon (biceps femoris) you can feel when you bend the knee.',
      region: 'knee-back',
      placement: {
        from: 'knee-centre',
        to: 'lateral-femoral-epicondyle',
        t: 0.22,
        offset: [0, -0.02, -0.055],
        facing: 'back',
      },
      depth: 'deep',
      depthNote:
        'Its small belly lies under the outer head of the gastrocnemius, close to the artery, vein and nerve of the knee hollow. Press only gently, and from the outer side of the hollow.',
      referral: {
        essential: [{ region: 'knee-back' }],
        spillover: [{ region: 'calf' }],
      },
      symptoms: [
        'An ache at the back of the knee.',
        'The ache can spread down into the upper half of the calf.',
      ],
      complaints: ['pain at the back of the knee', 'calf pain'],
    },
  ],
  pressure: {
    position: 'Sitting on a chair with the sore knee bent and the foot flat on the floor.',
    tool: 'Your fingertips, with the thumb resting on the front of the knee for support.',
    direction:
      'Forward and slightly inward into the outer side of the knee hollow, with light pressure, never straight into its middle.',
    steps: [
      'Sit with the sore knee bent and let the calf relax.',
      'Find the firm tendon on the outer side of the back of the knee.',
      'Move your fingertips a finger-width in from that tendon and a finger-width or two below the knee crease, onto the soft top of the outer calf muscle. Press only on muscle: tingling down the outside of the leg means you are on a nerve (the common fibular nerve), and a pulse means you are too near the middle of the hollow; move off either.',
      'Press in gently until you find a tender spot that matches your knee pain.',
      'Keep the pressure light, about 3 to 4 out of 10.',
      'Hold for 30 seconds while you breathe slowly.',
      'Let go and rest for 20 seconds.',
      'Repeat the hold twice more.',
      'Check by straightening the knee and flexing the foot up: the back of the knee should feel easier.',
    ],
    pressure: { min: 3, max: 4 },
    holdSeconds: { min: 30, max: 45 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'A mild, deep tenderness that fades while you hold. Not sharp, not burning, no tingling.',
    stopIf: [
      'You feel a pulse under your fingers: move off at once toward the outer edge.',
      'You feel tingling, pins and needles or numbness in the calf or foot.',
      'The calf or the back of the knee is hot, swollen and tender: it may be a blood clot, so do not press; see a doctor now.',
      'The pain turns sharp or burning.',
    ],
  },
  stretch: {
    position: 'Standing facing a wall, an arm’s length away.',
    steps: [
      'Stand facing the wall and put both hands on it at shoulder height.',
      'Step the sore leg back about a stride, toes pointing straight ahead.',
      'Keep the back knee straight and the back heel on the floor.',
      'Bend the front knee and lean your hips slowly toward the wall until you feel a pull behind the knee and in the calf of the back leg.',
      'Hold for 30 seconds.',
      'Step forward and rest for a few seconds.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing: 'Breathe out slowly as you lean in, then keep breathing evenly while you hold.',
    feel: 'A gentle pull behind the knee and in the upper calf of the back leg.',
    avoid: [
      'Letting the back heel lift or the foot turn out.',
      'Bouncing into the stretch.',
      'Stretching a calf that is hot, swollen and tender: see a doctor first.',
    ],
  },
  selfCare: [
    'Lay a warm pack over the back of the knee and calf for 15 to 20 minutes before the pressure or the stretch.',
    'Wear low-heeled shoes that bend easily at the ball of the foot.',
    'Do not sleep with your toes pointed hard: keep the blankets loose over the feet.',
    'Build up running, jumping and hill work gradually.',
  ],
  perpetuatingFactors: [
    'High heels.',
    'Running, jumping and climbing, above all uphill.',
    'Sleeping or sitting for long with the foot pointed.',
    'A sudden push-off or lunge that overloads the calf.',
  ],
  precautions: [
    'RED FLAG: a hot, swollen, tender calf or back of the knee may be a blood clot (deep vein thrombosis). Never massage it; see a doctor now. Call emergency services if you are also short of breath or have chest pain.',
    'The large artery, vein and nerve of the knee run through the middle of the hollow at the back of the knee: keep pressure light and to the outer side.',
    'A sudden sharp pain in the calf during sport, like being hit, may be a torn muscle or tendon: see a doctor before you press or stretch.',
    'A soft lump at the back of the knee (such as a Baker’s cyst) needs a doctor to check it before you press near it.',
  ],
  redFlags: ['blood-clot'],
  sources: [
    { source: 'travell-simons-1992-v2', chapter: 'Chapter on the soleus and plantaris muscles' },
    { source: 'donnelly-2019', chapter: 'Chapter on the soleus and plantaris muscles' },
  ],
};
