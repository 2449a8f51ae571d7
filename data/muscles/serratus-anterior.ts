import type { Muscle } from '../../src/domain/atlas.ts';

export const serratusAnterior: Muscle = {
  id: 'serratus-anterior',
  name: 'Serratus anterior',
  aliases: ['serratus', "boxer's muscle", 'serratus anterior muscle', 'serratus magnus'],
  group: 'trunk',
  anatomy: {
    origin:
      'Finger-like strips on the outer surfaces of the upper eight or nine ribs, on the side of the chest.',
    insertion:
      'The front (rib side) of the inner border of the shoulder blade, from its top corner to its bottom tip.',
    action:
      'Pulls the shoulder blade forward around the ribs, as in pushing or punching, turns it upward so you can lift the arm overhead, and holds it flat against the chest wall.',
    innervation: 'The long thoracic nerve (C5 to C7).',
  },
  triggerPoints: [
    {
      id: 'serratus-anterior-tp',
      name: 'TrP at the midaxillary line (5th to 6th rib)',
      location:
        'On the side of your chest, in the line straight down from the middle of the armpit, at about the level of the nipple or a little lower, over the fifth or sixth rib. Feel for a tender band lying along the rib.',
      region: 'side-ribs',
      placement: {
        from: 'nipple',
        offset: [0.05, -0.02, -0.1],
        facing: 'outside',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'side-ribs' }, { region: 'between-shoulder-blades' }],
        spillover: [
          { region: 'upper-arm-front' },
          { region: 'elbow-inner' },
          { region: 'forearm-front' },
          { region: 'palm' },
          { region: 'fingers' },
        ],
      },
      symptoms: [
        'An ache on the side of the chest, toward the front, at about the level of the nipple.',
        'An ache at the inner side of the bottom tip of the shoulder blade.',
        'At times pain runs down the inside of the arm to the little-finger side of the palm and the ring and little fingers.',
        'A deep breath hurts, or you feel you cannot take a full breath.',
        'A "stitch in the side" when running, and pain lying on that side.',
      ],
      complaints: [
        'stitch in the side',
        'pain on a deep breath',
        'side of chest pain',
        'pain at the bottom of the shoulder blade',
        'pain lying on that side',
      ],
    },
  ],
  pressure: {
    position:
      'Lying on your back with the arm on the sore side resting out to the side on a pillow, or sitting with that arm resting on a table.',
    tool: 'The pads of the fingers of your other hand. If you need firmer pressure, a soft ball against a wall.',
    direction: 'In toward the middle of the chest, onto the rib, not between the ribs.',
    steps: [
      'Lie on your back and rest the arm on the sore side out on a pillow.',
      'Reach across with your other hand and find the side of your chest below the armpit.',
      'Walk your fingers down to about the level of the nipple and feel along the ribs for a tender band.',
      'Press onto the rib until the ache is about 4 to 6 out of 10.',
      'Hold for 30 to 60 seconds while you breathe slowly.',
      'Let go and rest for 30 seconds.',
      'Move a finger-width up or down to the next rib and repeat.',
      'Check by taking a slow, deep breath: it should come more easily.',
    ],
    pressure: { min: 4, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 30,
    releaseFeel:
      'An ache under the fingers that softens as you hold, and breathing in feels freer. Not sharp, not stabbing.',
    stopIf: [
      'Pressing on a rib gives a sharp, pinpoint pain.',
      'A breath in becomes sharply painful.',
      'You feel sudden breathlessness or chest pressure: stop and call emergency services.',
      'You feel tingling down the arm.',
    ],
  },
  stretch: {
    position:
      'Sitting sideways on a chair with its back beside the sore side, or standing in a doorway.',
    steps: [
      'Reach the arm on the sore side back and hold the chair back or the door frame at about shoulder height.',
      'Draw that shoulder blade back toward the spine.',
      'Turn your chest slowly away from the arm.',
      'Hold for 30 seconds.',
      'Turn back and let go.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing:
      'Breathe in slowly into the side of your chest on the sore side, and let the stretch ease as you breathe out.',
    feel: 'A gentle pull along the side of the chest toward the shoulder blade.',
    avoid: [
      'Jerking the arm back.',
      'A pinching pain in the front of the shoulder: lower the arm a little.',
      'Twisting hard if your ribs are sore to press.',
    ],
  },
  selfCare: [
    'Lay a warm pack on the side of the chest for 15 to 20 minutes before the pressure or the stretch.',
    'Practise slow belly breathing so the side of the chest is not strained with every breath.',
    'Build up push-ups, chin-ups, overhead lifting and long runs slowly.',
    'Sleep on your back or on the other side with a pillow in front of you for the top arm.',
    'When you have a long cough, see a doctor about it: every cough strains this muscle.',
  ],
  perpetuatingFactors: [
    'Running fast or far when not used to it.',
    'Many push-ups, chin-ups or overhead lifts.',
    'Lifting heavy things overhead.',
    'A severe or long-lasting cough.',
    'Anxious, fast breathing.',
  ],
  precautions: [
    'Sudden sharp pain on one side of the chest with breathlessness may be a collapsed lung or a clot in the lung: call emergency services now.',
    'Chest pain, pressure or tightness with sweating, feeling sick or pain spreading to the arm, neck or jaw may be your heart: call emergency services now and do not press or stretch.',
    'Do not press on the ribs after a fall, a blow or a bad cough that hurt them, or if you have thin bones (osteoporosis): a rib may be cracked.',
    'A burning band of pain along the ribs, with or before a blistering rash, may be shingles: see a doctor.',
    'Press on the muscle over the ribs, not into breast tissue. A new lump in the breast or armpit needs a doctor.',
    'Pain with fever, or a cough that brings up blood, needs a doctor.',
  ],
  redFlags: ['heart-attack', 'pulmonary-embolism', 'injury'],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter on the serratus anterior muscle' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the serratus anterior muscle' },
    { source: 'davies-2013', chapter: 'Section on the serratus anterior' },
  ],
};
