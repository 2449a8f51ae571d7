import type { Muscle } from '../../src/domain/atlas.ts';

export const supraspinatus: Muscle = {
  id: 'supraspinatus',
  name: 'Supraspinatus',
  aliases: ['supraspinatus muscle', 'rotator cuff (supraspinatus)', 'supraspinatus tendon'],
  group: 'shoulder-upper-back',
  anatomy: {
    origin:
      'The inner two thirds of the hollow on the back of the shoulder blade above its bony ridge (supraspinous fossa).',
    insertion:
      'The top facet of the bump at the top outer side of the upper arm bone (greater tubercle of the humerus), after its tendon passes under the bony roof of the shoulder (acromion).',
    action:
      'Starts lifting the arm out to the side and helps the deltoid carry it on; as part of the rotator cuff it holds the ball of the shoulder joint snug in its socket, and it keeps the arm from slipping down when you carry something heavy.',
    innervation: 'The suprascapular nerve (from C5 and C6, sometimes C4).',
  },
  triggerPoints: [
    {
      id: 'supraspinatus-tp1',
      name: 'Medial TrP (inner part of the belly)',
      location:
        'On the back of your shoulder, in the hollow just above the bony ridge of the shoulder blade (spine of the scapula), about two finger-widths out from the inner edge of the shoulder blade. The muscle lies under the top of your trapezius, so the spot feels deep.',
      region: 'shoulder-blade',
      placement: {
        from: 'scapula-spine-root',
        to: 'acromion',
        t: 0.2,
        offset: [0, 0.025, 0.005],
        facing: 'back',
      },
      depth: 'deep',
      depthNote:
        'You press through the upper trapezius, the thick muscle on top of the shoulder, down into the hollow above the bony ridge.',
      referral: {
        essential: [{ region: 'shoulder-side' }],
        spillover: [{ region: 'elbow-outer' }, { region: 'forearm-back' }],
      },
      symptoms: [
        'A deep ache on the outside of the shoulder, over the middle of the deltoid.',
        'The ache can run down the outside of the arm and sometimes gathers at the bony point on the outside of the elbow.',
        'Lifting the arm out to the side hurts more; at rest it is a dull ache.',
        'The shoulder may click or snap when you move it.',
      ],
      complaints: [
        'outer shoulder pain',
        'pain lifting the arm to the side',
        'hard to reach up to brush your hair or teeth',
        'dull shoulder ache at night',
        'tennis elbow',
      ],
    },
    {
      id: 'supraspinatus-tp2',
      name: 'Lateral TrP (outer part of the belly)',
      location:
        'Further out on the top of your shoulder, in the corner where the collarbone and the bony ridge of the shoulder blade come together, just before the muscle slips under the bony tip of the shoulder (acromion).',
      region: 'shoulder-top',
      placement: {
        from: 'scapula-spine-root',
        to: 'acromion',
        t: 0.6,
        offset: [0, 0.055, 0.01],
        facing: 'top',
      },
      depth: 'deep',
      depthNote:
        'You press down through the upper trapezius into the narrow gap between the collarbone in front and the bony ridge of the shoulder blade behind.',
      referral: {
        essential: [{ region: 'shoulder-side' }],
        spillover: [{ region: 'elbow-outer' }, { region: 'forearm-back' }],
      },
      symptoms: [
        'A deep ache on the outside of the shoulder that is worst when you lift the arm to the side.',
        'Sometimes the ache reaches down the outside of the arm to the elbow.',
      ],
      complaints: [
        'outer shoulder pain',
        'pain lifting the arm to the side',
        'pain carrying a heavy bag with the arm hanging',
      ],
    },
    {
      id: 'supraspinatus-tp3',
      name: 'Attachment tenderness (tendon at the upper arm bone)',
      location:
        'On the outside of your shoulder, just below the bony tip of the shoulder (acromion), where the tendon attaches to the top of the upper arm bone under the deltoid.',
      region: 'shoulder-side',
      placement: {
        from: 'acromion',
        offset: [0.025, -0.03, 0.005],
        facing: 'outside',
      },
      depth: 'deep',
      depthNote:
        'You press through the deltoid, the rounded muscle that caps the shoulder, onto the tendon where it meets the bone.',
      referral: {
        essential: [{ region: 'shoulder-side' }],
        spillover: [],
      },
      symptoms: [
        'A deep, sore spot on the outside of the shoulder, just under the bony tip.',
        'Tenderness there when you press or when you lift the arm.',
      ],
      complaints: ['outer shoulder pain', 'tender spot under the tip of the shoulder'],
    },
  ],
  pressure: {
    position:
      'Sit upright in a chair with your back supported. Rest the forearm of the sore side on your thigh.',
    tool: 'The fingers of your other hand, or a hooked cane tool over the shoulder if your hand tires.',
    direction:
      'Straight down into the hollow above the bony ridge of the shoulder blade, toward the floor.',
    steps: [
      'Sit tall and let the shoulder on the sore side drop and go soft.',
      'Reach across with your other hand and lay your middle three fingers on top of the sore shoulder, just behind the top of the shoulder.',
      'Feel for the bony ridge that runs across the shoulder blade, then slide your fingers up off it into the hollow just above.',
      'Press slowly down into the hollow and move a little along it, inward and outward, until you find a spot that aches or sends pain to the outside of your shoulder.',
      'Press that spot until the ache is about 5 to 7 out of 10.',
      'Hold steady for 30 to 60 seconds while you breathe slowly.',
      'Let go slowly and rest for 30 seconds.',
      'Repeat two more times.',
      'Check by lifting the arm out to the side: it should go higher or with less ache.',
    ],
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 30,
    releaseFeel:
      'A deep, aching pressure that fades while you hold, and the ache on the outside of the shoulder eases with it. Not sharp, not burning, no tingling.',
    stopIf: [
      'The pain turns sharp, burning or electric.',
      'You feel tingling or numbness down the arm.',
      'The ache on the outside of the shoulder gets worse instead of easing.',
    ],
  },
  stretch: {
    position: 'Standing, or sitting on a chair without arms.',
    steps: [
      'Stand tall and let both arms hang.',
      'Bring the arm on the sore side behind your back, with the back of the hand resting near the small of your back.',
      'Reach behind you with your other hand and hold the wrist of the sore arm.',
      'Draw the wrist gently across your back toward the other side, keeping your shoulders level.',
      'Tip your head a little away from the sore side if you want more pull.',
      'Hold for 30 seconds.',
      'Let go and bring the arm back to your side slowly.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing:
      'Breathe slowly; each time you breathe out, let the sore shoulder sink a little lower.',
    feel: 'A gentle pull across the top and outside of the shoulder.',
    avoid: [
      'A pinching pain at the front or top of the shoulder joint: ease off.',
      'Leaning forward or twisting to get further.',
      'Jerking the arm.',
    ],
  },
  selfCare: [
    'Lay a warm pack over the top of the shoulder blade for 15 to 20 minutes before the pressure or the stretch.',
    'Carry bags close to your body or on a trolley rather than hanging heavy weights from a straight arm.',
    'Keep your keyboard and mouse low and close so your elbows stay by your sides, not lifted out.',
    'Break up overhead work, such as painting or reaching to high shelves, with short rests with the arm down.',
    'Sleep on your back or on the other side with the sore arm resting on a pillow.',
  ],
  perpetuatingFactors: [
    'Carrying heavy loads with the arm hanging straight down, such as a briefcase, shopping or a suitcase.',
    'Holding the arm up and out for long spells, as when painting, doing hair or working overhead.',
    'Walking a dog that pulls hard on the lead.',
    'Typing with the elbows lifted out to the side because the desk is too high.',
  ],
  precautions: [
    'Shoulder pain after a fall or injury, or an arm you suddenly cannot lift at all, needs a doctor to check it first: the tendon may be torn.',
    'Shoulder or arm pain on either side (more often the left) that comes with chest pressure, breathlessness, sweating or feeling sick may be a heart problem: call emergency services; do not treat it.',
    'Pain down the arm with numbness, tingling or weakness needs a doctor to check it.',
    'Press into the hollow, not on the bony ridge of the shoulder blade or the bony tip of the shoulder.',
  ],
  redFlags: ['heart-attack', 'arm-hand-injury'],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter 21, Supraspinatus Muscle' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the supraspinatus muscle' },
    { source: 'davies-2013', chapter: 'Chapter 5, Shoulder, Upper Back, and Upper Arm Pain' },
  ],
};
