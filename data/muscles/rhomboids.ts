import type { Muscle } from '../../src/domain/atlas.ts';

export const rhomboids: Muscle = {
  id: 'rhomboids',
  name: 'Rhomboids',
  aliases: ['rhomboid', 'rhomboid major', 'rhomboid minor', 'rhomboideus'],
  group: 'shoulder-upper-back',
  anatomy: {
    origin:
      'The spines of the lowest neck bone and the top five chest vertebrae (C7 to T5) and the lower end of the ligament down the back of the neck: rhomboid minor from the upper part, rhomboid major from T2 to T5.',
    insertion:
      'The inner edge of the shoulder blade: rhomboid minor level with the inner end of its bony ridge, rhomboid major from there down to the bottom tip.',
    action:
      'Draw the shoulder blade in toward the spine and up, turn it so the shoulder socket faces a little downward, and hold it flat against the ribs.',
    innervation: 'The dorsal scapular nerve (C4, C5).',
  },
  triggerPoints: [
    {
      id: 'rhomboids-minor',
      name: 'Rhomboid minor TrP',
      location:
        'On your upper back, in the band between your spine and the inner edge of your shoulder blade, about one finger-width in from that edge and level with the inner end of the bony ridge across the shoulder blade.',
      region: 'between-shoulder-blades',
      placement: {
        from: 'scapula-superior-angle',
        to: 'scapula-spine-root',
        t: 0.7,
        offset: [-0.012, 0, 0],
        facing: 'back',
      },
      depth: 'deep',
      depthNote:
        'The rhomboids lie under the thin middle trapezius, so you press through it toward the ribs.',
      referral: {
        essential: [{ region: 'between-shoulder-blades' }],
        spillover: [{ region: 'shoulder-blade' }],
      },
      symptoms: [
        'An ache along the inner edge of the shoulder blade, between it and the spine.',
        'Sometimes the ache spreads up over the top part of the shoulder blade.',
        'The ache is there at rest and is not much changed by moving.',
        'You may feel or hear a crunching or snapping as the shoulder blade moves.',
      ],
      complaints: [
        'pain between the shoulder blades',
        'pain along the inner edge of the shoulder blade',
        'upper back ache at the desk',
      ],
    },
    {
      id: 'rhomboids-major',
      name: 'Rhomboid major TrP',
      location:
        'Lower down the same band, about one finger-width in from the inner edge of the shoulder blade and a third of the way from the bony ridge to the bottom tip.',
      region: 'between-shoulder-blades',
      placement: {
        from: 'scapula-spine-root',
        to: 'scapula-inferior-angle',
        t: 0.4,
        offset: [-0.012, 0, 0],
        facing: 'back',
      },
      depth: 'deep',
      depthNote:
        'It lies under the middle and lower trapezius, so you press through them toward the ribs.',
      referral: {
        essential: [{ region: 'between-shoulder-blades' }],
        spillover: [{ region: 'shoulder-blade' }],
      },
      symptoms: [
        'An ache along the inner edge of the shoulder blade, between it and the spine.',
        'Sometimes the ache spreads up over the top part of the shoulder blade.',
        'The upper back feels tired and sore after sitting with rounded shoulders.',
      ],
      complaints: [
        'pain between the shoulder blades',
        'shoulder blade pain',
        'upper back ache at the desk',
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
      'Cross your arms over your chest and hold the opposite shoulders, so your shoulder blades slide apart.',
      'Place the ball between the wall and your back, in the band between your spine and the inner edge of your shoulder blade on the sore side.',
      'Bend and straighten your knees slowly to roll the ball along that band until you find a spot that aches.',
      'Lean into the ball until the ache is about 5 to 7 out of 10.',
      'Hold for 30 to 90 seconds while you breathe slowly.',
      'Step away from the wall and rest for 30 seconds.',
      'Repeat two more times, moving the ball a little lower each time.',
      'Check by squeezing your shoulder blades together and then rounding your upper back: both should feel easier.',
    ],
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 90 },
    rounds: 3,
    restSeconds: 30,
    releaseFeel:
      'The ache under the ball softens and spreads out, then fades while you hold. Not sharp, no tingling.',
    stopIf: [
      'The pain turns sharp or stabbing.',
      'You feel tingling or numbness down the arm.',
      'It hurts to breathe in while you press.',
    ],
  },
  stretch: {
    position: 'Standing facing a door frame or a sturdy post, an arm’s length away.',
    steps: [
      'Hold the frame at chest height with the hand on the sore side.',
      'Let your body lean back and away, keeping the arm straight, so the shoulder blade is pulled out from the spine.',
      'Turn your upper body a little away from the frame and round your upper back.',
      'Hold for 30 seconds.',
      'Step back in and let go slowly.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing:
      'Breathe slowly into the back of your ribs; let the shoulder blade slide a little further out each time you breathe out.',
    feel: 'A gentle pull along the inner edge of the shoulder blade, between it and the spine.',
    avoid: [
      'Letting the shoulder hitch up toward the ear.',
      'Jerking back against the frame.',
      'A pinching pain in the front of the shoulder: ease off.',
    ],
  },
  selfCare: [
    'Lay a warm pack across your upper back for 15 to 20 minutes before the pressure or the stretch.',
    'Stretch the front of your chest as well: a tight chest (pectoral muscles) pulls the shoulders forward and keeps the rhomboids overstretched.',
    'Keep your keyboard and mouse close, so your arms are near your sides.',
    'Sit back in your chair with your upper back supported.',
    'Stand up, roll your shoulders back and down slowly, and breathe deeply every half hour at a desk.',
  ],
  perpetuatingFactors: [
    'Sitting for long spells with rounded shoulders, leaning toward a screen or a desk.',
    'A tight chest (pectoral muscles) that pulls the shoulders forward.',
    'Reaching forward or working with your arms raised for long spells, as when painting overhead.',
    'Carrying a heavy backpack.',
  ],
  precautions: [
    'Press on the muscle beside the spine, not on the bony bumps of the spine.',
    'Pain between the shoulder blades with chest pressure, breathlessness, sweating or feeling sick may come from the heart: call emergency services; do not treat it.',
    'Sudden, severe, tearing pain between the shoulder blades is an emergency: call for help.',
    'Pain between the shoulder blades with pain, tingling or weakness down the arm may come from a nerve in the neck: have a doctor check it.',
  ],
  redFlags: ['heart-attack', 'aortic-dissection', 'spreading-numbness-weakness'],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter 27, Rhomboid Muscles' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the rhomboid muscles' },
    { source: 'davies-2013', chapter: 'Chapter 5, Shoulder, Upper Back, and Upper Arm Pain' },
  ],
};
