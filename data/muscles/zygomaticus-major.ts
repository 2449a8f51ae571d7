import type { Muscle } from '../../src/domain/atlas.ts';

export const zygomaticusMajor: Muscle = {
  id: 'zygomaticus-major',
  name: 'Zygomaticus major',
  aliases: [
    'zygomaticus',
    'zygomaticus major muscle',
    'smiling muscle',
    'greater zygomatic muscle',
  ],
  group: 'head-neck',
  anatomy: {
    origin:
      'The outer face of the cheekbone (zygomatic bone), in front of where it joins the arch.',
    insertion:
      'The corner of the mouth, where it blends with the ring muscle of the lips (orbicularis oris) and the other small muscles there (the modiolus).',
    action: 'Pulls the corner of the mouth up and out, as when you smile or laugh.',
    innervation: 'The zygomatic and buccal branches of the facial nerve (cranial nerve VII).',
  },
  triggerPoints: [
    {
      id: 'zygomaticus-major-tp',
      name: 'Zygomaticus major TrP',
      location:
        'In the band of muscle that runs from your cheekbone down to the corner of your mouth. Smile broadly to feel where it runs, relax, then search along it, starting near the cheekbone.',
      region: 'cheek',
      placement: {
        from: 'cheekbone',
        to: 'mouth-corner',
        t: 0.35,
        facing: 'front',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'cheek' }, { region: 'forehead' }],
        spillover: [],
      },
      symptoms: [
        'Pain in an arc that runs up close beside the nose, over the bridge of the nose and into the middle of the forehead.',
        'A face ache that can feel like sinus pain.',
        'A jaw that does not open quite as wide as before.',
      ],
      complaints: ['frontal headache', 'sinus-like face pain', 'pain beside the nose'],
    },
  ],
  pressure: {
    position: 'Sitting at a table with your elbows resting on it.',
    tool: 'Your thumb inside your cheek in a clean disposable glove, and your index finger outside: a pinch grip.',
    direction:
      'A gentle pinch: thumb (inside the cheek) and index finger (on the skin) squeezing toward each other across the band of muscle.',
    steps: [
      'Wash your hands and put a clean disposable glove on the hand you will use.',
      'Sit with your elbows on a table and let your face relax.',
      'Slide your gloved thumb inside your cheek, between the cheek and your upper teeth, and place your index finger on the outside of the cheek.',
      'Find the band of muscle that runs from the cheekbone to the corner of the mouth by smiling once, then relax.',
      'Roll the band slowly between thumb and finger, starting near the cheekbone, looking for a spot that aches or spreads up beside your nose.',
      'Squeeze that spot gently until the ache is about 3 to 5 out of 10.',
      'Hold for 20 to 30 seconds while you breathe slowly through your nose.',
      'Let go slowly and rest for 20 seconds.',
      'Check by smiling widely and opening your mouth: the face should feel looser.',
    ],
    pressure: { min: 3, max: 5 },
    holdSeconds: { min: 20, max: 30 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'A dull ache in the cheek that fades while you hold, and the ache beside the nose eases. Not sharp, no tingling.',
    stopIf: [
      'The pain turns sharp, burning or electric.',
      'You feel numbness or tingling in the cheek or lip.',
      'The inside of your cheek gets sore or starts to bleed.',
    ],
  },
  stretch: {
    position: 'Sitting comfortably, looking straight ahead.',
    steps: [
      'Let your teeth part slightly.',
      'Draw your upper lip down over your top teeth, making your face long, as in an exaggerated "O".',
      'If it feels fine, rest a fingertip on the cheek just below the cheekbone and ease the skin gently upward.',
      'Hold for 20 seconds.',
      'Let your face relax.',
      'Repeat three times.',
    ],
    holdSeconds: 20,
    repetitions: 3,
    breathing: 'Breathe slowly through your nose.',
    feel: 'A light pull across the cheek from the corner of the mouth toward the cheekbone.',
    avoid: [
      'Pulling hard on the skin.',
      'Stretching a cheek that has a cold sore or a cut inside it.',
      'Carrying on if the jaw joint clicks painfully or catches.',
    ],
  },
  selfCare: [
    'Notice when you hold a fixed smile or a tense face for long spells, and let your face go slack.',
    'Lay a warm, damp cloth over the cheek for 10 minutes before you press or stretch.',
    'Look after the chewing muscles too: this muscle often flares with trouble in the masseter and other jaw muscles.',
  ],
  perpetuatingFactors: [
    'Trigger points in the chewing muscles, especially the masseter.',
    'Holding a fixed smile or grimace for long spells.',
    'Clenching or grinding your teeth.',
  ],
  precautions: [
    'Press inside the mouth only with clean hands in a clean disposable glove, and never with long or sharp nails.',
    'Leave the cheek alone if there is a cold sore, an ulcer or a cut inside the mouth, or after recent dental surgery.',
    'Face pain with fever, a thick discharge from the nose or swelling of the cheek needs a doctor: it may be a sinus infection.',
    'Sudden weakness or drooping of one side of the face is an emergency: call for help.',
    'Sudden, stabbing, electric pain in the face that comes in bursts needs a doctor to check it; do not press on it.',
  ],
  redFlags: ['stroke-signs'],
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
