import type { Muscle } from '../../src/domain/atlas.ts';

/** All three iliopsoas trigger point sites share one composite referral pattern in the manuals. */
const ILIOPSOAS_REFERRAL = {
  essential: [{ region: 'low-back' }, { region: 'thigh-front' }],
  spillover: [{ region: 'sacrum' }, { region: 'buttock' }, { region: 'groin' }],
} as const;

export const iliopsoas: Muscle = {
  id: 'iliopsoas',
  name: 'Iliopsoas',
  aliases: ['psoas', 'iliacus', 'hip flexor', 'psoas major'],
  group: 'low-back-pelvis-hip',
  anatomy: {
    origin:
      'Psoas: the sides of the bodies, discs and side spurs (transverse processes) of the vertebrae from T12 to L5. Iliacus: the inner bowl of the hip bone (iliac fossa) and the inner lip of its rim.',
    insertion:
      'By a shared tendon onto the small bony knob on the inner, back side of the top of the thighbone (lesser trochanter).',
    action:
      'The strongest hip flexor: lifts the thigh toward the trunk, or the trunk toward the thigh as when you sit up. It also helps hold the trunk upright when you stand.',
    innervation:
      'Psoas: branches of the first three or four lumbar nerves (L1–L3/L4). Iliacus: femoral nerve (L2–L4).',
  },
  triggerPoints: [
    {
      id: 'iliopsoas-iliacus',
      name: 'Iliacus TrP',
      location:
        'Inside the front rim of the pelvis. Find the bony point at the front of the hip (ASIS), then curl your fingertips over the rim into the soft bowl just inside and behind it.',
      region: 'groin',
      placement: { from: 'asis', offset: [-0.02, -0.005, 0], facing: 'front' },
      depth: 'deep',
      depthNote:
        'You reach it through the soft belly wall, curling the fingers over the inner edge of the hip bone toward its inner face.',
      referral: ILIOPSOAS_REFERRAL,
      symptoms: [
        'An ache that runs up and down the low back on the same side, beside the spine.',
        'It can reach the sacrum and the top of the buttock, and the front of the thigh and the groin.',
        'It is usually worse when you stand and easier when you lie with the hips and knees bent.',
      ],
      complaints: [
        'low back pain',
        'groin pain',
        'pain getting up from a chair',
        'pain standing up straight',
      ],
    },
    {
      id: 'iliopsoas-psoas',
      name: 'Psoas TrP',
      location:
        'In the belly, about three to four finger-widths out from the navel toward the sore side, at or a little below the level of the navel, just outside the long strap muscle of the belly (rectus abdominis).',
      region: 'lower-abdomen',
      placement: { from: 'navel', offset: [0.06, -0.015, 0], facing: 'front' },
      depth: 'deep',
      depthNote:
        'It lies deep, in front of the lumbar spine. You reach it through the relaxed belly wall and the bowel, sinking in slowly as you breathe out and aiming down and in toward the spine.',
      referral: ILIOPSOAS_REFERRAL,
      symptoms: [
        'A deep ache running vertically along the low back on the same side.',
        'It can spread down to the sacrum and the upper buttock, and to the front of the thigh.',
        'Getting up from a chair and standing fully upright can be hard.',
      ],
      complaints: ['low back pain', 'pain getting up from a chair', 'pain standing up straight'],
    },
    {
      id: 'iliopsoas-distal',
      name: 'Distal TrP (femoral triangle, toward the lesser trochanter)',
      location:
        'At the top of the front of the thigh, just below the crease of the groin. Find the pulse of the big artery there, then move your fingers about two finger-widths to the outside of it, onto the muscle.',
      region: 'thigh-front',
      placement: { from: 'hip-joint', offset: [0.005, -0.02, 0.07], facing: 'front' },
      depth: 'deep',
      depthNote:
        'It lies along the outer wall of the hollow at the top of the thigh (femoral triangle). The femoral artery and vein lie just inside it, and the femoral nerve runs over the muscle right next to the artery. Press gently, keep outside the pulse, and move off if you feel tingling down the front of the thigh.',
      referral: ILIOPSOAS_REFERRAL,
      symptoms: [
        'Aching in the front of the thigh and the groin.',
        'The ache can also run up the low back on the same side.',
        'It is often worse when you stand upright and easier when you lie with the hip bent.',
      ],
      complaints: ['groin pain', 'thigh pain', 'low back pain', 'limping'],
    },
  ],
  pressure: {
    position:
      'Lie on your back with your knees bent and your feet flat, so the belly wall is slack. Have an empty bladder and wait two hours after a meal.',
    tool: 'Your fingertips, the fingers of both hands held together. No balls or tools on the belly.',
    direction:
      'Straight down toward the floor for the psoas, never inward toward the middle of the belly, where the main artery lies; for the iliacus, curl over the front rim of the pelvis and press toward the inside face of the hip bone; at the top of the thigh, straight in and gently, well outside the pulse.',
    steps: [
      'Lie on your back with your knees bent and your feet flat.',
      'Place your fingertips about three to four finger-widths out from the navel on the sore side. Never press in the middle of the belly, on or just above the navel, where the main artery of the belly (aorta) lies.',
      'Breathe out and let your fingers sink slowly straight down toward the floor, not inward toward the middle of the belly.',
      'Feel for a pulse: if you feel one under your fingers, lift off and move a little further out to the side.',
      'Lift the knee on the sore side a little; the psoas tightens under your fingers, which tells you you are on it.',
      'Rest the leg and press until the ache is about 4 to 6 out of 10.',
      'Hold for 30 to 60 seconds, breathing slowly.',
      'Release slowly, lifting your fingers out as you breathe in.',
      'For the iliacus, curl your fingertips over the inside of the front rim of the pelvis and press toward the inner face of the bone; hold and release the same way.',
      'For the point at the top of the thigh, find the pulse just below the groin crease with light fingers, then move about two finger-widths outside it, until you feel no pulse at all. Press gently, straight in and never inward toward the pulse, and move further out if the front of the thigh tingles. Hold and release the same way.',
      'Rest for 30 seconds between rounds; do up to three rounds.',
      'Check by standing up straight: the low back should feel a little easier.',
    ],
    pressure: { min: 4, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 30,
    releaseFeel:
      'A deep, dull ache that spreads toward the back or thigh and then eases while you hold. Not sharp, no nausea, no pulse under the fingers.',
    stopIf: [
      'You feel a pulse under your fingers: move off it.',
      'You feel sharp pain, cramping or sickness in the belly.',
      'You feel tingling or numbness in the front of the thigh.',
      'Pressing makes you feel faint or dizzy.',
    ],
  },
  stretch: {
    position:
      'Kneeling on one knee, with a folded towel under the knee and a chair or wall beside you for balance.',
    steps: [
      'Kneel on the knee of the sore side, with the other foot flat on the floor in front of you.',
      'Put a hand on the chair or wall for balance.',
      'Tuck your tailbone under by tightening the buttock on the kneeling side, so the low back flattens.',
      'Shift your weight slowly forward onto the front foot, keeping your trunk upright.',
      'Stop when you feel a pull at the front of the hip on the kneeling side, and hold for 30 seconds.',
      'Shift back and rest.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing:
      'Breathe slowly and deeply into the belly; ease a little further forward as you breathe out.',
    feel: 'A gentle pull across the front of the hip and the top of the thigh on the kneeling side.',
    avoid: [
      'Arching the low back or leaning back; keep the tailbone tucked.',
      'Letting the front knee move past the toes.',
      'Kneeling on a hard floor without padding.',
    ],
  },
  selfCare: [
    'Sit with your hips a little higher than your knees; avoid low, deep seats.',
    'Get up and walk for a minute every 20 to 30 minutes when you sit.',
    'Sleep with your hips only gently bent rather than curled up tight; a pillow between the knees helps on your side.',
    'Do sit-ups only with your feet free, not held down or hooked under furniture.',
    'Roll onto your side to get out of bed, then push up with your arms.',
  ],
  perpetuatingFactors: [
    'Sitting for long periods with the hips sharply bent, such as in low seats or a car.',
    'Sleeping curled up with the knees drawn toward the chest.',
    'Full sit-ups with the feet held down.',
    'Sudden strain, such as a fall or lifting while bent forward.',
  ],
  precautions: [
    'Do not press on the belly if you are pregnant.',
    'Do not press on the belly within several months of abdominal or pelvic surgery, unless your surgeon says it is safe.',
    'Do not press on the belly if you have, or may have, a bulge in the main artery of the belly (abdominal aortic aneurysm).',
    'If you are a man over 65, smoke or used to smoke, have high blood pressure, or a close relative has had an aneurysm, ask your doctor before you press deep into your belly: a silent bulge of the main artery is more common then.',
    'If you feel a pulse under your fingers, move away from it; never press on a pulsing spot in the belly or the groin.',
    'Do not press over a groin or belly hernia.',
    'Belly pain with fever, vomiting, or pain that keeps getting worse needs a doctor, not pressure.',
  ],
  redFlags: ['acute-abdomen', 'abdominal-aortic-aneurysm', 'groin-lump'],
  sources: [
    { source: 'travell-simons-1992-v2', chapter: 'Chapter 5, Iliopsoas Muscle' },
    { source: 'davies-2013', chapter: 'Section on the iliopsoas' },
    { source: 'donnelly-2019', chapter: 'Chapter on the iliopsoas muscle' },
  ],
};
