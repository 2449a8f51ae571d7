import type { Muscle } from '../../src/domain/atlas.ts';

export const medialPterygoid: Muscle = {
  id: 'medial-pterygoid',
  name: 'Medial pterygoid',
  aliases: ['internal pterygoid', 'pterygoideus medialis', 'medial pterygoid muscle', 'MPM'],
  group: 'head-neck',
  anatomy: {
    origin:
      'The inner face of the thin bony plate behind the upper jaw (lateral pterygoid plate) and the small bumps of the palate and upper jaw next to it (pyramidal process of the palatine bone, maxillary tuberosity).',
    insertion:
      'The inner face of the corner of the lower jaw (angle and ramus of the mandible), opposite the masseter on the outside.',
    action:
      'Lifts the lower jaw to close the mouth, helps push the jaw forward, and one side moves the jaw toward the other side, as in grinding food.',
    innervation:
      'The medial pterygoid nerve, from the lower jaw branch of the trigeminal nerve (mandibular division, V3).',
  },
  triggerPoints: [
    {
      id: 'medial-pterygoid-tp',
      name: 'Medial pterygoid TrP',
      location:
        'On the inner side of the corner of your jaw. Find the bony corner below your ear lobe, tip your head slightly toward the sore side so the neck goes soft, and curl a fingertip up and under the jawbone, just in front of the corner, onto its inner face.',
      region: 'jaw',
      placement: {
        from: 'mandible-angle',
        offset: [0.004, -0.004, 0.008],
        facing: 'outside',
      },
      depth: 'deep',
      depthNote:
        'It lies on the inner side of the jawbone, so you cannot press straight through to it: you hook your fingertip under the lower edge of the jaw and press up and outward against the inside of the bone.',
      referral: {
        essential: [{ region: 'throat' }, { region: 'jaw' }, { region: 'ear' }],
        spillover: [],
      },
      symptoms: [
        'A vague, hard-to-place ache at the back of the mouth, the tongue and the throat.',
        'Pain below and behind the jaw joint, and deep in the ear.',
        'A sore throat or pain when you swallow.',
        'A jaw that will not open fully, and pain on opening wide or clenching.',
        'A feeling of fullness or stuffiness in the ear on the same side.',
      ],
      complaints: [
        'sore throat when swallowing',
        'earache',
        'TMJ pain',
        'jaw that will not open fully',
        'stuffy ear',
      ],
    },
  ],
  pressure: {
    position:
      'Sitting, with your head tipped slightly toward the sore side so the neck and jaw go soft.',
    tool: 'The pad of your index or middle finger.',
    direction:
      'Up and outward against the inner face of the jawbone, from under the jaw; never straight into the side of the neck.',
    steps: [
      'Sit and tip your head slightly toward the sore side.',
      'Find the bony corner of your jaw below your ear lobe with the fingers of the same-side hand.',
      'Move your fingertip a little forward of the corner and curl it up and under the lower edge of the jawbone. Keep it against the inside of the bone, never pushed into the side of the neck behind and below it, where the pulse is.',
      'Let your teeth part slightly and relax your jaw.',
      'Press gently up and outward against the inside of the bone until you feel a deep ache of about 3 to 5 out of 10.',
      'Hold for 20 to 40 seconds while you breathe slowly.',
      'Ease off slowly and rest for 20 seconds.',
      'Check by swallowing and by opening your mouth slowly: both may feel easier.',
    ],
    pressure: { min: 3, max: 5 },
    holdSeconds: { min: 20, max: 40 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'A deep ache under the jaw, or in the throat or ear, that fades while you hold. Not sharp, not throbbing, no tingling.',
    stopIf: [
      'You feel a pulse under your fingertip: move off it.',
      'You feel a firm, tender lump that is not muscle, such as a swollen gland.',
      'You feel dizzy, sick or faint.',
      'The pain turns sharp, or you feel numbness or tingling in your tongue, lip or chin.',
      'You start to gag or cough.',
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
    feel: 'A gentle stretch deep inside the angle of the jaw and toward the back of the mouth.',
    avoid: [
      'Forcing the jaw open.',
      'Carrying on if the jaw joint clicks painfully, catches or locks.',
      'Pulling the jaw to one side.',
    ],
  },
  selfCare: [
    'Check yourself for clenching during the day: lips together, teeth apart, tongue resting on the roof of the mouth.',
    'Lay a warm, damp cloth under the angle of the jaw for 10 to 15 minutes before you press or stretch.',
    'While the jaw is sore, choose soft food and skip chewing gum and hard or chewy food.',
    'Chew on both sides of your mouth instead of favouring one side.',
    'If you clench or grind at night, ask your dentist about a night guard.',
  ],
  perpetuatingFactors: [
    'Clenching or grinding your teeth, by day or in your sleep.',
    'Chewing gum for long spells.',
    'A bite that does not meet evenly, or dentures that do not fit well.',
    'Holding your head forward in front of your shoulders.',
    'Stress and long spells of tense concentration.',
    'Trigger points in the lateral pterygoid or the masseter.',
  ],
  precautions: [
    'Keep your fingertip under the jawbone and pressing against the bone; keep off the pulse in the side of the neck just behind and below it.',
    'If your jaw clicks with pain, catches or locks, see a dentist or doctor before you press or stretch it.',
    'A sore throat with fever, swollen glands, white patches, or trouble breathing or swallowing saliva needs a doctor.',
    'A sore throat or hoarseness that lasts more than three weeks, or a lump in the neck, needs a doctor to check it.',
    'Pressing inside the mouth, behind the last lower back tooth, is best left to a trained therapist; if you do try it, use a clean disposable glove and expect to gag.',
    'Leave the area alone for a few weeks after a wisdom tooth removal or jaw surgery, unless your dentist or surgeon agrees.',
    'Jaw or throat pain that comes on with effort or with chest pressure, breathlessness or sweating can come from the heart: call emergency services.',
  ],
  redFlags: ['heart-attack', 'dental-infection'],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter 10, Medial Pterygoid Muscle' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the medial pterygoid muscle' },
    { source: 'davies-2013', chapter: 'Chapter 4, Head and Neck Pain' },
  ],
};
