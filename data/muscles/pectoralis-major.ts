import type { Muscle } from '../../src/domain/atlas.ts';

/**
 * The manuals divide the muscle into clavicular, sternal and costal/abdominal sections, with
 * separate patterns for the intermediate sternal points, the parasternal points beside the
 * breastbone, and the points in the lower outer free edge (the front fold of the armpit).
 *
 * Left out on purpose: the "cardiac arrhythmia" point. The manuals place it on the RIGHT side
 * only, between the 5th and 6th ribs, and tie it to irregular heartbeats with no pain at all,
 * so it has no referral zone and cannot be mirrored; it is not something to self-treat.
 */
export const pectoralisMajor: Muscle = {
  id: 'pectoralis-major',
  name: 'Pectoralis major',
  aliases: [
    'pec major',
    'pecs',
    'chest muscle',
    'greater pectoral muscle',
    'pectoralis major muscle',
  ],
  group: 'trunk',
  anatomy: {
    origin:
      'Three broad parts: the inner half of the collarbone (clavicular part), the front of the breastbone and the cartilages of the upper six ribs (sternal and costal parts), and the tough sheet over the outer belly muscle (abdominal part).',
    insertion:
      'A flat tendon on the outer lip of the groove at the front of the upper arm bone, just below the shoulder (lateral lip of the intertubercular groove of the humerus).',
    action:
      'Brings the arm in toward the body and across the chest, and turns it inward. The upper part lifts the arm forward; the lower parts pull a raised arm down, as in climbing.',
    innervation: 'The lateral and medial pectoral nerves (from C5 to T1).',
  },
  triggerPoints: [
    {
      id: 'pectoralis-major-clavicular',
      name: 'Clavicular section',
      location:
        'In the top part of the chest muscle, just under the collarbone. Start at the middle of the collarbone and slide two or three finger-widths down and a little out toward the shoulder. Lift the arm forward against light resistance and you feel this part tighten.',
      region: 'chest',
      placement: {
        from: 'clavicle-mid',
        to: 'coracoid',
        t: 0.4,
        offset: [0, -0.03, 0],
        facing: 'front',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'shoulder-front' }, { region: 'chest' }],
        spillover: [],
      },
      symptoms: [
        'An ache over the front of the shoulder, over the front of the deltoid, that can feel as if it comes from the joint.',
        'Soreness in the upper chest just under the collarbone, over the spot itself.',
        'Reaching forward or lifting the arm out to the side and back can be stiff or sore.',
      ],
      complaints: [
        'front of shoulder pain',
        'upper chest pain under the collarbone',
        "can't reach the arm out to the side and back",
      ],
    },
    {
      id: 'pectoralis-major-sternal',
      name: 'Sternal section (intermediate)',
      location:
        'In the middle of the chest muscle, about halfway between the breastbone and the nipple line, at the level of the third to fifth ribs. Press flat with your fingers and roll across the muscle to find a tight, tender band.',
      region: 'chest',
      placement: {
        from: 'sternal-notch',
        to: 'nipple',
        t: 0.6,
        offset: [0.015, 0, 0],
        facing: 'front',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'chest' }],
        spillover: [
          { region: 'upper-arm-front' },
          { region: 'elbow-inner' },
          { region: 'forearm-front' },
          { region: 'palm' },
          { region: 'fingers' },
        ],
      },
      symptoms: [
        'A strong ache spread over the front of the chest on that side, which on the left can feel like heart pain.',
        'Pain running down the inside of the upper arm to the inner elbow.',
        'When it is strong, pain on the little-finger side of the forearm and hand, into the ring and little fingers.',
        'The shoulders feel pulled forward and it is hard to stand up straight.',
      ],
      complaints: [
        'chest pain',
        'inner elbow pain',
        'pain in the ring and little fingers',
        'pain between the shoulder blades from round shoulders',
      ],
    },
    {
      id: 'pectoralis-major-parasternal',
      name: 'Parasternal (medial sternal section)',
      location:
        'Right beside the breastbone, in the inner edge of the chest muscle where it starts from the breastbone and rib cartilages, between the second and fifth ribs.',
      region: 'chest',
      placement: {
        from: 'sternal-notch',
        to: 'xiphoid',
        t: 0.5,
        offset: [0.03, 0, 0.02],
        facing: 'front',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'sternum' }],
        spillover: [{ region: 'chest' }],
      },
      symptoms: [
        'An ache over the breastbone on the same side, which stops at the middle line of the chest.',
        'The ache may spread a little onto the chest next to the breastbone.',
      ],
      complaints: ['breastbone pain', 'chest pain'],
    },
    {
      id: 'pectoralis-major-costal-abdominal',
      name: 'Costal and abdominal sections (lateral free margin)',
      location:
        'In the lower outer edge of the chest muscle, where it forms the front fold of the armpit, at or a little below the level of the nipple. Take the fold between your thumb and fingers and feel along it for tight, tender bands.',
      region: 'chest',
      placement: {
        from: 'nipple',
        offset: [0.04, -0.03, -0.03],
        facing: 'front',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'chest' }],
        spillover: [],
      },
      symptoms: [
        'A sore, tender breast on that side.',
        'The nipple is oversensitive, and clothing rubbing on it can be hard to bear.',
      ],
      complaints: ['breast pain', 'sore, oversensitive nipple', 'clothing on the breast hurts'],
    },
  ],
  pressure: {
    position:
      'Standing facing a wall or the edge of an open door. To work the armpit fold, sit or stand with the arm on that side resting loosely.',
    tool: 'A tennis ball between your chest and a wall, or the pads of your fingers. For the armpit fold, your thumb and fingers in a pinch.',
    direction:
      'Straight in toward the ribs, on the muscle only. At the armpit fold, squeeze across the fold between thumb and fingers.',
    steps: [
      'Stand facing a wall and place the ball on the chest muscle, below the collarbone and away from the breast tissue and nipple.',
      'Lean in gently and move a little at a time to find a spot that aches or sends pain to the front of the shoulder or down the arm.',
      'Lean in until the ache is about 4 to 6 out of 10.',
      'Hold for 30 to 60 seconds while you breathe slowly.',
      'Ease off and rest for 30 seconds.',
      'For the armpit fold, take the fold between your thumb and fingers, find a tender band and squeeze it for 30 to 60 seconds.',
      'Check by opening your arms wide: the chest should feel freer and the ache softer.',
    ],
    pressure: { min: 4, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 30,
    releaseFeel:
      'A strong, aching pressure that softens as you hold, and the ache in the shoulder, chest or arm eases. Not sharp, not burning, no tingling.',
    stopIf: [
      'The pain turns sharp or stabbing, or hurts over a rib.',
      'You feel tingling or numbness down the arm.',
      'You feel chest pressure, breathlessness, sweating, sickness or light-headedness: stop and call emergency services.',
      'You feel a lump in the breast or the armpit.',
    ],
  },
  stretch: {
    position: 'Standing in an open doorway, one foot a step ahead of the other.',
    steps: [
      'Bend the elbow on the sore side to a right angle and rest the forearm flat on the door frame.',
      'For the upper part, set the elbow a little below shoulder height.',
      'Step slowly forward through the doorway until you feel a pull across the chest.',
      'Hold for 30 seconds.',
      'Step back and lower the arm.',
      'Repeat with the elbow at shoulder height for the middle part.',
      'Repeat with the elbow well above shoulder height for the lower part.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing:
      'Breathe in slowly as you settle into the stretch and let it ease a little further as you breathe out.',
    feel: 'A gentle, even pull across the front of the chest and toward the front of the shoulder.',
    avoid: [
      'A pinching pain at the front of the shoulder: lower the elbow or step back.',
      'Arching your lower back or pushing your head forward.',
      'The high-arm position if your shoulder has ever come out of joint.',
      'Stretching into tingling or numbness in the arm or hand.',
    ],
  },
  selfCare: [
    'Lay a warm pack over the chest muscle for 15 to 20 minutes before the pressure or the stretch.',
    'Sit tall with your back supported, so your shoulders are not rolled forward and your chest is not sunk.',
    'Keep your keyboard and mouse close, so you are not reaching forward with rounded shoulders.',
    'Sleep on your back, or on your side with a pillow in front of you for the top arm to rest on, so it does not fall across your chest.',
    'Breathe low into your belly, not high into your upper chest.',
    'Build up push-ups, bench presses and heavy lifting slowly, and rest between sets.',
  ],
  perpetuatingFactors: [
    'Sitting or standing round-shouldered with a sunken chest for long spells.',
    'Lifting or carrying heavy things held out in front of you.',
    'Too many push-ups or bench presses, or a sudden hard effort with the arms.',
    'Keeping the arm still against your body, as in a sling after an injury.',
    'Sleeping with the arm pulled across the chest.',
    'Anxious, shallow breathing into the upper chest.',
    'A heart problem: it can set off trigger points in the chest muscle that stay after the heart is treated.',
  ],
  precautions: [
    'Chest pain may be your heart. Pain, pressure, squeezing or tightness in the chest, above all with breathlessness, sweating, feeling sick, light-headedness, or pain spreading to the arm, neck, jaw or back, needs emergency care: call emergency services now and do not press or stretch.',
    'Have any new chest pain checked by a doctor before you treat it as a muscle, even if it feels sore to touch.',
    'Press on the muscle, not into the breast tissue or on the nipple. A new lump, dimpled skin, a change in the nipple or discharge from it needs a doctor, whatever the ache.',
    'If you have breast implants, or have had breast surgery or radiotherapy, ask your doctor or therapist before pressing here.',
    'Do not lean on a ball over the ribs after a fall, a blow or a bad cough that hurt your ribs, or if you have thin bones (osteoporosis): use light finger pressure or the stretch only.',
    'Keep pressure off a pacemaker, a port under the skin or a recent scar.',
    'Pain down the arm with numbness, tingling or weakness needs a doctor to check it.',
  ],
  redFlags: ['heart-attack', 'injury'],
  sources: [
    {
      source: 'simons-travell-simons-1999-v1',
      chapter: 'Chapter on the pectoralis major muscle (with subclavius)',
    },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the pectoralis major muscle' },
    { source: 'davies-2013', chapter: 'Section on the pectoralis major' },
  ],
};
