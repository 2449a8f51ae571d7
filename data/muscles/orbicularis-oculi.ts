import type { Muscle } from '../../src/domain/atlas.ts';

export const orbicularisOculi: Muscle = {
  id: 'orbicularis-oculi',
  name: 'Orbicularis oculi',
  aliases: [
    'orbicularis oculi muscle',
    'eyelid muscle',
    'orbicularis of the eye',
    'sphincter of the eye',
  ],
  group: 'head-neck',
  anatomy: {
    origin:
      'The inner corner of the eye socket: the bone of the upper jaw and the forehead beside the nose, the small tear bone and the short band at the inner corner of the eyelids (medial palpebral ligament).',
    insertion:
      'A ring of fibres that runs round the eye socket and through the eyelids and meets at the outer corner of the eye (lateral palpebral raphe) and in the skin around the eye.',
    action:
      'Closes the eyelids: gently when you blink or sleep, tightly when you squeeze your eyes shut or squint; helps move tears toward the inner corner of the eye.',
    innervation: 'The temporal and zygomatic branches of the facial nerve (cranial nerve VII).',
  },
  triggerPoints: [
    {
      id: 'orbicularis-oculi-tp',
      name: 'Orbicularis oculi TrP',
      location:
        'In the upper part of the ring of muscle round the eye, just under the eyebrow, on the bony rim above the upper eyelid. Close your eye gently and feel along the rim with a fingertip; keep off the eyeball.',
      region: 'eye',
      placement: {
        from: 'eye-centre',
        offset: [0, 0.014, 0.008],
        facing: 'front',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'eye' }, { region: 'cheek' }],
        spillover: [],
      },
      symptoms: [
        'Pain over the bridge of the nose and just above it.',
        'Pain that runs down the side of the nose on the same side and can reach the upper lip.',
        'Print that seems to jump or shimmer when you read, especially black print on white.',
      ],
      complaints: [
        'pain at the bridge of the nose',
        'eye strain',
        'sinus-like face pain',
        'jumping print when reading',
      ],
    },
  ],
  pressure: {
    position: 'Sitting at a table with your elbows resting on it, eyes gently closed.',
    tool: 'The pad of your index finger, or a gentle pinch between your thumb and index finger.',
    direction:
      'Up and in against the bony rim above the eye, never backward into the eye; or a light pinch of the skin and muscle just under the eyebrow.',
    steps: [
      'Sit with your elbows on a table and close your eyes gently.',
      'Place the pad of your index finger just under your eyebrow, on the bony rim above the upper eyelid.',
      'Move along the rim slowly, from the inner end of the eyebrow outward, looking for a spot that aches or spreads toward your nose.',
      'Press that spot lightly up against the bone, or pinch the skin and muscle there gently between your thumb and finger, until the ache is about 2 to 4 out of 10.',
      'Hold for 20 to 30 seconds while you breathe slowly.',
      'Let go slowly and rest for 20 seconds.',
      'Open your eyes, blink a few times and check whether the ache at the nose has eased.',
    ],
    pressure: { min: 2, max: 4 },
    holdSeconds: { min: 20, max: 30 },
    rounds: 2,
    restSeconds: 20,
    releaseFeel:
      'A light ache under the eyebrow that fades while you hold, and the eye area feels less strained. Not sharp, no tingling, no pressure on the eye itself.',
    stopIf: [
      'You feel any pressure on the eyeball itself.',
      'Your sight blurs, goes double, or you see flashes.',
      'The pain turns sharp or electric.',
      'Your eye starts to water a lot or turns red.',
    ],
  },
  stretch: {
    position: 'Sitting comfortably, looking straight ahead.',
    steps: [
      'Close your eyes gently, without squeezing.',
      'Open them slowly and widely, raising your eyebrows a little.',
      'Look upward without tipping your head back.',
      'Hold for 5 to 10 seconds.',
      'Close your eyes gently and let your face relax.',
      'Repeat five times.',
    ],
    holdSeconds: 10,
    repetitions: 5,
    breathing: 'Breathe slowly and evenly; let your face soften each time you breathe out.',
    feel: 'A light lengthening of the lids and around the eye, and a more relaxed face.',
    avoid: [
      'Pressing on the eyeball to stretch the lid.',
      'Squeezing your eyes tightly shut.',
      'Rubbing the eyes.',
    ],
  },
  selfCare: [
    'Have your eyesight checked if you squint to read or to see the screen.',
    'Use good light for reading and close work, and cut glare on your screen.',
    'Wear sunglasses in bright light so you do not have to squint.',
    'Every 20 minutes at a screen, look at something far away for 20 seconds and blink slowly a few times.',
    'A warm, damp cloth over the closed eyes for a few minutes can ease the strain.',
  ],
  perpetuatingFactors: [
    'Squinting, because of poor eyesight, glare or bright sunlight.',
    'Frowning and screwing up the eyes, for example with worry or concentration.',
    'Long spells of close work or screen work.',
    'Trigger points in the sternal part of the sternocleidomastoid, which can set off trouble in the muscles round the eye.',
  ],
  precautions: [
    'Never press on the eyeball itself; keep your finger on the bony rim under the eyebrow.',
    'Wash your hands first, and take out contact lenses.',
    'A painful red eye, sudden loss of sight, double vision, flashes or a shower of floaters needs a doctor the same day.',
    'A painful rash or blisters near the eye can be shingles: see a doctor the same day.',
    'Sudden drooping of the eyelid or face, or weakness of one side of the face, needs urgent medical help.',
    'Leave the area alone after eye surgery or an eye injury unless your eye doctor agrees.',
  ],
  redFlags: ['stroke-signs', 'eye-emergency'],
  sources: [
    {
      source: 'simons-travell-simons-1999-v1',
      chapter:
        'Chapter on the facial muscles (orbicularis oculi, zygomaticus major, platysma, buccinator)',
    },
    {
      source: 'travell-simons-1983-v1',
      chapter: 'Chapter on the facial muscles (orbicularis oculi, zygomaticus major, platysma)',
    },
    { source: 'davies-2013', chapter: 'Chapter 4, Head and Neck Pain' },
  ],
};
