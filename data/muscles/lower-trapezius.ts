import type { Muscle } from '../../src/domain/atlas.ts';

/**
 * Trigger point numbers follow Simons, Travell & Simons (1999), chapter 6: TrP1 and TrP2 are in
 * the upper trapezius, TrP3 and TrP4 in the lower, TrP5 to TrP7 in the middle.
 */
export const lowerTrapezius: Muscle = {
  id: 'lower-trapezius',
  name: 'Lower trapezius',
  aliases: ['lower traps', 'trapezius (lower fibres)', 'lower trapezius fibres'],
  group: 'shoulder-upper-back',
  anatomy: {
    origin:
      'The spines of the middle and lower chest vertebrae (about T4 to T12) and the ligaments between them.',
    insertion:
      'A flat tendon on the small smooth triangle at the inner end of the bony ridge across the shoulder blade (spine of the scapula).',
    action:
      'Draws the shoulder blade down and in toward the spine, and helps turn it upward so you can lift your arm overhead.',
    innervation:
      'The spinal accessory nerve (cranial nerve XI), with sensory branches from the third and fourth neck nerves (C3, C4).',
  },
  triggerPoints: [
    {
      id: 'lower-trapezius-tp3',
      name: 'TrP3',
      location:
        'On your back, just inside the inner edge of your shoulder blade, about two-thirds of the way down from the bony ridge to the bottom tip. The spot is in the outer edge of the thin, flat lower trapezius, where its fibres cross the edge of the shoulder blade.',
      region: 'between-shoulder-blades',
      placement: {
        from: 'scapula-spine-root',
        to: 'scapula-inferior-angle',
        t: 0.65,
        offset: [-0.005, 0, 0],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'neck-back' }, { region: 'ear' }, { region: 'shoulder-top' }],
        spillover: [{ region: 'shoulder-blade' }],
      },
      symptoms: [
        'An ache high up the back of the neck, reaching the bone behind the ear.',
        'An ache on the top of the shoulder, near its bony tip.',
        'Sometimes a deep, nagging ache and tenderness over the top of the shoulder blade.',
        'The pain is felt far from the spot itself, so the spot on the back is easy to miss.',
      ],
      complaints: [
        'neck ache',
        'pain behind the ear',
        'pain on the top of the shoulder',
        'shoulder blade ache',
        'stiff neck that keeps coming back',
      ],
    },
    {
      id: 'lower-trapezius-tp4',
      name: 'TrP4',
      location:
        'Just below the inner end of the bony ridge across your shoulder blade, on the flat of the shoulder blade close to its inner edge, where the lower trapezius joins the ridge with a flat tendon.',
      region: 'shoulder-blade',
      placement: {
        from: 'scapula-spine-root',
        offset: [0.005, -0.015, 0],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'between-shoulder-blades' }],
        spillover: [],
      },
      symptoms: [
        'A steady, burning pain running down along the inner edge of the shoulder blade.',
        'The burning sits between the shoulder blade and the spine.',
      ],
      complaints: [
        'burning pain between the shoulder blades',
        'pain along the inner edge of the shoulder blade',
        'upper back pain',
      ],
    },
  ],
  pressure: {
    position:
      'Standing with your back to a wall. If you need firmer pressure, lie on your back on the floor instead.',
    tool: 'A tennis ball against a wall or the floor.',
    direction: 'Straight in toward the ribs.',
    steps: [
      'Stand with your back to a wall and your feet a short step away from it.',
      'Cross your arms loosely over your chest, so your shoulder blades slide apart.',
      'Place the ball between the wall and your back, just inside the inner edge of the shoulder blade on the sore side, low down near its bottom tip.',
      'Bend and straighten your knees slowly to roll the ball up along the edge until you find a spot that aches or sends pain up toward your neck.',
      'Lean into the ball until the ache is about 5 to 7 out of 10.',
      'Hold for 30 to 90 seconds while you breathe slowly.',
      'Step away from the wall and rest for 30 seconds.',
      'Repeat two more times, then check just below the inner end of the bony ridge for TrP4 in the same way.',
      'Check by turning your head and lifting your arm overhead: both should feel easier.',
    ],
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 90 },
    rounds: 3,
    restSeconds: 30,
    releaseFeel:
      'The ache under the ball softens, and the pain in the neck or along the shoulder blade fades while you hold. Not sharp, no tingling.',
    stopIf: [
      'The pain turns sharp or stabbing.',
      'You feel tingling or numbness down the arm.',
      'It hurts to breathe in while you press.',
    ],
  },
  stretch: {
    position: 'Sitting on a firm chair, feet flat on the floor, knees apart.',
    steps: [
      'Cross your arms and take hold of the opposite shoulders, as if hugging yourself.',
      'Lean forward slowly from the hips, rounding your upper back.',
      'Let your head hang and your elbows drop toward your knees.',
      'Hold for 30 seconds.',
      'Sit up slowly, using your hands on your thighs to help.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing:
      'Breathe slowly into the back of your ribs; let your upper back round a little more each time you breathe out.',
    feel: 'A gentle pull across the middle of the back and along the inner edges of the shoulder blades.',
    avoid: [
      'Bouncing or jerking.',
      'Leaning forward quickly if you get dizzy when you bend down.',
      'Carrying on if you feel tingling in your arms.',
    ],
  },
  selfCare: [
    'Lay a warm pack across your upper and middle back for 15 to 20 minutes before the pressure or the stretch.',
    'Sit back in your chair with your back supported, instead of leaning forward on your elbows.',
    'Set armrests or the desk high enough that your elbows rest without you leaning to one side.',
    'Avoid resting your chin on your hand for long spells.',
    'Get up and move every half hour when you sit.',
  ],
  perpetuatingFactors: [
    'Leaning forward with your upper back rounded, as when reading at a low desk or working at a laptop.',
    'Resting your chin on your hand, or leaning on one elbow.',
    'Reaching forward and down, as when picking things up from the floor beside your chair.',
    'Rounded shoulders with a tight chest (pectoral muscles), which keep the lower trapezius stretched and tired.',
  ],
  precautions: [
    'Press on the muscle, not on the bony bumps of the spine or hard on the bony ridge of the shoulder blade.',
    'Burning pain in one band around the chest or back, with a rash or tingling, may be shingles: see a doctor.',
    'Upper back pain with chest pressure, breathlessness, sweating or feeling sick may come from the heart: call emergency services; do not treat it.',
    'Neck pain with pain, tingling or weakness down the arm needs a doctor to check it first.',
  ],
  redFlags: ['heart-attack', 'spreading-numbness-weakness'],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter 6, Trapezius Muscle' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the trapezius muscle' },
    { source: 'davies-2013', chapter: 'Chapter 4, Head and Neck Pain (section on the trapezius)' },
  ],
};
