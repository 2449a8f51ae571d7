import type { Muscle } from '../../src/domain/atlas.ts';

/**
 * Trigger point numbers follow Simons, Travell & Simons (1999), chapter 6: TrP1 and TrP2 are in
 * the upper trapezius, TrP3 and TrP4 in the lower, TrP5 to TrP7 in the middle. TrP7 is left out:
 * the manual gives it a shivery, goose-bump feeling in the arm rather than a pain pattern, which
 * a pain-referral zone cannot represent.
 */
export const middleTrapezius: Muscle = {
  id: 'middle-trapezius',
  name: 'Middle trapezius',
  aliases: [
    'middle traps',
    'trapezius (middle fibres)',
    'mid trapezius',
    'middle trapezius fibres',
  ],
  group: 'shoulder-upper-back',
  anatomy: {
    origin:
      'The spines of the lowest neck bone and the upper chest vertebrae (about C7 to T3) and the ligaments between them.',
    insertion:
      'The inner edge of the bony tip of the shoulder (acromion) and the upper edge of the bony ridge across the shoulder blade (spine of the scapula).',
    action:
      'Draws the shoulder blade in toward the spine and holds it steady while you use your arm, for example when you pull or reach forward.',
    innervation:
      'The spinal accessory nerve (cranial nerve XI), with sensory branches from the third and fourth neck nerves (C3, C4).',
  },
  triggerPoints: [
    {
      id: 'middle-trapezius-tp5',
      name: 'TrP5',
      location:
        'On your upper back, in the band of muscle between your spine and the inner edge of your shoulder blade, about one finger-width in from that edge and level with the inner end of the bony ridge across the shoulder blade.',
      region: 'between-shoulder-blades',
      placement: {
        from: 'scapula-spine-root',
        offset: [-0.015, 0.01, 0],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'between-shoulder-blades' }],
        spillover: [],
      },
      symptoms: [
        'A burning ache on the surface of the upper back, running in from the sore spot toward the spine.',
        'The ache sits between the shoulder blades, level with the bottom of the neck and the top of the back.',
        'Holding your arms out in front of you, as on a steering wheel or a keyboard, makes it worse.',
      ],
      complaints: [
        'pain between the shoulder blades',
        'burning upper back pain',
        'upper back ache at the desk',
      ],
    },
    {
      id: 'middle-trapezius-tp6',
      name: 'TrP6',
      location:
        'On the top-back of your shoulder, just inside the bony tip of the shoulder (acromion), in the muscle that sits on top of the outer end of the bony ridge across the shoulder blade.',
      region: 'shoulder-top',
      placement: {
        from: 'scapula-spine-root',
        to: 'acromion',
        t: 0.65,
        offset: [0, 0.025, -0.03],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'shoulder-top' }],
        spillover: [],
      },
      symptoms: [
        'An ache on the top of the shoulder, over the bony tip.',
        'The ache is there at rest and gets worse when you hold your arm out in front of you.',
      ],
      complaints: [
        'pain on the top of the shoulder',
        'shoulder ache',
        'ache at the tip of the shoulder',
      ],
    },
  ],
  pressure: {
    position:
      'Standing with your back to a wall. If you need firmer pressure, lie on your back on the floor instead.',
    tool: 'A tennis ball against a wall or the floor.',
    direction:
      'Straight in toward the ribs; for TrP6, down and in toward the bony ridge of the shoulder blade.',
    steps: [
      'Stand with your back to a wall and your feet a short step away from it.',
      'Cross your arms loosely over your chest, so your shoulder blades slide apart.',
      'Place the ball between the wall and your back, in the band between your spine and the inner edge of your shoulder blade on the sore side.',
      'Bend and straighten your knees slowly to roll the ball up and down until you find a spot that aches or burns toward the spine.',
      'Lean into the ball until the ache is about 5 to 7 out of 10.',
      'Hold for 30 to 90 seconds while you breathe slowly.',
      'Step away from the wall and rest for 30 seconds.',
      'Repeat two more times.',
      'For TrP6, hold the ball with your other hand on the top-back of the shoulder, just inside the bony tip, and press down and in for 30 to 60 seconds.',
      'Check by pulling your shoulder blades back together: it should feel easier, and the ache between your shoulder blades should be less.',
    ],
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 90 },
    rounds: 3,
    restSeconds: 30,
    releaseFeel:
      'The ache under the ball softens and the burning between your shoulder blades fades while you hold. Not sharp, no tingling.',
    stopIf: [
      'The pain turns sharp or stabbing.',
      'You feel tingling or numbness down the arm.',
      'It hurts to breathe in while you press.',
    ],
  },
  stretch: {
    position: 'Sitting on a firm chair, feet flat on the floor.',
    steps: [
      'Cross your arms and take hold of the opposite shoulders, as if hugging yourself.',
      'Pull your elbows forward so your shoulder blades slide apart.',
      'Round your upper back and let your head drop forward.',
      'Hold for 30 seconds.',
      'Sit up slowly and let your arms go.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing:
      'Breathe slowly into the back of your ribs; feel them widen under the stretch as you breathe in.',
    feel: 'A gentle, broad pull across the upper back, between and over the shoulder blades.',
    avoid: [
      'Hunching your shoulders up toward your ears.',
      'Bouncing or jerking.',
      'Carrying on if you feel tingling in your arms.',
    ],
  },
  selfCare: [
    'Lay a warm pack across your upper back for 15 to 20 minutes before the pressure or the stretch.',
    'Keep your keyboard and mouse close, so your arms are near your sides and not reaching forward.',
    'Rest your forearms on armrests or the desk when you type or read.',
    'Drive with your hands low on the steering wheel.',
    'Stand up and roll your shoulders slowly every half hour at a desk.',
  ],
  perpetuatingFactors: [
    'Holding your arms out in front of you for long spells, at a keyboard, a steering wheel or a sewing machine.',
    'Rounded shoulders with a tight chest (pectoral muscles), which keep the middle trapezius stretched and tired.',
    'Sitting without support for your forearms.',
    'A heavy backpack or a bag on one shoulder.',
  ],
  precautions: [
    'Press on the muscle beside the spine, not on the bony bumps of the spine.',
    'Burning pain in one band around the chest or back, with a rash or tingling, may be shingles: see a doctor.',
    'Upper back pain with chest pressure, breathlessness, sweating or feeling sick may come from the heart: call emergency services; do not treat it.',
    'Upper back pain after a fall, or with fever or weight loss you cannot explain, needs a doctor first.',
  ],
  redFlags: ['heart-attack', 'serious-back-pain', 'back-pain-fever', 'injury'],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter 6, Trapezius Muscle' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the trapezius muscle' },
    { source: 'davies-2013', chapter: 'Chapter 4, Head and Neck Pain (section on the trapezius)' },
  ],
};
