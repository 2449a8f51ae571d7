import type { Muscle } from '../../src/domain/atlas.ts';

export const buccinator: Muscle = {
  id: 'buccinator',
  name: 'Buccinator',
  aliases: ['buccinator muscle', 'cheek muscle', "trumpeter's muscle"],
  group: 'head-neck',
  anatomy: {
    origin:
      'The outer faces of the upper and lower jaws beside the back teeth (alveolar processes of the maxilla and mandible) and the tough band that runs from behind the last upper tooth to behind the last lower tooth (pterygomandibular raphe).',
    insertion:
      'The corner of the mouth and the lips, where it blends with the ring muscle of the lips (orbicularis oris).',
    action:
      'Holds the cheek against the teeth so food stays between them while you chew, and presses air out when you blow or whistle.',
    innervation: 'The buccal branches of the facial nerve (cranial nerve VII).',
  },
  triggerPoints: [
    {
      id: 'buccinator-tp',
      name: 'Buccinator TrP',
      location:
        'In the thin wall of the cheek, between the front edge of the thick jaw muscle (masseter) and the corner of your mouth, about level with where your teeth meet. Puff out your cheek to feel the wall tighten, relax, then search it with a pinch.',
      region: 'cheek',
      placement: {
        from: 'mouth-corner',
        to: 'mandible-angle',
        t: 0.3,
        offset: [0.012, 0.01, 0],
        facing: 'outside',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'cheek' }],
        spillover: [],
      },
      symptoms: [
        'A deep ache in the cheek, just below the cheekbone.',
        'Pain when chewing or moving food around in your mouth.',
      ],
      complaints: ['cheek pain', 'pain when chewing', 'face pain with no dental cause found'],
    },
  ],
  pressure: {
    position: 'Sitting at a table with your elbows resting on it.',
    tool: 'Your thumb inside your cheek in a clean disposable glove, and your index finger outside: a pinch grip.',
    direction:
      'A gentle pinch: thumb (inside the cheek) and index finger (on the skin) squeezing toward each other through the wall of the cheek.',
    steps: [
      'Wash your hands and put a clean disposable glove on the hand you will use.',
      'Sit with your elbows on a table and let your jaw relax, teeth slightly apart.',
      'Slide your gloved thumb inside your cheek, between the cheek and your back teeth, and place your index finger on the outside of the cheek.',
      'Search the wall of the cheek between the corner of the mouth and the thick jaw muscle, rolling it gently between thumb and finger.',
      'When you find a tender, firm spot, squeeze it gently until the ache is about 3 to 5 out of 10.',
      'Hold for 20 to 30 seconds while you breathe slowly through your nose.',
      'Let go slowly and rest for 20 seconds.',
      'Check by puffing out your cheek and chewing gently on nothing: it should feel easier.',
    ],
    pressure: { min: 3, max: 5 },
    holdSeconds: { min: 20, max: 30 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'A dull ache in the cheek that fades while you hold, and the cheek feels softer. Not sharp, no tingling.',
    stopIf: [
      'The pain turns sharp, burning or electric.',
      'You feel numbness or tingling in the cheek or lip.',
      'The inside of your cheek gets sore or starts to bleed.',
      'You feel a firm lump that does not soften, or a sore that does not heal.',
    ],
  },
  stretch: {
    position: 'Sitting comfortably, looking straight ahead.',
    steps: [
      'Close your lips.',
      'Take a breath and blow air into your mouth so both cheeks puff out, keeping your lips sealed.',
      'Hold for 10 seconds.',
      'Let the air out slowly.',
      'Repeat five times.',
    ],
    holdSeconds: 10,
    repetitions: 5,
    breathing:
      'Breathe in through your nose before each puff, and let the air out slowly between puffs.',
    feel: 'A gentle, even stretch across the inside of both cheeks.',
    avoid: [
      'Blowing so hard that your ears pop or hurt.',
      'Puffing with a sore, cut or fresh dental work inside the cheek.',
    ],
  },
  selfCare: [
    'Have dentures, plates or mouthguards checked if they rub or press on the cheek.',
    'Lay a warm, damp cloth over the cheek for 10 minutes before you press or stretch.',
    'If you play a wind instrument, take short breaks and let your cheeks relax between pieces.',
    'While the cheek is sore, choose soft food and chew on both sides.',
  ],
  perpetuatingFactors: [
    'Dentures, plates or a mouthguard that do not fit well.',
    'Playing a wind instrument for long spells.',
    'A blow to the cheek.',
    'Clenching or grinding your teeth.',
  ],
  precautions: [
    'Press inside the mouth only with clean hands in a clean disposable glove, and never with long or sharp nails.',
    'Leave the cheek alone if there is an ulcer, a cold sore or a cut inside the mouth, or after recent dental work.',
    'A sore, white or red patch or a lump inside the cheek that has not healed in three weeks needs a dentist or doctor.',
    'Cheek pain with swelling, fever or a tooth that hurts when you bite needs a dentist; do not assume it is muscle pain.',
    'Sudden weakness or drooping of one side of the face is an emergency: call for help.',
  ],
  redFlags: ['stroke-signs', 'dental-infection'],
  sources: [
    {
      source: 'simons-travell-simons-1999-v1',
      chapter:
        'Chapter on the facial muscles (orbicularis oculi, zygomaticus major, platysma, buccinator)',
    },
    { source: 'davies-2013', chapter: 'Chapter 4, Head and Neck Pain' },
  ],
};
