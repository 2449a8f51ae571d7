import type { Muscle } from '../../src/domain/atlas.ts';

export const sternalis: Muscle = {
  id: 'sternalis',
  name: 'Sternalis',
  aliases: ['sternalis muscle', 'rectus sterni', 'episternalis'],
  group: 'trunk',
  anatomy: {
    origin:
      'Varies from person to person: usually the upper breastbone or the lower end of the neck muscle that attaches there (sternocleidomastoid), or the chest muscle next to it.',
    insertion:
      'Varies: the cartilages of the lower ribs, the sheath of the belly muscle (rectus abdominis) or the lower edge of the chest muscle.',
    action:
      'No clear action is known. It is an extra muscle that only some people have, lying over the breastbone on one side or both.',
    innervation:
      'Varies: branches of the pectoral nerves or of the nerves between the ribs (intercostal nerves).',
  },
  triggerPoints: [
    {
      id: 'sternalis-tp',
      name: 'Sternalis TrPs',
      location:
        'On the front of the breastbone, just to one side of the middle line, most often around the middle of the breastbone. Press along the bone from top to bottom with your fingertips to find a small, very tender spot.',
      region: 'sternum',
      placement: {
        from: 'sternal-notch',
        to: 'xiphoid',
        t: 0.45,
        offset: [0.012, 0, 0.02],
        facing: 'front',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'sternum', side: 'both' }],
        spillover: [
          { region: 'chest' },
          { region: 'shoulder-front' },
          { region: 'upper-arm-front' },
        ],
      },
      symptoms: [
        'A deep, intense ache over and behind the breastbone that can feel like heart pain.',
        'The ache can spread over the upper chest and the front of the shoulder on one side.',
        'At times pain runs down the inner side of the upper arm toward the elbow.',
      ],
      complaints: ['breastbone pain', 'chest pain', 'inner arm pain'],
    },
  ],
  pressure: {
    position: 'Sitting with your back supported, or lying on your back.',
    tool: 'The pads of two fingers, or the flat of a bent knuckle.',
    direction: 'Straight in toward the breastbone.',
    steps: [
      'Sit back or lie down so your chest is relaxed.',
      'Place your finger pads at the top of your breastbone, just to one side of the middle.',
      'Press lightly and move down the bone a finger-width at a time until you find a tender spot.',
      'Press until the ache is about 4 to 6 out of 10.',
      'Hold for 30 to 60 seconds while you breathe slowly.',
      'Let go and rest for 30 seconds.',
      'Check along the other side of the breastbone in the same way.',
    ],
    pressure: { min: 4, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 30,
    releaseFeel:
      'A small, tender spot under the fingers that fades to a dull ache as you hold, and the deep ache behind the breastbone eases. Not sharp, not spreading.',
    stopIf: [
      'You feel chest pressure, breathlessness, sweating, sickness or light-headedness: stop and call emergency services.',
      'Pressing on the bone itself hurts sharply.',
      'The pain spreads or grows instead of easing.',
    ],
  },
  stretch: {
    position:
      'Sitting or standing tall. This muscle has no practical stretch; this gentle movement opens the front of the chest around it.',
    steps: [
      'Clasp your hands loosely behind your lower back.',
      'Breathe in slowly and lift your breastbone up and forward.',
      'Let your shoulders draw gently back.',
      'Hold for 15 seconds.',
      'Breathe out and relax.',
      'Repeat three times.',
    ],
    holdSeconds: 15,
    repetitions: 3,
    breathing: 'Breathe in deeply as you lift the breastbone and slowly out as you relax.',
    feel: 'A gentle opening across the front of the chest.',
    avoid: ['Arching your lower back.', 'Tipping your head back.', 'Forcing the shoulders back.'],
  },
  selfCare: [
    'Lay a warm pack over the breastbone for 15 minutes before the pressure.',
    'Work the chest muscle beside it (pectoralis major) and the neck muscle that attaches to the top of the breastbone (sternocleidomastoid) too: their trigger points often come with this one.',
    'Sit tall so your chest is not sunken for long spells.',
  ],
  perpetuatingFactors: [
    'Trigger points in the neck muscle that attaches to the top of the breastbone (sternocleidomastoid) or in the chest muscle.',
    'A blow to the chest.',
    'A heart attack or heart pain: trigger points here can start with it and stay after it.',
  ],
  precautions: [
    'Pain over or behind the breastbone may be your heart. Chest pain, pressure or tightness, above all with breathlessness, sweating, feeling sick, light-headedness, or pain spreading to the arm, neck, jaw or back, needs emergency care: call emergency services now and do not press on it.',
    'Have any new pain behind the breastbone checked by a doctor before you treat it as a muscle.',
    'Do not press on the breastbone after a blow to the chest, a car accident or chest surgery, or if you have thin bones (osteoporosis).',
    'Keep pressure off a pacemaker, a port under the skin or a surgical scar on the chest.',
    'Heartburn, pain on swallowing or pain after meals behind the breastbone is not a muscle problem: see a doctor.',
  ],
  redFlags: ['heart-attack', 'injury'],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter on the sternalis muscle' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the sternalis muscle' },
    { source: 'davies-2013', chapter: 'Section on the sternalis' },
  ],
};
