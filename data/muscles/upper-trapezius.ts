import type { Muscle } from '../../src/domain/atlas.ts';

export const upperTrapezius: Muscle = {
  id: 'upper-trapezius',
  name: 'Upper trapezius',
  aliases: ['upper traps', 'trapezius (upper fibres)', 'upper trapezius fibres'],
  group: 'head-neck',
  anatomy: {
    origin:
      'The bump at the back of the skull (external occipital protuberance), the inner third of the ridge along the base of the skull (superior nuchal line) and the ligament down the back of the neck (ligamentum nuchae).',
    insertion: 'The outer third of the collarbone (clavicle), at its back edge.',
    action:
      'Lifts the shoulder and turns the shoulder blade so the arm can go overhead; with the shoulder fixed, it tips the head toward the same shoulder, turns the face to the other side and helps tip the head back.',
    innervation:
      'The spinal accessory nerve (cranial nerve XI), with sensory branches from the third and fourth neck nerves (C3, C4).',
  },
  triggerPoints: [
    {
      id: 'upper-trapezius-tp1',
      name: 'TrP1',
      location:
        'On the top of your shoulder, about halfway between the side of your neck and the bony tip of the shoulder. Pinch the thick ridge of muscle there between thumb and fingers: the spot is in its front edge, in the fibres that run almost straight up toward the skull.',
      region: 'shoulder-top',
      placement: {
        from: 'c7',
        to: 'acromion',
        t: 0.45,
        offset: [0, 0.025, 0.015],
        facing: 'top',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'neck-side' }, { region: 'ear' }, { region: 'temple' }],
        spillover: [{ region: 'eye' }, { region: 'jaw' }],
      },
      symptoms: [
        'An ache that runs up the back and side of your neck to the bone behind your ear.',
        'A headache centred on the temple on the same side.',
        'When it is strong, the ache can reach behind the eye or the angle of the jaw.',
        'Your neck feels stiff when you tilt your head away from the sore side.',
      ],
      complaints: [
        'tension-type headache',
        'temple headache',
        'stiff neck',
        'neck and shoulder tension',
      ],
    },
    {
      id: 'upper-trapezius-tp2',
      name: 'TrP2',
      location:
        'A little further out toward the shoulder than TrP1, and slightly lower and further back, in the flatter fibres that run across the top of the shoulder. Pinch the ridge again, a bit behind where you found TrP1.',
      region: 'shoulder-top',
      placement: {
        from: 'c7',
        to: 'acromion',
        t: 0.55,
        offset: [0, 0.01, -0.03],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'neck-back' }, { region: 'ear' }],
        spillover: [{ region: 'occiput' }],
      },
      symptoms: [
        'An ache up the back of the neck to the area behind the ear.',
        'Sometimes the ache reaches the base of the skull.',
        'Tight, tired shoulders at the end of the day.',
      ],
      complaints: ['neck ache', 'pain behind the ear', 'tension-type headache', 'stiff neck'],
    },
  ],
  pressure: {
    position:
      'Sit upright in a chair with your back supported. Rest the forearm of the sore side on your thigh.',
    tool: 'The thumb and fingers of your other hand, in a pinch grip.',
    direction:
      'Squeeze your thumb (in front) and fingers (behind) toward each other across the ridge of muscle, lifting it slightly; do not push straight down toward the collarbone.',
    steps: [
      'Sit tall and let the shoulder on the sore side drop and go soft.',
      'Reach across with your other hand and lay your fingers over the top of the sore shoulder, halfway between your neck and the tip of the shoulder.',
      'Pinch the thick ridge of muscle (upper trapezius) between your thumb in front and your fingers behind, and lift it slightly.',
      'Roll the muscle slowly between your fingers until you find a firm band with a spot that aches or sends pain up your neck.',
      'Squeeze that spot until the ache is about 5 to 7 out of 10.',
      'Hold steady for 30 to 60 seconds while you breathe slowly.',
      'Let go slowly and rest for 30 seconds.',
      'Repeat two more times, then do the same a little further back and out for TrP2.',
      'Check by tilting your head gently away from the sore side: it should move a little further or feel easier.',
    ],
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 30,
    releaseFeel:
      'The band softens under your fingers and the ache fades while you hold, and the headache may ease with it. Not sharp, not burning, no tingling.',
    stopIf: [
      'The pain turns sharp, burning or electric.',
      'You feel tingling or numbness in your arm or hand.',
      'You feel dizzy, sick or faint.',
      'The headache gets worse instead of easing.',
    ],
  },
  stretch: {
    position: 'Sitting on a firm chair with your feet flat on the floor.',
    steps: [
      'Hold the edge of the seat with the hand on the side you want to stretch, so that shoulder stays down.',
      'Slowly tip your head away, bringing your other ear toward your other shoulder.',
      'Turn your face a little toward the side you are stretching and drop your chin slightly.',
      'Rest your free hand on top of your head and let its weight add a gentle pull.',
      'Hold for 30 seconds.',
      'Bring your head back to the middle slowly, helping it with your hand.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing:
      'Breathe in slowly; as you breathe out, let your head sink a little further into the stretch.',
    feel: 'A gentle, even pull along the top of the shoulder and up the side of the neck on the stretched side.',
    avoid: [
      'Letting the stretched shoulder creep up toward your ear.',
      'Bouncing or jerking your head.',
      'Pulling hard with the hand on your head.',
      'Carrying on if you feel tingling down the arm: ease off at once.',
    ],
  },
  selfCare: [
    'Lay a warm pack or a wrapped hot water bottle over the top of the shoulder for 15 to 20 minutes before pressing or stretching.',
    'Rest your forearms on armrests or on the desk when you sit, so your shoulders do not have to hold your arms up.',
    'Carry bags in your hand or across both shoulders, not on a strap over one shoulder.',
    'Use a headset or the speaker for phone calls instead of holding the phone between ear and shoulder.',
    'Every half hour at a desk, let your shoulders drop, roll them slowly a few times, then carry on.',
  ],
  perpetuatingFactors: [
    'Holding your shoulders up, as when typing at a desk that is too high or sitting in a chair without armrests.',
    'A heavy bag on one shoulder, or bra straps that dig into the top of the shoulders.',
    'Holding a phone between your ear and your shoulder.',
    'Long spells with your head pushed forward toward a screen.',
    'Stress that makes you hunch your shoulders.',
    'A difference in leg length or pelvis size that tilts the shoulders.',
  ],
  precautions: [
    'Pinch and lift the muscle; do not press straight down into the hollow just above the collarbone, where nerves and blood vessels to the arm run.',
    'If the pain started after a fall, a car accident or a blow to the head or neck, see a doctor before you work on it.',
    'Pain down the arm with numbness, tingling or weakness needs a doctor to check it; it may come from a nerve in the neck.',
    'A sudden, very severe headache, or a headache with fever, a stiff neck when you bend your chin to your chest, confusion, or trouble seeing or speaking, needs urgent medical help.',
  ],
  redFlags: [
    'sudden-severe-headache',
    'headache-fever-stiff-neck',
    'spreading-numbness-weakness',
    'injury',
  ],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter 6, Trapezius Muscle' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the trapezius muscle' },
    { source: 'davies-2013', chapter: 'Chapter 4, Head and Neck Pain' },
  ],
};
