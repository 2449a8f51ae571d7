import type { Muscle, ReferralPattern } from '../../src/domain/atlas.ts';

/**
 * The manuals draw one combined pattern for the scalenes rather than one per muscle, so each of
 * the three points carries it. The radial (thumb-side) forearm strip shows from the front and
 * from the back, hence both forearm regions. The band over the front and back of the upper arm
 * starts at the shoulder: the manuals' shoulder guides list the scalenes for the front and the back
 * of the shoulder, after the muscles whose main pain is there, so both shoulder regions are
 * spillover.
 */
const SCALENE_REFERRAL: ReferralPattern = {
  essential: [
    { region: 'chest' },
    { region: 'upper-arm-front' },
    { region: 'upper-arm-back' },
    { region: 'between-shoulder-blades' },
  ],
  spillover: [
    { region: 'shoulder-front' },
    { region: 'shoulder-back' },
    { region: 'forearm-front' },
    { region: 'forearm-back' },
    { region: 'thumb' },
    { region: 'fingers' },
  ],
};

const SCALENE_SYMPTOMS: readonly string[] = [
  'An ache in the chest, often as two finger-like strips over the chest muscle.',
  'Pain in the front and back of the upper arm that skips the elbow and comes back on the thumb side of the forearm.',
  'Pain in the thumb and index finger.',
  'An ache along the inner edge of the shoulder blade.',
  'At times numbness or tingling in the hand, or a stiff, puffy hand in the morning.',
];

export const scalenes: Muscle = {
  id: 'scalenes',
  name: 'Scalenes',
  aliases: [
    'scalene muscles',
    'scaleni',
    'scalenus anterior',
    'scalenus medius',
    'scalenus posterior',
  ],
  group: 'head-neck',
  anatomy: {
    origin:
      'The side knobs (transverse processes) of the neck bones: the anterior from C3 to C6, the middle from C2 to C7, the posterior from C4 to C6.',
    insertion:
      'The anterior and middle scalenes attach to the top of the first rib; the posterior scalene to the outer side of the second rib.',
    action:
      'They lift the first two ribs when you breathe in, and they bend the neck to the same side; the anterior scalene also helps bend the neck forward.',
    innervation: 'Branches from the front roots of the neck nerves, about C3 to C8.',
  },
  triggerPoints: [
    {
      id: 'scalenes-anterior',
      name: 'Scalenus anterior',
      location:
        'Low on the side of your neck, about two finger-widths above the collarbone, just behind the outer edge of the big cord on the side of the neck (sternocleidomastoid). Sniff in sharply through your nose and you feel the muscle tighten under your fingers.',
      region: 'neck-side',
      placement: {
        from: 'sternal-notch',
        to: 'mastoid',
        t: 0.25,
        offset: [0.035, 0, -0.02],
        facing: 'outside',
      },
      depth: 'deep',
      depthNote:
        'It lies partly under the outer edge of the sternocleidomastoid, and the nerves to the arm run right behind it, so reach it with light pressure only.',
      referral: SCALENE_REFERRAL,
      symptoms: SCALENE_SYMPTOMS,
      complaints: [
        'chest pain',
        'arm pain',
        'thumb and index finger pain',
        'tingling or numbness in the hand',
        'pain between the shoulder blades',
      ],
    },
    {
      id: 'scalenes-middle',
      name: 'Scalenus medius',
      location:
        'On the side of your neck, a little further back than the anterior scalene, midway between the front and the back of the neck and two to three finger-widths above the collarbone. It is the biggest of the three.',
      region: 'neck-side',
      placement: {
        from: 'mandible-angle',
        offset: [0.008, -0.068, 0],
        facing: 'outside',
      },
      depth: 'superficial',
      referral: SCALENE_REFERRAL,
      symptoms: SCALENE_SYMPTOMS,
      complaints: [
        'arm pain',
        'pain between the shoulder blades',
        'thumb and index finger pain',
        'tingling or numbness in the hand',
        'chest pain',
      ],
    },
    {
      id: 'scalenes-posterior',
      name: 'Scalenus posterior',
      location:
        'Further back and lower, near where the neck meets the shoulder, just in front of the front edge of the top-of-shoulder muscle (upper trapezius). Push that edge gently back to reach it.',
      region: 'neck-side',
      placement: {
        from: 'mandible-angle',
        offset: [0.012, -0.06, -0.02],
        facing: 'outside',
      },
      depth: 'deep',
      depthNote:
        'It lies behind the middle scalene and under the front edge of the upper trapezius and the levator scapulae, close to the first rib.',
      referral: SCALENE_REFERRAL,
      symptoms: SCALENE_SYMPTOMS,
      complaints: [
        'pain between the shoulder blades',
        'arm pain',
        'thumb and index finger pain',
        'chest pain',
      ],
    },
  ],
  pressure: {
    position:
      'Sitting with your back supported, your head tipped slightly toward the sore side so the muscles go soft.',
    tool: 'The pads of two or three fingers of your other hand.',
    direction:
      'Gently in toward the bones of your neck, never down into the hollow behind the collarbone.',
    steps: [
      'Sit back in a chair and tip your head slightly toward the sore side.',
      'Place your finger pads on the side of your neck, just above the collarbone and behind the big cord on the side of the neck. Keep them behind the cord, never in front of it where the pulse of the neck artery is, and never down in the hollow just behind the collarbone.',
      'Sniff in quickly through your nose: the muscles that tighten under your fingers are the scalenes.',
      'Press gently in toward the spine on one spot at a time: front, middle, and back near the edge of the top-of-shoulder muscle.',
      'Keep the pressure light, about 3 to 5 out of 10.',
      'Hold for 30 to 45 seconds while you breathe slowly into your belly.',
      'Let go slowly and rest for 30 seconds.',
      'Check your arm and hand: any ache should be softer, and there should be no tingling.',
    ],
    pressure: { min: 3, max: 5 },
    holdSeconds: { min: 30, max: 45 },
    rounds: 2,
    restSeconds: 30,
    releaseFeel:
      'A mild ache under your fingers that fades, sometimes with the arm or chest ache easing too. Not sharp, no tingling, no numbness.',
    stopIf: [
      'You feel tingling, pins and needles or numbness in your arm or hand.',
      'You feel a pulse under your fingers.',
      'Pain shoots into your arm.',
      'You feel dizzy or faint, or swallowing feels hard.',
      'Your hand turns pale, blue or cold.',
    ],
  },
  stretch: {
    position:
      'Sitting on a firm chair, holding the edge of the seat (or sitting on your hand) on the side you want to stretch.',
    steps: [
      'Hold the edge of the seat with the hand on the side you want to stretch, to keep that shoulder and collarbone down.',
      'Tip your head slowly away, bringing your other ear toward your other shoulder.',
      'For the front scalenes, turn your face slightly toward the side you are stretching and lift your chin a little, unless looking up has ever made you dizzy.',
      'For the back scalenes, turn your face slightly away from that side and tuck your chin a little.',
      'Use your free hand only to support your head, not to pull.',
      'Hold for 30 seconds.',
      'Bring your head back upright slowly, with your hand helping.',
    ],
    holdSeconds: 30,
    repetitions: 2,
    breathing:
      'Breathe slowly into your belly and keep your upper chest still; let the stretch ease a little further as you breathe out.',
    feel: 'A gentle pull along the side and front of the neck, down toward the collarbone.',
    avoid: [
      'Dropping your head far back.',
      'Stretching into tingling or numbness in your arm or hand: ease off straight away.',
      'Bouncing.',
      'Stretching if it makes you dizzy.',
    ],
  },
  selfCare: [
    'Practise belly breathing a few times a day: one hand on your belly, one on your chest, and let only the lower hand rise as you breathe in.',
    'Lay a warm pack on the side of your neck for 10 to 15 minutes before the stretch.',
    'Sleep with enough pillow to keep your neck level; do not let your head drop low or tilt sideways.',
    'Take breaks from work with your arms reaching forward, and from pulling or lifting.',
    'Carry heavy loads close to your body and split them between both hands.',
  ],
  perpetuatingFactors: [
    'Breathing with your upper chest instead of your belly.',
    'A long-lasting cough, asthma or other breathing trouble.',
    'Holding your head forward for long spells.',
    'Pulling, lifting or carrying heavy loads at your sides.',
    'Working with your arms out in front of you for long periods, or rowing or swimming when out of practice.',
    'A whiplash injury or a fall.',
    'Sleeping with your head low or your neck bent to the side.',
  ],
  precautions: [
    'Keep the pressure light: the nerves and blood vessels to your arm pass between these muscles just above the collarbone.',
    'Stop at once if you feel tingling, pins and needles or numbness in your arm or hand.',
    'If you feel a pulse, move your fingers further back on the neck.',
    'No deep pressure at the front of the neck or in the hollow above the collarbone.',
    'Chest pain, especially with breathlessness, sweating, feeling sick, or pain spreading to the arm or jaw, needs emergency care first; do not assume it is a muscle.',
    'Numbness, weakness, or a hand that turns pale, blue, swollen or cold needs a doctor to check it.',
  ],
  redFlags: ['heart-attack', 'spreading-numbness-weakness', 'arm-circulation'],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter 20, Scalene Muscles' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the scalene muscles' },
    { source: 'davies-2013', chapter: 'Chapter 5, Shoulder, Upper Back, and Upper Arm Pain' },
  ],
};
