import type { Muscle } from '../../src/domain/atlas.ts';

export const subscapularis: Muscle = {
  id: 'subscapularis',
  name: 'Subscapularis',
  aliases: ['subscapularis muscle', 'rotator cuff (subscapularis)', 'subscap'],
  group: 'shoulder-upper-back',
  anatomy: {
    origin:
      'Almost the whole front surface of the shoulder blade, the side that lies against the ribs (subscapular fossa).',
    insertion:
      'The small bump at the front of the top of the upper arm bone (lesser tubercle of the humerus) and the front of the shoulder joint capsule.',
    action:
      'Turns the upper arm inward and helps draw it in to the body; as part of the rotator cuff it holds the ball of the shoulder joint in its socket and keeps it from riding up when you lift the arm.',
    innervation: 'The upper and lower subscapular nerves (from C5 and C6).',
  },
  triggerPoints: [
    {
      id: 'subscapularis-tp1',
      name: 'Lateral TrPs (along the axillary border, reached through the armpit)',
      location:
        'On the front surface of your shoulder blade, between the shoulder blade and the ribs, along its outer edge. You reach them from the back wall of the armpit: with the arm out to the side, slide your fingertips in behind the fold of muscle at the back of the armpit and press back onto the front of the shoulder blade.',
      region: 'armpit',
      placement: {
        from: 'scapula-inferior-angle',
        to: 'shoulder-joint',
        t: 0.4,
        offset: [0.02, -0.03, 0.02],
        facing: 'outside',
      },
      depth: 'deep',
      depthNote:
        'You press past the fold of muscle at the back of the armpit (latissimus dorsi and teres major) and back onto the front of the shoulder blade, not into the ribs.',
      referral: {
        essential: [{ region: 'shoulder-back' }],
        spillover: [
          { region: 'shoulder-blade' },
          { region: 'upper-arm-back' },
          { region: 'wrist-back' },
          { region: 'wrist-front' },
        ],
      },
      symptoms: [
        'A strong, deep ache at the back of the shoulder, at rest and when you move.',
        'The ache can spread over the shoulder blade and down the back of the upper arm toward the elbow.',
        'A band of pain and tenderness around the wrist, more on the back than the front; a watch strap may feel uncomfortable.',
        'At first you cannot take the arm back as if to throw a ball; later lifting the arm out to the side becomes very limited.',
      ],
      complaints: [
        'frozen shoulder',
        'stiff, painful shoulder',
        "can't lift the arm out to the side",
        "can't reach back to throw",
        'pain at night',
        'wrist pain',
      ],
    },
  ],
  pressure: {
    position:
      'Lie on your back on a bed with a pillow under your head. Rest the arm on the sore side out to the side, elbow bent, on a pillow, as far out as is comfortable.',
    tool: 'The fingertips of your other hand, nails short.',
    direction:
      'Back and in toward your spine, onto the front of the shoulder blade, keeping your fingertips off the ribs.',
    steps: [
      'Lie on your back and rest the sore arm out to the side on a pillow, elbow bent.',
      'Reach across with your other hand and find the thick fold of muscle at the back of your armpit.',
      'Slide your fingertips in front of that fold, between it and your ribs, keeping to the back wall of the armpit.',
      'Curl your fingertips back so they press onto the front of the shoulder blade, not into the ribs.',
      'Move slowly up and down along the edge until you find a spot that aches or sends pain into the back of the shoulder or toward the wrist.',
      'Press that spot gently until the ache is about 4 to 6 out of 10.',
      'Hold for 30 to 60 seconds while you breathe slowly.',
      'Ease off slowly and rest for 30 seconds.',
      'Repeat two more times.',
      'Check by letting the forearm fall gently back toward the bed: the arm should turn out a little further.',
    ],
    pressure: { min: 4, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 30,
    releaseFeel:
      'A deep, aching pressure that softens while you hold, and the ache at the back of the shoulder fades with it. Not sharp, not burning, no tingling, no throbbing pulse under your fingers.',
    stopIf: [
      'You feel tingling, numbness or an electric feeling down the arm: move your fingers, you are on a nerve.',
      'You feel a strong pulse under your fingertips: move off it, that is an artery.',
      'You feel a lump, a swollen gland or a tender knot in the armpit: stop and see a doctor.',
      'The pain turns sharp or burning, or the shoulder pain gets worse instead of easing.',
    ],
  },
  stretch: {
    position:
      'Lie on your back on a bed or the floor, knees bent, with a small rolled towel under the elbow of the sore arm.',
    steps: [
      'Bring the sore arm out to the side, about a hand-width away from your body, and bend the elbow to a right angle with the fingers pointing up.',
      'Let the forearm fall slowly backward toward the bed, turning the arm out, only as far as it goes easily.',
      'Rest there and let gravity do the work for 30 seconds.',
      'Bring the forearm back up to point at the ceiling.',
      'Slide the arm a little further out from your side if it is comfortable.',
      'Repeat three times, going a little further out from your side over the days only as the pain allows.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing:
      'Breathe slowly from the belly and let the front of the shoulder soften as you breathe out.',
    feel: 'A gentle pull deep in the front of the shoulder and into the armpit.',
    avoid: [
      'Pushing the forearm down with your other hand: let it fall only under its own weight.',
      'A sharp or catching pain in the shoulder joint: bring the arm back in.',
      'Arching your back or lifting the shoulder off the bed.',
    ],
  },
  selfCare: [
    'Lay a warm pack over the back of the armpit and shoulder for 15 to 20 minutes before the pressure or the stretch.',
    'Move the arm gently through the range it has several times a day; a shoulder that is kept still stiffens further.',
    'Sleep on your back or on the other side with a pillow between your side and the sore arm, so the elbow is not clamped tight against your body.',
    'Hold a baby, a bag or a sleeping partner away from your chest rather than clamping the arm tight against your side for long spells.',
    'Go back to swimming and throwing gently, and build up slowly.',
  ],
  perpetuatingFactors: [
    'Keeping the arm still, as in a sling or after an injury, with the arm held against the body.',
    'Repeated forceful overhead work or throwing, as in swimming or pitching.',
    'A sudden overload, such as catching yourself in a fall backward on an outstretched arm.',
    'Sitting for long spells with rounded shoulders.',
    'Weakness of one side after a stroke, with the arm held in against the body.',
  ],
  precautions: [
    'The armpit carries the main nerves and blood vessels of the arm: press only on the back wall of the armpit, and move off any spot that tingles or throbs.',
    'The armpit holds lymph nodes: do not press on a lump or a swollen, tender gland, and see a doctor about any new lump in the armpit.',
    'If you have had lymph nodes removed or radiotherapy to the armpit, or you have swelling of the arm (lymphoedema), ask your doctor or therapist before you press here.',
    'A shoulder that stiffens over weeks or months needs a doctor to look at it; it may be frozen shoulder of the joint capsule, arthritis or a tear.',
    'Shoulder pain after a fall or a dislocation needs a doctor to check it first.',
    'Left shoulder or arm pain that comes with chest pressure, breathlessness, sweating or feeling sick may be a heart problem: call emergency services; do not treat it.',
  ],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter 26, Subscapularis Muscle' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the subscapularis muscle' },
    { source: 'davies-2013', chapter: 'Chapter 5, Shoulder, Upper Back, and Upper Arm Pain' },
  ],
};
