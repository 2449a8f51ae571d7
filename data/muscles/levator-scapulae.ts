import type { Muscle } from '../../src/domain/atlas.ts';

export const levatorScapulae: Muscle = {
  id: 'levator-scapulae',
  name: 'Levator scapulae',
  aliases: ['levator', 'levator scap', 'levator scapula'],
  group: 'shoulder-upper-back',
  anatomy: {
    origin: 'The side knobs (transverse processes) of the top four neck bones (C1 to C4).',
    insertion:
      'The inner edge of the shoulder blade, from its upper corner (superior angle) down to where the bony ridge (spine of the scapula) begins.',
    action:
      'Lifts the shoulder blade and tips its outer end downward; with the shoulder blade fixed, it helps turn the neck to the same side and bend it sideways, and both sides together hold the neck steady when you bend your head forward.',
    innervation:
      'Branches of the third and fourth neck nerves (C3, C4) and the dorsal scapular nerve (C5).',
  },
  triggerPoints: [
    {
      id: 'levator-scapulae-tp1',
      name: 'Upper TrP (angle of the neck)',
      location:
        'At the back of the angle where your neck meets your shoulder. Find the front edge of the muscle on top of your shoulder (upper trapezius) low on the side of your neck, and slip your fingers just in front of and under it. The levator is the firm cord there, running down and back toward the shoulder blade.',
      region: 'shoulder-top',
      placement: {
        from: 'c7',
        offset: [0.055, 0.04, 0.04],
        facing: 'outside',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'neck-back' }, { region: 'shoulder-top' }],
        spillover: [
          { region: 'between-shoulder-blades' },
          { region: 'shoulder-blade' },
          { region: 'shoulder-back' },
        ],
      },
      symptoms: [
        'An ache in the angle between your neck and shoulder.',
        'A stiff neck: turning your head toward the sore side hurts and stops short, and turning it the other way pulls.',
        'Sometimes an ache along the inner edge of the shoulder blade and at the back of the shoulder.',
      ],
      complaints: [
        'stiff neck',
        'wry neck',
        "can't turn your head to look behind you",
        'pain at the angle of the neck',
        'neck pain after sleeping awkwardly',
      ],
    },
    {
      id: 'levator-scapulae-tp2',
      name: 'Lower TrP (above the upper corner of the shoulder blade)',
      location:
        'About a finger-width above the upper inner corner of your shoulder blade. To find the corner, rest the fingers of your other hand over the top of your shoulder toward your back, then swing your sore arm gently forward and back: the corner moves under your fingers.',
      region: 'shoulder-top',
      placement: {
        from: 'scapula-superior-angle',
        offset: [0, 0.015, 0.005],
        facing: 'back',
      },
      depth: 'deep',
      depthNote:
        'Here the levator lies under the upper trapezius, so you press through that muscle toward the corner of the shoulder blade.',
      referral: {
        essential: [{ region: 'neck-back' }, { region: 'shoulder-top' }],
        spillover: [
          { region: 'between-shoulder-blades' },
          { region: 'shoulder-blade' },
          { region: 'shoulder-back' },
        ],
      },
      symptoms: [
        'An ache in the angle between your neck and shoulder.',
        'A sore, tight spot at the upper corner of the shoulder blade.',
        'A stiff neck that makes you turn your whole body to look behind you.',
      ],
      complaints: [
        'stiff neck',
        "can't turn your head to look behind you",
        'pain at the upper corner of the shoulder blade',
        'shoulder blade pain',
      ],
    },
  ],
  pressure: {
    position: 'Standing with your back to a wall, feet a short step away from it.',
    tool: 'A tennis ball against a wall for the lower point; the fingers of your other hand for the upper point.',
    direction:
      'For the lower point, lean straight back so the ball presses in toward the upper corner of your shoulder blade; for the upper point, press your fingers back and down onto the cord, away from the front of your neck.',
    steps: [
      'Stand with your back to a wall, feet a short step away from it.',
      'Put the ball between the wall and your back, at the upper inner corner of your shoulder blade on the sore side.',
      'Bend your knees a little to roll the ball up or down until it rests on a tender spot just above that corner.',
      'Lean back into the ball until the ache is about 5 to 7 out of 10.',
      'Hold for 30 to 60 seconds while you breathe slowly.',
      'Step away from the wall and rest for 30 seconds.',
      'For the upper point, reach across with your other hand and hook your fingers in front of the top-of-shoulder muscle, low on the side of your neck. Stay at the back of the side of the neck, behind the cord that runs down to the breastbone and above the hollow over the collarbone.',
      'Press back and down onto the firm cord there to the same 5 to 7 out of 10, and hold for 30 to 60 seconds.',
      'Let go slowly and rest.',
      'Check by turning your head toward the sore side: it should turn further or with less pain.',
    ],
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 30,
    releaseFeel:
      'A deep ache at the base of the neck or at the corner of the shoulder blade that eases while you hold, and the neck turns more freely afterwards. Not sharp, not burning, no tingling.',
    stopIf: [
      'The pain turns sharp or burning.',
      'You feel tingling or numbness down your arm.',
      'You feel dizzy or sick.',
      'You feel a pulse under your fingers at the side of the neck.',
    ],
  },
  stretch: {
    position: 'Sitting on a firm chair with your feet flat on the floor.',
    steps: [
      'Hold the edge of the seat with the hand on the side you want to stretch.',
      'Turn your head about halfway toward the other side.',
      'Tip your nose down toward the armpit on that other side.',
      'Rest your free hand on the back of your head and let its weight add a gentle pull.',
      'Hold for 30 seconds.',
      'Lift your head back up slowly with the help of your hand.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing:
      'Breathe in slowly, and as you breathe out let your head sink a little further toward the armpit.',
    feel: 'A pull along the back and side of the neck, down to the upper corner of the shoulder blade.',
    avoid: [
      'Lifting the shoulder on the stretched side.',
      'Yanking your head down with your hand.',
      'Carrying on if you feel tingling down the arm.',
    ],
  },
  selfCare: [
    'Lay a warm pack over the angle of the neck and the top of the shoulder blade for 15 to 20 minutes.',
    'Put your screen and your papers straight in front of you so you do not work with your head turned.',
    'Turn your chair or your whole body toward someone you talk to for a long time.',
    'Use a headset for phone calls instead of holding the phone with your shoulder.',
    'Sleep with a pillow that fills the space between your head and the mattress, and avoid sleeping on your front with your head turned.',
    'If you use a walking stick or crutches, have the height checked so they do not push your shoulder up.',
  ],
  perpetuatingFactors: [
    'Working for long spells with your head turned to one side, such as a screen or documents set off to the side.',
    'Holding a phone between your ear and your shoulder.',
    'Sleeping with your neck tilted or turned, for example on your front or without enough pillow.',
    'A walking stick or crutches that are too tall.',
    'Stress that makes you hunch your shoulders.',
  ],
  precautions: [
    'A stiff neck with fever, headache, vomiting, a rash, or pain when you bend your chin to your chest needs urgent medical care.',
    'If neck pain spreads down the arm with numbness, tingling or weakness, see a doctor before you treat it.',
    'Press on muscle, not on the knobbly bones of the spine.',
    'At the angle of the neck, stay at the back of the side of the neck; do not dig forward toward the front of the neck.',
  ],
  redFlags: ['headache-fever-stiff-neck', 'spreading-numbness-weakness'],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter 19, Levator Scapulae Muscle' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the levator scapulae muscle' },
    { source: 'davies-2013', chapter: 'Chapter 5, Shoulder, Upper Back, and Upper Arm Pain' },
  ],
};
