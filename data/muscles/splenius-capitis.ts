import type { Muscle } from '../../src/domain/atlas.ts';

export const spleniusCapitis: Muscle = {
  id: 'splenius-capitis',
  name: 'Splenius capitis',
  aliases: ['splenius of the head', 'splenius', 'splenii'],
  group: 'head-neck',
  anatomy: {
    origin:
      'The lower half of the ligament down the back of the neck (ligamentum nuchae) and the spines of the lowest neck bone and the top three or four chest vertebrae (C7 to T3 or T4).',
    insertion:
      'The bony bump behind the ear (mastoid process) and the outer part of the ridge along the base of the skull (superior nuchal line), under the top of the sternocleidomastoid.',
    action:
      'On one side, it turns your head and face toward the same side and tips the head toward that shoulder; both sides together tip the head and neck back.',
    innervation: 'Back branches of the middle neck nerves (dorsal rami of the cervical nerves).',
  },
  triggerPoints: [
    {
      id: 'splenius-capitis-tp1',
      name: 'Splenius capitis TrP',
      location:
        'High on the side-back of your neck, about two finger-widths below and behind the bony bump behind your ear. Here the muscle shows in a small gap between the cord on the side of the neck (sternocleidomastoid) in front and the edge of the upper trapezius behind. Turn your head a little toward the sore side and you feel it tighten under your fingers.',
      region: 'neck-back',
      placement: {
        from: 'mastoid',
        offset: [-0.016, -0.035, -0.015],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'head-vertex' }],
        spillover: [],
      },
      symptoms: [
        'A headache on the top of your head, on the same side, in a patch about the size of your palm.',
        'Your neck feels stiff when you bend your head forward or turn it away from the sore side.',
        'The headache often starts after a long spell with your head turned or tipped back.',
      ],
      complaints: [
        'headache on the top of the head',
        'tension-type headache',
        'stiff neck',
        'headache after whiplash',
      ],
    },
  ],
  pressure: {
    position:
      'Sitting in a chair with a high back, or lying on your back with your head on a pillow, so the neck muscles can let go.',
    tool: 'The pads of the first two fingers of the hand on the other side.',
    direction:
      'Straight in toward the neck bones, angled slightly up toward the base of the skull.',
    steps: [
      'Sit back or lie down and let your head rest, tipped slightly toward the sore side.',
      'Find the bony bump behind your ear with the fingers of your other hand.',
      'Slide your fingers two finger-widths down and back, into the soft gap between the cord on the side of your neck and the thick muscle at the back. Stay behind the cord: you should feel no pulse under your fingers.',
      'Turn your head a little toward the sore side and feel the muscle there tighten, then let your head relax again.',
      'Press slowly in toward the neck bones until you find a tender spot, to an ache of about 4 to 6 out of 10.',
      'Hold steady for 30 to 60 seconds while you breathe slowly.',
      'Ease off slowly and rest for 30 seconds.',
      'Repeat two more times.',
      'Check by bending your head forward and turning it away from the sore side: it should move more easily, and the top of your head may feel lighter.',
    ],
    pressure: { min: 4, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 30,
    releaseFeel:
      'The tender spot softens under your fingers and the ache on the top of your head fades while you hold. Not sharp, not throbbing, no tingling.',
    stopIf: [
      'You feel dizzy, sick or faint, or your sight changes.',
      'You feel a pulse under your fingers.',
      'You feel tingling or numbness in your face, scalp, arm or hand.',
      'The headache gets worse or starts to throb.',
    ],
  },
  stretch: {
    position: 'Sitting tall on a firm chair with your feet flat on the floor.',
    steps: [
      'Hold the edge of the seat with the hand on the sore side, so that shoulder stays down.',
      'Tuck your chin in slightly.',
      'Bend your head slowly forward.',
      'Turn your face away from the sore side, as if looking down toward your other armpit.',
      'Rest your other hand on the back of your head and let its weight add a light pull.',
      'Hold for 30 seconds.',
      'Lift your head back to the middle slowly, helping it with your hand.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing:
      'Breathe in slowly; as you breathe out, let your head sink a little further into the stretch.',
    feel: 'A gentle pull along the back and side of the neck, from the base of the skull down toward the top of the shoulder blade.',
    avoid: [
      'Pulling hard on your head with your hand.',
      'Bouncing or jerking your head.',
      'Carrying on if you feel dizzy or get tingling in your arm.',
    ],
  },
  selfCare: [
    'Lay a warm pack across the back of your neck for 15 minutes before the pressure or the stretch.',
    'Put your screen straight in front of you at eye level, so you do not hold your head turned or tipped back.',
    'Keep the back of your neck warm in cold or draughty places, for example with a scarf or a collar.',
    'Turn your body, not just your head, toward a person or a screen you look at for a long time.',
    'Take a short break every half hour when you read or work with your head tipped forward or turned.',
  ],
  perpetuatingFactors: [
    'Holding your head turned to one side for long spells, as when the screen or the person you talk to is off to the side.',
    'Looking up for a long time, as when painting a ceiling or watching from the front row.',
    'A cold draught on the back of the neck, especially when the muscles are tired.',
    'Pushing your head forward in front of your shoulders.',
    'A whiplash injury or a fall onto the head or shoulder.',
    'Sleeping with your head twisted, for example on your front or with a pillow that is too high.',
  ],
  precautions: [
    'Stay on the side-back of the neck; do not press into the front of the neck, where you can feel the pulse.',
    'A headache that started after a car accident, a fall or a blow to the head needs a doctor to check it before you work on the neck.',
    'A sudden, very severe headache, or a headache with fever, a stiff neck when you bend your chin to your chest, confusion, weakness or trouble seeing or speaking, needs urgent medical help.',
    'If you have had neck surgery or have a known problem with the top neck joints, ask your doctor before you press or stretch here.',
  ],
  redFlags: ['sudden-severe-headache', 'headache-fever-stiff-neck', 'injury'],
  sources: [
    {
      source: 'simons-travell-simons-1999-v1',
      chapter: 'Chapter 15, Splenius Capitis and Splenius Cervicis Muscles',
    },
    {
      source: 'travell-simons-1983-v1',
      chapter: 'Chapter on the splenius capitis and splenius cervicis muscles',
    },
    { source: 'davies-2013', chapter: 'Chapter 4, Head and Neck Pain' },
  ],
};
