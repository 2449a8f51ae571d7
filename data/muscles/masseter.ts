import type { Muscle } from '../../src/domain/atlas.ts';

export const masseter: Muscle = {
  id: 'masseter',
  name: 'Masseter',
  aliases: [
    'masseter muscle',
    'chewing muscle',
    'jaw muscle',
    'masseter superficial layer',
    'masseter deep layer',
  ],
  group: 'head-neck',
  anatomy: {
    origin:
      'The lower edge of the cheekbone and the cheekbone arch (zygomatic bone and zygomatic arch): the thick outer layer from the front two thirds of the arch, the thinner deep layer from its back part and inner side.',
    insertion:
      'The outer face of the upright back part of the lower jaw (ramus), down to its corner (angle); the deep layer attaches higher up, near the jaw joint.',
    action:
      'Lifts the lower jaw to close the mouth and clench the teeth; it gives most of the force you bite and chew with.',
    innervation:
      'The masseteric nerve, from the lower jaw branch of the trigeminal nerve (mandibular division, V3).',
  },
  triggerPoints: [
    {
      id: 'masseter-superficial-upper',
      name: 'Superficial layer, upper part',
      location:
        'Just under the cheekbone arch, toward the front of the muscle. Clench your teeth to feel the muscle bulge in front of your ear, then relax and feel along its top edge, one finger-width below the bony arch.',
      region: 'cheek',
      placement: {
        from: 'zygomatic-arch',
        offset: [0, -0.012, -0.006],
        facing: 'outside',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'cheek' }, { region: 'teeth' }],
        spillover: [],
      },
      symptoms: [
        'An ache in the upper back teeth (premolars and molars) and the gum around them.',
        'Pain over the upper jawbone under the eye that can feel like a blocked sinus.',
        'Upper back teeth that feel sensitive to biting, tapping, hot or cold.',
      ],
      complaints: [
        'toothache with no dental cause found',
        'sinus-like cheek pain',
        'teeth sensitive to hot and cold',
        'jaw that will not open fully',
      ],
    },
    {
      id: 'masseter-superficial-mid',
      name: 'Superficial layer, mid-belly',
      location:
        'In the middle of the muscle, halfway between the cheekbone arch and the lower edge of the jaw. Clench to find the thickest part of the bulge, relax, and search it with your fingertips.',
      region: 'jaw',
      placement: {
        from: 'zygomatic-arch',
        to: 'mandible-angle',
        t: 0.55,
        offset: [0, -0.005, 0.012],
        facing: 'outside',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'teeth' }, { region: 'jaw' }],
        spillover: [],
      },
      symptoms: [
        'An ache in the lower back teeth on the same side.',
        'Pain along the body of the lower jaw.',
        'Lower back teeth that feel sensitive to biting, hot or cold.',
      ],
      complaints: [
        'toothache with no dental cause found',
        'jaw pain',
        'teeth sensitive to hot and cold',
        'jaw that will not open fully',
      ],
    },
    {
      id: 'masseter-superficial-lower',
      name: 'Superficial layer, lower part',
      location:
        'Low in the muscle, just above and in front of the corner of your jaw. Feel for the bony corner below your ear lobe, then move a finger-width up and forward onto the muscle.',
      region: 'jaw',
      placement: {
        from: 'mandible-angle',
        offset: [0.01, 0.008, 0.014],
        facing: 'outside',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'eye' }, { region: 'jaw' }],
        spillover: [],
      },
      symptoms: [
        'Pain along the lower jaw.',
        'An ache that arches over the eyebrow on the same side.',
      ],
      complaints: [
        'jaw pain',
        'eyebrow pain',
        'headache over the eye',
        'jaw that will not open fully',
      ],
    },
    {
      id: 'masseter-deep',
      name: 'Deep layer',
      location:
        'High at the back of the muscle, just in front of the jaw joint and just below the cheekbone arch. Put a fingertip in front of the small flap at the front of your ear, open and close your mouth to feel the joint move, then slide forward a finger-width onto the muscle.',
      region: 'jaw',
      placement: {
        from: 'tmj',
        offset: [0, -0.008, 0.008],
        facing: 'outside',
      },
      depth: 'deep',
      depthNote:
        'It lies under the back part of the thick outer layer, close to the jaw joint. Press slowly through the outer layer with the jaw relaxed and the teeth slightly apart.',
      referral: {
        essential: [{ region: 'ear' }, { region: 'jaw' }],
        spillover: [{ region: 'cheek' }],
      },
      symptoms: [
        'A deep ache inside the ear.',
        'Pain in the jaw joint area, in front of the ear.',
        'A low roaring or ringing in the ear on the same side (tinnitus), which may come and go.',
        'A vague ache in the middle of the cheek.',
      ],
      complaints: ['earache', 'tinnitus', 'TMJ pain', 'jaw joint pain'],
    },
  ],
  pressure: {
    position: 'Sitting at a table with your elbows resting on it, or lying on your back.',
    tool: 'The pads of two or three fingers. For a pinch grip, your thumb inside the cheek in a clean disposable glove.',
    direction:
      'Straight in toward the jawbone from the side of the face; in a pinch, squeeze thumb (inside) and fingers (outside) toward each other.',
    steps: [
      'Sit with your elbows on a table, or lie on your back, so your arms do not have to hold themselves up.',
      'Let your jaw hang loose so your teeth are slightly apart.',
      'Clench your teeth once to feel the muscle bulge in front of your ear, then relax your jaw again.',
      'Place the pads of your fingers on the muscle just below the cheekbone arch.',
      'Work down the muscle one finger-width at a time, to just above the corner of the jaw, looking for spots that ache or send pain into your teeth, eyebrow or ear.',
      'Press a tender spot straight in toward the bone until the ache is about 4 to 6 out of 10.',
      'Hold for 30 to 60 seconds while you breathe slowly and keep your jaw loose.',
      'Ease off slowly and rest for 20 seconds before the next spot.',
      'For the deep layer, press a finger-width in front of the jaw joint in the same way, keeping off the pulse just in front of the ear.',
      'Check by opening your mouth gently: it may open a little further, and your teeth may feel less tender.',
    ],
    pressure: { min: 4, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'A deep, dull ache in the cheek, teeth or ear that fades while you hold, and the muscle feels softer. Not sharp, not throbbing, no tingling.',
    stopIf: [
      'The pain turns sharp or electric.',
      'Your jaw joint hurts, or your jaw catches or locks.',
      'You feel numbness or tingling in your face.',
      'The ringing in your ear gets louder and stays louder after you stop.',
      'A tooth starts to throb.',
    ],
  },
  stretch: {
    position: 'Sitting upright with your back supported and your head level.',
    steps: [
      'Rest the tip of your tongue on the roof of your mouth, just behind your front teeth.',
      'Open your mouth slowly, as wide as is comfortable, keeping your jaw moving straight down.',
      'If it feels fine, rest two fingers on your lower front teeth and add a very light downward pull.',
      'Hold for 20 to 30 seconds.',
      'Close your mouth slowly.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing: 'Breathe slowly through your nose while your mouth is open.',
    feel: 'A gentle stretch in the cheek in front of the ear and along the side of the jaw.',
    avoid: [
      'Forcing the jaw open.',
      'Carrying on if the jaw joint clicks painfully, catches or locks.',
      'Pulling the jaw to one side.',
      'Yawning widely into the stretch.',
    ],
  },
  selfCare: [
    'Check yourself for clenching during the day: lips together, teeth apart, tongue resting on the roof of the mouth.',
    'Lay a warm, damp cloth over the side of the face for 10 to 15 minutes before you press or stretch.',
    'While the jaw is sore, choose soft food cut into small pieces, and skip chewing gum, ice, nuts and tough bread.',
    'Chew on both sides of your mouth instead of favouring one side.',
    'During long dental visits, ask for short breaks to close your mouth and rest the jaw.',
    'If you clench or grind at night, ask your dentist about a night guard.',
  ],
  perpetuatingFactors: [
    'Clenching or grinding your teeth, by day or in your sleep.',
    'Chewing gum, biting your nails or chewing on pens.',
    'Keeping your mouth wide open for a long time, as in long dental work.',
    'A bite that does not meet evenly, or dentures that do not fit well.',
    'Holding your head forward in front of your shoulders.',
    'Stress, anger or long spells of hard concentration, which make many people set their jaw.',
    'Trigger points in the sternocleidomastoid or the upper trapezius, which can set off trouble in this muscle.',
  ],
  precautions: [
    'If your jaw clicks with pain, catches or locks, see a dentist or doctor before you press or stretch it.',
    'Toothache with swelling, fever, a bad taste, or a tooth that hurts sharply when tapped needs a dentist; do not assume it is referred pain.',
    'Press inside the mouth only with clean hands in a clean disposable glove, and never with long or sharp nails.',
    'Leave the area alone for a few weeks after a tooth extraction, jaw surgery or a broken jaw, unless your dentist or surgeon agrees.',
    'If you are over 50 and your jaw aches more the longer you chew, with a new headache at the temple or any change in your sight, see a doctor the same day.',
    'Jaw pain that comes on with effort or with chest pressure, breathlessness or sweating can come from the heart: call emergency services.',
    'Ringing in the ear with hearing loss, dizziness or discharge from the ear needs a doctor.',
  ],
  redFlags: ['heart-attack', 'temple-pain-over-50', 'dental-infection'],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter 8, Masseter Muscle' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the masseter muscle' },
    { source: 'davies-2013', chapter: 'Chapter 4, Head and Neck Pain' },
  ],
};
