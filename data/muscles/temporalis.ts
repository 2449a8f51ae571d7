import type { Muscle } from '../../src/domain/atlas.ts';

export const temporalis: Muscle = {
  id: 'temporalis',
  name: 'Temporalis',
  aliases: ['temporal muscle', 'temporalis muscle'],
  group: 'head-neck',
  anatomy: {
    origin:
      'The shallow hollow on the side of the skull above the cheekbone arch (temporal fossa) and the tough sheet covering it (temporal fascia).',
    insertion:
      'The thin tip at the front of the lower jaw (coronoid process) and the front edge of the upright part of the jaw (ramus), passing under the cheekbone arch.',
    action:
      'Closes the jaw and clenches the teeth; its back fibres pull the jaw backward, and one side helps move the jaw toward that side.',
    innervation:
      'The deep temporal nerves, from the lower jaw branch of the trigeminal nerve (mandibular division, V3).',
  },
  triggerPoints: [
    {
      id: 'temporalis-tp1',
      name: 'TrP1 (anterior fibres)',
      location:
        'At the front of your temple, about a thumb-width behind the outer end of your eyebrow and one or two finger-widths above the cheekbone. Clench your teeth and the muscle hardens under your fingers.',
      region: 'temple',
      placement: {
        from: 'zygomatic-arch',
        to: 'pterion',
        t: 0.5,
        offset: [0, 0, 0.01],
        facing: 'outside',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'temple' }, { region: 'eye' }, { region: 'teeth' }],
        spillover: [],
      },
      symptoms: [
        'A headache at the front of the temple that spreads along the eyebrow.',
        'An ache in the upper front teeth.',
        'Upper front teeth that feel sensitive to hot, cold or biting.',
      ],
      complaints: [
        'temple headache',
        'tension-type headache',
        'eyebrow pain',
        'toothache with no dental cause found',
      ],
    },
    {
      id: 'temporalis-tp2',
      name: 'TrP2 (middle fibres)',
      location: 'One finger-width further back than TrP1, above the middle of the cheekbone arch.',
      region: 'temple',
      placement: {
        from: 'zygomatic-arch',
        offset: [0.004, 0.03, -0.02],
        facing: 'outside',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'temple' }, { region: 'teeth' }],
        spillover: [],
      },
      symptoms: [
        'Pain that shoots up into the middle of the temple.',
        'An ache in the upper teeth on the same side, about midway along the row.',
        'Teeth that feel sensitive to hot or cold.',
      ],
      complaints: [
        'temple headache',
        'tension-type headache',
        'toothache with no dental cause found',
      ],
    },
    {
      id: 'temporalis-tp3',
      name: 'TrP3 (middle fibres)',
      location: 'Another finger-width further back, just above the front of your ear.',
      region: 'temple',
      placement: {
        from: 'tragus',
        offset: [0, 0.035, 0.008],
        facing: 'outside',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'temple' }, { region: 'teeth' }],
        spillover: [],
      },
      symptoms: [
        'Pain that rises into the temple above and in front of the ear.',
        'An ache in the upper back teeth on the same side.',
      ],
      complaints: [
        'temple headache',
        'tension-type headache',
        'toothache with no dental cause found',
        'teeth sensitive to hot and cold',
      ],
    },
    {
      id: 'temporalis-tp4',
      name: 'TrP4 (posterior fibres)',
      location:
        'Above and slightly behind the top of your ear, in the back fibres that run almost level toward the ear.',
      region: 'temple',
      placement: {
        from: 'tragus',
        offset: [-0.002, 0.04, -0.03],
        facing: 'outside',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'temple' }],
        spillover: [],
      },
      symptoms: ['An ache on the side of the head that spreads backward and upward above the ear.'],
      complaints: ['headache on the side of the head', 'tension-type headache'],
    },
  ],
  pressure: {
    position: 'Sitting at a table with your elbows resting on it.',
    tool: 'The pads of two or three fingers.',
    direction: 'Straight in toward the bone at the side of your head.',
    steps: [
      'Sit at a table and rest your elbows on it so your arms are not working.',
      'Place the pads of your fingers on your temple, above the cheekbone. Feel for the pulse of the temple artery, just in front of the ear and at the front of the temple, and keep your fingers beside it, never on it.',
      'Clench your teeth briefly to feel the muscle harden, then relax your jaw and let your teeth part a little.',
      'Search from the front of the temple to above the ear, one finger-width at a time, for spots that ache or send pain into your teeth or eyebrow.',
      'Press a tender spot gently in toward the skull until the ache is about 5 to 7 out of 10.',
      'Hold for 30 to 60 seconds while you breathe slowly and keep your jaw loose.',
      'Ease off slowly and rest for 20 seconds before the next spot.',
      'Check by opening your mouth gently: it may open a little further, and your upper teeth may feel less tender.',
    ],
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'A dull ache in the temple or teeth that fades while you hold, and the muscle feels softer. Not sharp, not throbbing.',
    stopIf: [
      'The pain turns sharp.',
      'You feel a strong pulse under your fingers: move off the artery.',
      'Your jaw joint hurts or your jaw catches or locks.',
      'You feel dizzy or your sight changes.',
      'The headache gets worse.',
    ],
  },
  stretch: {
    position: 'Sitting upright with your back supported and your head level.',
    steps: [
      'Let your tongue rest on the roof of your mouth behind your front teeth.',
      'Open your mouth slowly, as wide as is comfortable, keeping your jaw moving straight down.',
      'If it feels fine, rest two fingers on your lower front teeth and add a very light downward pull.',
      'Hold for 30 seconds.',
      'Close your mouth slowly.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing: 'Breathe slowly through your nose while the mouth is open.',
    feel: 'A gentle stretch in the temple and in front of the ear.',
    avoid: [
      'Forcing the jaw open.',
      'Carrying on if the jaw joint clicks painfully, catches or locks.',
      'Pulling the jaw to one side.',
    ],
  },
  selfCare: [
    'Check yourself for clenching during the day: lips together, teeth apart, tongue resting on the roof of the mouth.',
    'Lay a warm, damp cloth over the temple for 10 to 15 minutes before you press or stretch.',
    'While the area is sore, skip chewing gum, ice and very hard or chewy food.',
    'If you grind or clench at night, ask your dentist about a night guard.',
    'Keep cold draughts from a fan or air conditioning off the side of your head.',
  ],
  perpetuatingFactors: [
    'Clenching or grinding your teeth, by day or in your sleep.',
    'Chewing gum for long spells.',
    'Holding your head forward in front of your shoulders.',
    'Keeping your mouth wide open for a long time, as in long dental work.',
    'A blow to the side of the head.',
    'Cold air blowing on the side of the head.',
    'Trigger points in the upper trapezius or the sternocleidomastoid, which can set off trouble in this muscle.',
  ],
  precautions: [
    'Feel for the pulse at the front of the temple (the temporal artery) and press beside it, not on it.',
    'If you are over 50 and have a new headache at the temple, a tender scalp, jaw pain when chewing or any change in your sight, see a doctor the same day: an inflamed artery can cause this and needs urgent treatment.',
    'Tooth pain with swelling, fever, or a tooth that hurts sharply when tapped needs a dentist; do not assume it is referred pain.',
    'If your jaw locks or clicks with pain, see a dentist or doctor before you stretch it.',
  ],
  redFlags: ['temple-pain-over-50', 'dental-infection'],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter 9, Temporalis Muscle' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the temporalis muscle' },
    { source: 'davies-2013', chapter: 'Chapter 4, Head and Neck Pain' },
  ],
};
