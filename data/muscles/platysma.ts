import type { Muscle } from '../../src/domain/atlas.ts';

export const platysma: Muscle = {
  id: 'platysma',
  name: 'Platysma',
  aliases: ['platysma muscle', 'platysma myoides', 'neck skin muscle'],
  group: 'head-neck',
  anatomy: {
    origin:
      'The layer just under the skin over the top of the chest and the front of the shoulder (fascia over the upper pectoralis major and deltoid), below the collarbone.',
    insertion:
      'The lower edge of the jaw, the skin of the lower face and the muscles at the corner of the mouth and the lower lip.',
    action:
      'Tightens the skin of the neck into ridges, pulls the corners of the mouth and the lower lip down, and helps open the jaw wide, as in a grimace of strain or fright.',
    innervation: 'The neck branch of the facial nerve (cervical branch of cranial nerve VII).',
  },
  triggerPoints: [
    {
      id: 'platysma-neck',
      name: 'Platysma TrP over the sternocleidomastoid',
      location:
        'Low on the side of the neck, two or three finger-widths above the collarbone, in the thin sheet just under the skin over the cord of the large neck muscle (sternocleidomastoid). Pull the corners of your mouth down hard to see and feel the sheet tighten into ridges, then relax and pinch up the skin there.',
      region: 'throat',
      placement: {
        from: 'mastoid',
        to: 'sternal-notch',
        t: 0.8,
        offset: [0.02, 0, 0],
        facing: 'front',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'jaw' }],
        spillover: [{ region: 'cheek' }],
      },
      symptoms: [
        'A prickling, pins-and-needles kind of pain in the skin over the lower jaw and chin.',
        'Prickling that can spread up over the lower cheek.',
      ],
      complaints: ['prickling pain in the jaw', 'face pain', 'jaw pain'],
    },
    {
      id: 'platysma-clavicle',
      name: 'Platysma TrP over the collarbone',
      location:
        'In the thin sheet just under the skin on or just above the middle part of the collarbone. Pull the corners of your mouth down hard to feel the sheet tighten, then relax and pinch up the skin there.',
      region: 'chest',
      placement: {
        from: 'clavicle-mid',
        offset: [-0.01, 0.005, -0.03],
        facing: 'front',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'chest' }],
        spillover: [],
      },
      symptoms: ['A hot, prickling pain in the skin across the front of the chest.'],
      complaints: ['prickling chest pain', 'chest skin pain'],
    },
  ],
  pressure: {
    position: 'Sitting upright with your head level and your neck relaxed.',
    tool: 'Your thumb and index finger, in a light pinch.',
    direction:
      'Lift the skin and thin muscle gently away from the neck between thumb and finger; never press inward into the neck.',
    steps: [
      'Sit upright and let your shoulders drop.',
      'Pull the corners of your mouth down once to feel the thin sheet tighten over the front and side of your neck, then relax.',
      'Pinch up a fold of skin and thin muscle low on the side of the neck, two or three finger-widths above the collarbone, and lift it away from the neck; never press into the neck, where the large blood vessels run.',
      'Roll the fold slowly between your thumb and finger, moving along it, looking for a spot that stings or sends prickling toward your jaw or chest.',
      'Hold that fold with a light squeeze, about 3 to 5 out of 10.',
      'Hold for 20 to 30 seconds while you breathe slowly.',
      'Let go slowly and rest for 20 seconds.',
      'Do the same along the collarbone for the lower spot.',
      'Check by pulling the corners of your mouth down again: the prickling should not be stronger.',
    ],
    pressure: { min: 3, max: 5 },
    holdSeconds: { min: 20, max: 30 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'A stinging or prickling that settles while you hold, and the skin feels looser. Not sharp, no numbness.',
    stopIf: [
      'You feel a pulse under your fingers: let go and take a new grip nearer the skin.',
      'You feel dizzy, sick or faint.',
      'You feel numbness or tingling in your arm or hand.',
      'You feel a firm lump that is not part of the skin fold.',
    ],
  },
  stretch: {
    position: 'Sitting tall on a firm chair, looking straight ahead.',
    steps: [
      'Close your lips and rest your tongue on the roof of your mouth.',
      'Lift your chin slowly until you look slightly upward, only as far as is comfortable; skip this if looking up has ever made you dizzy.',
      'Slide your lower jaw a little forward.',
      'Draw the corners of your mouth up and back into a closed-lip smile.',
      'Hold for 20 seconds.',
      'Let go of the smile, bring your jaw back, then lower your chin slowly.',
      'Repeat three times.',
    ],
    holdSeconds: 20,
    repetitions: 3,
    breathing: 'Breathe slowly through your nose.',
    feel: 'A light pull over the front of the neck, from the jaw down toward the collarbone.',
    avoid: [
      'Dropping your head far back.',
      'Carrying on if you feel dizzy, or if your sight changes.',
      'Carrying on if the jaw joint clicks painfully or catches.',
    ],
  },
  selfCare: [
    'Notice when you pull the corners of your mouth down or tense your neck with strain or worry, and let your face go slack.',
    'Lay a warm, damp cloth over the side of the neck for 10 minutes before you work on it.',
    'Look after the neck muscles too: this sheet often flares with trouble in the sternocleidomastoid and the scalene muscles.',
  ],
  perpetuatingFactors: [
    'Grimacing or pulling the mouth down with effort, strain or anxiety.',
    'Trigger points in the sternocleidomastoid or the scalene muscles, which lie under this sheet.',
    'Holding your head forward in front of your shoulders.',
  ],
  precautions: [
    'Only pinch and lift the skin and thin muscle; never press into the front or side of the neck, where the large blood vessels run.',
    'Work on one side at a time.',
    'Chest pain, pressure or tightness, especially with breathlessness, sweating or pain spreading to the arm or jaw, can come from the heart: call emergency services.',
    'A lump in the neck, a swelling at the front of the neck or trouble swallowing needs a doctor to check it.',
    'A burning, prickling rash or blisters on the neck or chest can be shingles: see a doctor.',
    'Numbness or tingling in the face that does not go away, or weakness of the face, needs a doctor.',
  ],
  redFlags: ['heart-attack', 'stroke-signs'],
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
