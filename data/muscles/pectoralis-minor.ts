import type { Muscle, ReferralPattern } from '../../src/domain/atlas.ts';

/** The manuals draw one pattern for both points of the muscle. */
const PECTORALIS_MINOR_REFERRAL: ReferralPattern = {
  essential: [{ region: 'shoulder-front' }],
  spillover: [
    { region: 'chest' },
    { region: 'upper-arm-front' },
    { region: 'elbow-inner' },
    { region: 'forearm-front' },
    { region: 'palm' },
    { region: 'fingers' },
  ],
};

const PECTORALIS_MINOR_SYMPTOMS: readonly string[] = [
  'A strong ache over the front of the shoulder.',
  'The ache can spread over the upper chest on that side, and on the left it can feel like heart pain.',
  'At times pain runs down the inside of the arm, past the inner elbow, to the palm and the middle, ring and little fingers.',
  'The shoulder sits rolled forward and reaching up and back hurts.',
  'If the muscle squeezes the nerves and vessels to the arm, the ring and little fingers may tingle or go numb.',
];

export const pectoralisMinor: Muscle = {
  id: 'pectoralis-minor',
  name: 'Pectoralis minor',
  aliases: ['pec minor', 'lesser pectoral muscle', 'pectoralis minor muscle'],
  group: 'trunk',
  anatomy: {
    origin:
      'The outer surfaces of the third, fourth and fifth ribs, near where they meet their cartilages.',
    insertion:
      'The bony hook at the front of the shoulder blade, just below the outer end of the collarbone (coracoid process).',
    action:
      'Pulls the shoulder blade forward and down and tips it forward. When the shoulder is held still, it lifts the upper ribs to help you breathe in.',
    innervation:
      'The medial pectoral nerve, often with a branch of the lateral pectoral nerve (about C6 to T1).',
  },
  triggerPoints: [
    {
      id: 'pectoralis-minor-upper',
      name: 'Upper TrP (near the coracoid)',
      location:
        'Under the chest muscle, just below and inside the bony knob at the front of the shoulder (coracoid process), about two finger-widths under the outer part of the collarbone.',
      region: 'chest',
      placement: {
        from: 'coracoid',
        to: 'nipple',
        t: 0.3,
        offset: [0, 0, -0.015],
        facing: 'front',
      },
      depth: 'deep',
      depthNote:
        'It lies under the pectoralis major: press through the relaxed chest muscle, gently, because the nerves and vessels to the arm pass just under this end of the muscle.',
      referral: PECTORALIS_MINOR_REFERRAL,
      symptoms: PECTORALIS_MINOR_SYMPTOMS,
      complaints: [
        'front of shoulder pain',
        'chest pain',
        'pain reaching up and back',
        'tingling in the ring and little fingers',
        'round shoulders',
      ],
    },
    {
      id: 'pectoralis-minor-lower',
      name: 'Lower TrP (near the rib attachments)',
      location:
        'Lower down under the chest muscle, over the third to fifth ribs, a little above and inside the nipple, where the muscle fans out to the ribs.',
      region: 'chest',
      placement: {
        from: 'coracoid',
        to: 'nipple',
        t: 0.65,
        offset: [-0.01, 0, -0.01],
        facing: 'front',
      },
      depth: 'deep',
      depthNote:
        'It lies under the pectoralis major and on the ribs: press through the relaxed chest muscle, onto the ribs, with moderate pressure only.',
      referral: PECTORALIS_MINOR_REFERRAL,
      symptoms: PECTORALIS_MINOR_SYMPTOMS,
      complaints: ['front of shoulder pain', 'chest pain', 'arm pain on the inner side'],
    },
  ],
  pressure: {
    position:
      'Sitting with the arm on the sore side resting in your lap, so the chest muscle over it is soft. Or standing facing the edge of an open door.',
    tool: 'The pads of two or three fingers of your other hand, or a tennis ball against the edge of a door frame.',
    direction:
      'Straight in through the chest muscle toward the ribs, angled slightly up and out toward the bony knob at the front of the shoulder.',
    steps: [
      'Sit back and let the arm on the sore side rest in your lap.',
      'Find the bony knob at the front of your shoulder, just below the outer end of the collarbone.',
      'Place your finger pads just below and inside it. Keep the pressure gentle here: the nerves and the main artery of the arm pass just under this spot. If you feel a pulse or tingling, move a little lower, onto the ribs.',
      'Press slowly in through the soft chest muscle until you reach a tight, tender band.',
      'Keep the pressure at about 4 to 6 out of 10.',
      'Hold for 30 to 60 seconds while you breathe slowly.',
      'Let go and rest for 30 seconds.',
      'Repeat a little lower, above and inside the nipple line.',
      'Check by drawing your shoulder back: it should move further or with less ache.',
    ],
    pressure: { min: 4, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 30,
    releaseFeel:
      'A deep, dull ache under the fingers that softens as you hold, and the front of the shoulder feels looser. Not sharp, no tingling.',
    stopIf: [
      'You feel tingling, pins and needles or numbness in the arm or hand.',
      'You feel a pulse under your fingers: move them.',
      'The pain turns sharp or hurts over a rib.',
      'You feel chest pressure, breathlessness, sweating or light-headedness: stop and call emergency services.',
    ],
  },
  stretch: {
    position: 'Standing in a doorway or at the corner of a wall.',
    steps: [
      'Raise the arm on the sore side and rest the forearm on the door frame, with the elbow well above shoulder height.',
      'Draw the shoulder blade back and down toward the opposite back pocket.',
      'Step slowly forward and turn your chest a little away from the arm.',
      'Hold for 30 seconds.',
      'Step back and lower the arm slowly.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing:
      'Breathe in slowly and deeply as you hold: the breath lifts the ribs and adds a little to the stretch. Breathe out and relax.',
    feel: 'A gentle pull deep in the upper chest, below the outer part of the collarbone.',
    avoid: [
      'Stretching into tingling or numbness in the arm or hand.',
      'Shrugging the shoulder up toward the ear.',
      'A pinching pain in the front of the shoulder: lower the elbow.',
      'Bouncing.',
    ],
  },
  selfCare: [
    'Lay a warm pack over the front of the shoulder and upper chest for 15 to 20 minutes before the pressure or the stretch.',
    'Sit tall with your shoulders relaxed back, not rolled forward.',
    'Use crutches, a walking stick or armrests so you are not leaning hard on your hands with the shoulders pushed down.',
    'Carry bags on a shoulder strap that does not press into the front of the shoulder, or switch sides often.',
    'Breathe low into your belly rather than lifting your upper chest with each breath.',
  ],
  perpetuatingFactors: [
    'A round-shouldered, slumped posture for long spells.',
    'Sleeping on your side with the shoulder rolled forward, or on your back with the arms overhead.',
    'Pushing down hard on crutches or armrests, or chopping wood.',
    'Heavy shoulder bags or backpack straps pressing on the front of the shoulder.',
    'Upper-chest breathing, a long cough or asthma.',
    'A heart problem can set off trigger points here too.',
  ],
  precautions: [
    'Chest pain may be your heart. Chest pressure or tightness, above all with breathlessness, sweating, feeling sick or pain spreading to the arm, neck or jaw, needs emergency care: call emergency services now and do not press or stretch.',
    'Have any new chest pain checked by a doctor before you treat it as a muscle.',
    'The nerves and the main artery to the arm pass under this muscle near the front of the shoulder: keep pressure moderate there and stop at any tingling, numbness or pulse under your fingers.',
    'Press on the muscle above the breast, not into breast tissue. A new lump or change in the breast or armpit needs a doctor.',
    'Do not press on the ribs after a rib injury or if you have thin bones (osteoporosis).',
    'An arm that turns pale, blue, swollen or cold, or stays numb, needs a doctor to check it.',
  ],
  redFlags: ['heart-attack', 'arm-circulation', 'injury'],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter on the pectoralis minor muscle' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the pectoralis minor muscle' },
    { source: 'davies-2013', chapter: 'Section on the pectoralis minor' },
  ],
};
