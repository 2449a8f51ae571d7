import type { Muscle } from '../../src/domain/atlas.ts';

export const lateralPterygoid: Muscle = {
  id: 'lateral-pterygoid',
  name: 'Lateral pterygoid',
  aliases: ['external pterygoid', 'pterygoideus lateralis', 'lateral pterygoid muscle', 'LPM'],
  group: 'head-neck',
  anatomy: {
    origin:
      'Two divisions from the base of the skull deep behind the cheekbone: the upper one from the underside of the great wing of the sphenoid bone, the lower one from the outer face of the thin bony plate behind the upper jaw (lateral pterygoid plate).',
    insertion:
      'The neck of the jaw just below the jaw joint (condyle of the mandible); part of the upper division also attaches to the joint capsule and the small disc inside the jaw joint.',
    action:
      'Pulls the jaw forward and helps open the mouth; one side moves the jaw toward the other side, as in grinding food; the upper division steadies the jaw joint and its disc when you bite.',
    innervation:
      'The lateral pterygoid nerve, from the lower jaw branch of the trigeminal nerve (mandibular division, V3).',
  },
  triggerPoints: [
    {
      id: 'lateral-pterygoid-tp',
      name: 'Lateral pterygoid TrPs (upper and lower divisions)',
      location:
        'Deep in the hollow just in front of your jaw joint, under the cheekbone arch. Open your mouth a little: the hollow between the jaw joint and the front edge of the jawbone gets deeper, and you press through it toward the muscle.',
      region: 'jaw',
      placement: {
        from: 'tmj',
        to: 'zygomatic-arch',
        t: 0.5,
        offset: [0, -0.014, 0],
        facing: 'outside',
      },
      depth: 'deep',
      depthNote:
        'It lies deep behind the cheekbone arch, under the masseter and the notch at the top of the lower jaw. From outside you press through the masseter with the mouth a little open; only a small part of the muscle can be reached at all.',
      referral: {
        essential: [{ region: 'jaw' }, { region: 'cheek' }],
        spillover: [],
      },
      symptoms: [
        'A deep ache in the jaw joint, in front of the ear.',
        'Pain over the upper jawbone in the cheek that can feel like sinus pain.',
        'Pain when chewing that gets worse the harder you chew.',
        'Clicking in the jaw joint, or a bite that feels slightly off.',
        'Ringing in the ear on the same side (tinnitus) in some people.',
      ],
      complaints: [
        'TMJ pain',
        'jaw clicking',
        'sinus-like cheek pain',
        'pain when chewing',
        'tinnitus',
      ],
    },
  ],
  pressure: {
    position: 'Sitting at a table with your elbows resting on it.',
    tool: 'The pad of your index or middle finger.',
    direction:
      'Straight in from the side of the face, through the hollow in front of the jaw joint, aiming slightly upward toward the underside of the cheekbone arch.',
    steps: [
      'Sit at a table and rest your elbows on it.',
      'Put a fingertip just in front of the small flap at the front of your ear and open and close your mouth to feel the jaw joint move.',
      'Slide your finger forward one finger-width, just below the cheekbone arch.',
      'Open your mouth about a finger-width and keep it there, so the hollow under your finger gets deeper.',
      'Press gently straight in, aiming slightly upward, until you feel a deep ache of about 3 to 5 out of 10.',
      'Hold for 20 to 40 seconds while you breathe slowly through your nose.',
      'Ease off slowly, close your mouth and rest for 20 seconds.',
      'Check by opening your mouth slowly in a straight line: the joint may feel easier and click less.',
    ],
    pressure: { min: 3, max: 5 },
    holdSeconds: { min: 20, max: 40 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'A deep, dull ache in front of the ear or in the cheek that fades slowly while you hold. Not sharp, not throbbing, no tingling.',
    stopIf: [
      'The pain turns sharp or electric.',
      'Your jaw catches, locks or will not close comfortably.',
      'You feel numbness or tingling in your cheek, lip or tongue.',
      'You feel a pulse under your fingertip: move off it.',
      'The ringing in your ear gets louder and stays louder after you stop.',
    ],
  },
  stretch: {
    position: 'Sitting upright with your back supported and your head level.',
    steps: [
      'Rest the tip of your tongue on the roof of your mouth, just behind your front teeth.',
      'Let your teeth part very slightly.',
      'Slide your lower jaw gently straight back, as if tucking your chin in, without clenching.',
      'Hold for 10 seconds.',
      'Let the jaw come back to rest.',
      'Keeping your tongue on the roof of your mouth, open and close your mouth slowly five times, in a straight line.',
      'Repeat the whole sequence three times.',
    ],
    holdSeconds: 10,
    repetitions: 3,
    breathing: 'Breathe slowly through your nose throughout.',
    feel: 'A light, deep pull in front of the ear, and a jaw that moves more smoothly.',
    avoid: [
      'Forcing the jaw back or open.',
      'Jutting the jaw forward or to one side.',
      'Carrying on if the joint clicks painfully, catches or locks.',
    ],
  },
  selfCare: [
    'Check yourself for clenching during the day: lips together, teeth apart, tongue resting on the roof of the mouth.',
    'Lay a warm, damp cloth over the side of the face for 10 to 15 minutes before you press or stretch.',
    'While the jaw is sore, choose soft food and skip chewing gum and hard or chewy food.',
    'Chew on both sides of your mouth instead of favouring one side.',
    'Avoid pushing your jaw forward for long spells, for example when playing a wind instrument or holding a phone under your chin.',
    'If you clench or grind at night, ask your dentist about a night guard.',
  ],
  perpetuatingFactors: [
    'Clenching or grinding your teeth, especially in your sleep.',
    'Chewing gum, biting your nails or sucking your thumb.',
    'Holding the jaw forward, as when playing a wind instrument or the violin.',
    'A bite that does not meet evenly.',
    'Holding your head forward in front of your shoulders.',
    'Stress and long spells of tense concentration.',
    'Trigger points in the masseter, the temporalis or the sternocleidomastoid.',
  ],
  precautions: [
    'If your jaw clicks with pain, catches or locks, see a dentist or doctor before you press or stretch it.',
    'Toothache with swelling, fever or a tooth that hurts sharply when tapped needs a dentist; do not assume it is referred pain.',
    'Pressing inside the mouth behind the upper back teeth is best left to a trained therapist; if you do try it, use a clean disposable glove and very light pressure.',
    'Face pain with fever, a thick or bloody discharge from the nose, or swelling of the cheek needs a doctor: it may be a sinus infection.',
    'Sudden, stabbing, electric pain in the face that comes in bursts needs a doctor to check it; do not press on it.',
    'Jaw pain that comes on with effort or with chest pressure, breathlessness or sweating can come from the heart: call emergency services.',
  ],
  redFlags: ['heart-attack', 'dental-infection'],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter 11, Lateral Pterygoid Muscle' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the lateral pterygoid muscle' },
    { source: 'davies-2013', chapter: 'Chapter 4, Head and Neck Pain' },
  ],
};
