import type { Muscle } from '../../src/domain/atlas.ts';

export const flexorCarpiUlnaris: Muscle = {
  id: 'flexor-carpi-ulnaris',
  name: 'Flexor carpi ulnaris',
  aliases: ['FCU', 'ulnar wrist flexor'],
  group: 'arm-hand',
  anatomy: {
    origin:
      'Two heads: one from the bony bump on the inside of the elbow (medial epicondyle of the humerus) through the shared flexor tendon; the other from the inner edge of the point of the elbow (olecranon) and the upper two-thirds of the back edge of the forearm bone on the little-finger side (ulna).',
    insertion:
      'The small round bone at the little-finger side of the wrist crease (pisiform), and through it the hook of the hamate and the base of the hand bone behind the little finger (fifth metacarpal).',
    action:
      'Bends the wrist forward and tips the hand toward the little-finger side; it steadies the wrist when you grip or swing a tool.',
    innervation: 'The ulnar nerve (mainly from C8 and T1).',
  },
  triggerPoints: [
    {
      id: 'flexor-carpi-ulnaris-tp1',
      name: 'Flexor carpi ulnaris TrP',
      location:
        'Along the little-finger edge of the front of your forearm, about a third of the way down from the elbow to the wrist. Bend your wrist forward and toward the little-finger side against your other hand: the muscle tightens along that edge.',
      region: 'forearm-front',
      placement: {
        from: 'medial-epicondyle',
        to: 'ulnar-styloid',
        t: 0.3,
        offset: [0, 0, 0.01],
        facing: 'inside',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'wrist-front' }],
        spillover: [{ region: 'forearm-front' }, { region: 'palm' }],
      },
      symptoms: [
        'An ache in the palm side of the wrist, on the little-finger side.',
        'The ache can spread a short way up the forearm and into the heel of the hand on the little-finger side.',
        'Bending or gripping with the wrist turned toward the little finger hurts.',
      ],
      complaints: ['wrist pain on the little-finger side', 'pain gripping', "golfer's elbow"],
    },
  ],
  pressure: {
    position: 'Sitting at a table with your forearm resting on it, palm up.',
    tool: 'The thumb or the fingertips of your other hand.',
    direction: 'Into the little-finger edge of the forearm, toward the middle of the forearm.',
    steps: [
      'Rest your forearm on the table, palm up, with the hand relaxed.',
      'Place the thumb of your other hand on the little-finger edge of the forearm, a third of the way down from the elbow. Stay at least three finger-widths below the bony bump on the inside of the elbow.',
      'Slide the thumb slowly along the edge until you find a tender spot that sends an ache toward the wrist.',
      'Press in until the discomfort is about 5 to 7 out of 10.',
      'Hold for 30 to 60 seconds while you breathe slowly.',
      'Lift your thumb off and rest for 20 seconds.',
      'Repeat twice more.',
      'Check by bending the wrist forward and toward the little finger: it should ache less.',
    ],
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'The tender band softens and the ache at the wrist eases while you hold. A strong, aching pressure is fine; no sharp pain, no burning, no tingling.',
    stopIf: [
      'You feel tingling or an electric feeling in your ring or little finger: the ulnar nerve is close. Move away.',
      'The pain turns sharp or burning.',
      'The ache at the wrist grows instead of easing.',
    ],
  },
  stretch: {
    position: 'Standing or sitting, with the arm straight in front of you.',
    steps: [
      'Hold the arm on the sore side straight out in front of you, palm facing up.',
      'Take hold of the palm and fingers with your other hand.',
      'Gently bend the wrist back toward the floor.',
      'Tip the hand a little toward the thumb side to aim the stretch at the little-finger side of the forearm.',
      'Hold for 30 seconds.',
      'Let go slowly.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing: 'Breathe out as you bend the wrist back, then breathe slowly while you hold.',
    feel: 'A gentle pull along the little-finger side of the front of the forearm.',
    avoid: [
      'Tingling in the ring or little finger: ease off at once.',
      'Sharp pain in the wrist joint.',
      'Locking the elbow hard.',
    ],
  },
  selfCare: [
    'Warm the forearm with a warm pack or in warm water for 10 to 15 minutes before the pressure or the stretch.',
    'Keep your wrist straight when you grip, rather than bent toward the little finger.',
    'Do not rest the inside of your elbow or the little-finger edge of your forearm on a hard desk edge or armrest for long.',
    'Use tools with thicker, padded handles and take short breaks from gripping.',
    'Cut down on vibrating tools, or wear padded gloves when you use them.',
  ],
  perpetuatingFactors: [
    'Holding a tight grip for a long time, as on ski poles, handlebars or a steering wheel.',
    'Heavy or vibrating tools, such as saws, drills and hammers.',
    'Sitting with the hands cupped tightly over the ends of the armrests.',
    'Repeated bending of the wrist toward the little finger under load.',
  ],
  precautions: [
    'Keep off the groove behind the bony bump on the inside of your elbow: the ulnar nerve (your "funny bone") runs there and then passes under this muscle. If pressing sends tingling into your ring and little fingers, move away.',
    'Do not press hard at the little-finger side of the wrist crease: the ulnar nerve and artery pass there. Work higher up, in the fleshy part of the forearm.',
    'Numbness, tingling or weakness in the ring and little fingers, or a hand that grows clumsy, needs a doctor to check the ulnar nerve.',
    'Numbness or tingling in your thumb, index and middle fingers, especially if it wakes you at night, may be a pinched nerve at the wrist (carpal tunnel syndrome): see a doctor before treating it yourself.',
  ],
  sources: [
    {
      source: 'simons-travell-simons-1999-v1',
      chapter: 'Chapter on the hand and finger flexors in the forearm',
    },
    {
      source: 'travell-simons-1983-v1',
      chapter: 'Chapter on the hand and finger flexors in the forearm',
    },
    { source: 'davies-2013', chapter: 'Chapter 6, Elbow, Forearm, and Hand Pain' },
  ],
};
