import type { Muscle } from '../../src/domain/atlas.ts';

export const spleniusCervicis: Muscle = {
  id: 'splenius-cervicis',
  name: 'Splenius cervicis',
  aliases: ['splenius of the neck', 'splenius colli', 'splenii'],
  group: 'head-neck',
  anatomy: {
    origin: 'The spines of the third to sixth chest vertebrae (T3 to T6).',
    insertion:
      'The back of the side knobs (transverse processes) of the top two or three neck bones (C1 to C3).',
    action:
      'On one side, it turns your neck and face toward the same side and bends the neck to that side; both sides together tip the neck back.',
    innervation: 'Back branches of the lower neck nerves (dorsal rami of the cervical nerves).',
  },
  triggerPoints: [
    {
      id: 'splenius-cervicis-upper',
      name: 'Upper TrP',
      location:
        'On the side-back of your neck, low down, a little above where the neck widens into the shoulder. Slip your fingers just in front of the thick edge of the upper trapezius and press in and toward the spine. The spot lies deep, close to the neck bones.',
      region: 'neck-back',
      placement: {
        from: 'c7',
        offset: [0.04, 0.045, 0.01],
        facing: 'back',
      },
      depth: 'deep',
      depthNote:
        'It lies under the upper trapezius and the levator scapulae, so you press through those muscles toward the side of the neck bones.',
      referral: {
        essential: [{ region: 'eye' }],
        // The pain runs through the head from the back to behind the eye, at times over the side
        // of the head (temple).
        spillover: [{ region: 'occiput' }, { region: 'temple' }],
      },
      symptoms: [
        'A deep ache that seems to run through the inside of your head and settle behind the eye on the same side.',
        'Sometimes the ache spreads to the back of the head.',
        'Now and then the eye on that side feels strained or your sight blurs a little.',
        'A stiff neck: turning your head to look behind you is hard.',
      ],
      complaints: [
        'pain behind the eye',
        'headache inside the head',
        'blurred vision with a headache',
        'stiff neck',
      ],
    },
    {
      id: 'splenius-cervicis-lower',
      name: 'Lower TrP',
      location:
        'Lower down, at the base of the neck, about two finger-widths out from the bony bumps of the spine and level with the top of the shoulder blade. It lies deep under the muscles of the upper back.',
      region: 'between-shoulder-blades',
      placement: {
        from: 'c7',
        to: 'scapula-superior-angle',
        t: 0.45,
        offset: [0, -0.02, 0],
        facing: 'back',
      },
      depth: 'deep',
      depthNote:
        'Here it lies under the trapezius, the rhomboids and the thin serratus posterior superior, so you press through all three toward the ribs and spine.',
      referral: {
        essential: [{ region: 'neck-back' }],
        spillover: [{ region: 'shoulder-top' }],
      },
      symptoms: [
        'An ache in the angle where your neck meets your shoulder.',
        'Sometimes the ache spreads onto the top of the shoulder.',
        'A stiff neck that hurts when you turn your head.',
      ],
      complaints: [
        'pain at the angle of the neck',
        'stiff neck',
        'neck ache',
        'neck pain after sleeping awkwardly',
      ],
    },
  ],
  pressure: {
    position:
      'For the upper spot, sit in a chair with your back supported. For the lower spot, stand with your back to a wall.',
    tool: 'The pads of the first two fingers of your other hand for the upper spot; a tennis ball against the wall for the lower spot.',
    direction:
      'In toward the side of the neck bones for the upper spot; straight in toward the ribs beside the spine for the lower spot.',
    steps: [
      'Sit back and let your head tip slightly toward the sore side so the neck muscles go slack.',
      'Reach across with your other hand and find the thick edge of the muscle on top of your shoulder, low on the side of your neck.',
      'Slip your fingertips in front of that edge and press slowly in and toward the spine until you find a deep tender spot, to an ache of about 4 to 6 out of 10. Stay behind the cord that runs down the side of the neck to the breastbone and above the hollow over the collarbone; you should feel no pulse.',
      'Hold for 30 to 60 seconds while you breathe slowly.',
      'Ease off slowly and rest for 30 seconds, then repeat two more times.',
      'For the lower spot, stand with your back to a wall and your feet a short step away from it.',
      'Place the ball between the wall and your back, two finger-widths out from the spine, level with the top of your shoulder blade.',
      'Bend your knees a little to roll the ball until you find a tender spot, then lean in to an ache of about 5 to 7 out of 10.',
      'Hold for 30 to 60 seconds while you breathe slowly.',
      'Step away from the wall and rest for 30 seconds, then repeat two more times.',
      'Check by turning your head to look over each shoulder: it should turn further or with less pain.',
    ],
    pressure: { min: 4, max: 7 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 30,
    releaseFeel:
      'A deep, dull ache that melts slowly while you hold, often with the ache behind the eye or at the base of the neck easing. Not sharp, not burning, no tingling.',
    stopIf: [
      'You feel dizzy or sick, or your sight changes.',
      'You feel a pulse under your fingers.',
      'You feel tingling or numbness in your arm or hand.',
      'The pain behind your eye gets worse instead of easing.',
    ],
  },
  stretch: {
    position: 'Sitting tall on a firm chair with your feet flat on the floor.',
    steps: [
      'Hold the edge of the seat with the hand on the sore side, so that shoulder stays down.',
      'Tuck your chin in slightly.',
      'Bend your head and neck forward until your chin comes close to your chest.',
      'Turn your face away from the sore side, toward your other armpit.',
      'Rest your other hand on the back of your head and let its weight add a light pull.',
      'Hold for 30 seconds.',
      'Lift your head back to the middle slowly, helping it with your hand.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing:
      'Breathe in slowly; as you breathe out, let your head and neck sink a little further forward.',
    feel: 'A gentle pull down the back and side of the neck into the top of the upper back.',
    avoid: [
      'Pulling hard on your head with your hand.',
      'Bouncing or jerking your head.',
      'Carrying on if you feel dizzy, your sight blurs, or you get tingling in your arm.',
    ],
  },
  selfCare: [
    'Lay a warm pack across the back of your neck and the top of your back for 15 minutes before the pressure or the stretch.',
    'Set your screen straight in front of you with its top at eye level, so you do not crane your neck forward or turn it.',
    'Hold your phone or tablet up nearer eye level instead of bending your neck sharply to look down.',
    'Keep your neck covered in cold or draughty places.',
    'Use a pillow that keeps your neck level when you lie on your side.',
  ],
  perpetuatingFactors: [
    'Craning your head forward and down, as over a laptop or a phone.',
    'Working with your head turned to one side for long spells.',
    'Sleeping with your neck bent or twisted, for example on a sofa arm.',
    'A cold draught on the back of the neck.',
    'A whiplash injury.',
    'Trigger points in the levator scapulae and upper trapezius, which often come with these.',
  ],
  precautions: [
    'Keep your fingers on the side-back of the neck, behind the cord that runs from behind the ear to the breastbone; never press into the front of the neck, where you can feel the pulse.',
    'Pain behind the eye with a red, painful eye, loss of sight, seeing halos around lights or double vision needs a doctor the same day; do not assume it comes from a muscle.',
    'A headache that started after a neck injury, or that comes with fever, weakness, numbness or trouble speaking, needs a doctor first.',
    'If you have had neck surgery or have a known weakness of the neck joints, ask your doctor before pressing or stretching here.',
  ],
  redFlags: ['eye-emergency', 'injury'],
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
