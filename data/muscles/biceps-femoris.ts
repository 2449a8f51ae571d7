import type { Muscle } from '../../src/domain/atlas.ts';
import { semitendinosus } from './semitendinosus.ts';

export const bicepsFemoris: Muscle = {
  id: 'biceps-femoris',
  name: 'Biceps femoris',
  aliases: ['outer hamstring', 'lateral hamstring', 'hamstrings', 'hammies'],
  group: 'thigh',
  anatomy: {
    origin:
      'Long head: the sitting bone (ischial tuberosity), sharing a tendon with the semitendinosus. Short head: the ridge down the back of the thighbone (linea aspera) and the line above the outer knob of the thighbone.',
    insertion:
      'The head of the small outer bone of the lower leg (fibula), just below the outer side of the knee, and the outer edge of the top of the shin bone.',
    action:
      'Bends the knee and, once the knee is bent, turns the lower leg outward. The long head also swings the thigh back at the hip and helps keep the trunk from tipping forward when you bend over.',
    innervation:
      'Sciatic nerve: the long head from its tibial part, the short head from its common fibular (peroneal) part (L5, S1, S2).',
  },
  triggerPoints: [
    {
      id: 'biceps-femoris-tp',
      name: 'Biceps femoris TrPs (long and short heads)',
      location:
        'On the outer half of the back of the thigh, in its lower half: about a hand’s width above the crease at the back of the knee, just in from the cord-like tendon you can feel on the outer side of the back of the knee when you bend it.',
      region: 'thigh-back',
      placement: {
        from: 'ischial-tuberosity',
        to: 'lateral-femoral-epicondyle',
        t: 0.6,
        offset: [0.005, 0, -0.04],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'knee-back' }],
        spillover: [{ region: 'thigh-back' }, { region: 'calf' }],
      },
      symptoms: [
        'An ache centred at the back of the knee, a little toward the outer side.',
        'The ache can spread up the outer back of the thigh and a short way down into the top of the calf.',
        'It often bothers you when you walk, and it can wake you at night.',
        'Sitting with the back of the thigh pressed on a chair edge often makes it worse.',
      ],
      complaints: [
        'pain at the back of the knee',
        'back of thigh pain',
        'pain sitting',
        'pain at night',
        'sciatica-like pain',
      ],
    },
  ],
  pressure: {
    position:
      'Sitting on a firm, flat chair (a wooden kitchen chair or a bench), not a soft sofa, with the thigh resting on the seat.',
    tool: 'A tennis ball between the back of your thigh and the chair seat. Your thumbs work too, with the leg resting on a stool.',
    direction:
      'Straight up into the back of the thigh as your leg settles onto the ball, on the outer half of the back of the thigh.',
    steps: [
      'Sit on a firm chair with both feet flat on the floor.',
      'Lift the sore thigh a little and place the ball under the outer half of the back of the thigh, a hand’s width above the back of the knee.',
      'Let the thigh rest on the ball. Keep the ball above the hollow at the back of the knee, never in it.',
      'Roll the ball slowly up and down a few centimetres until you find a spot that aches or sends an ache into the back of the knee.',
      'Let the weight of your leg settle until the ache is about 5 to 7 out of 10. Lean forward a little or press down on the thigh with your hand if you need more.',
      'Hold still for 30 to 60 seconds while you breathe slowly.',
      'Lift the thigh off the ball and rest for 20 seconds.',
      'Repeat the hold twice more.',
      'Check by standing up and bending forward or walking a few steps: the back of the knee should feel freer.',
    ],
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'A deep, dull ache in the back of the thigh that softens as you hold, and the ache behind the knee fades. Not sharp, not burning, no tingling.',
    stopIf: [
      'Pain shoots down the leg or you feel tingling, pins and needles or numbness in the leg or foot: the ball is on the sciatic nerve, so move it toward the outer edge of the thigh or stop.',
      'The pain turns sharp or burning.',
      'You feel a pulse beating under the ball: move it away from there.',
    ],
  },
  stretch: {
    position: 'Lying on your back on the floor or a firm bed, with a towel, belt or strap.',
    steps: [
      'Lie on your back with both legs straight.',
      'Loop the towel around the ball of the foot on the sore side and hold one end in each hand.',
      'Keep the knee straight and slowly raise the leg with the help of the towel.',
      'Stop where you feel a pull in the back of the thigh.',
      'Let the raised leg drift a little across toward the other side of your body to reach the outer hamstring.',
      'Hold for 30 seconds.',
      'Lower the leg slowly to the floor.',
      'Repeat three times, raising the leg a little higher only if the pull has eased.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing:
      'Breathe in as you settle into the stretch, then breathe out slowly and let the back of the thigh let go.',
    feel: 'A steady, gentle pull along the back of the thigh, more on its outer side.',
    avoid: [
      'Locking or forcing the knee straight if it hurts behind the knee.',
      'Any stretch that sends tingling or burning down the leg.',
      'Bouncing the leg or pulling it up quickly.',
      'Lifting the other leg or your lower back off the floor.',
    ],
  },
  selfCare: [
    'Choose a chair low enough that your feet rest flat on the floor, so the front edge of the seat does not press into the back of your thighs. Use a footstool if your feet dangle.',
    'Get up and move every 20 to 30 minutes when you sit.',
    'Lay a warm pack on the back of the thigh for 15 to 20 minutes before the pressure or the stretch.',
    'Warm up with easy walking before running or sports, and build up sprints and hill work slowly.',
    'When you lie on your side, keep a pillow between your knees and avoid curling the legs tightly for hours.',
  ],
  // The hamstrings share what keeps them tight.
  perpetuatingFactors: semitendinosus.perpetuatingFactors,
  precautions: [
    'The sciatic nerve runs down the middle of the back of the thigh: if you feel tingling, numbness or shooting pain, move the ball off at once.',
    'Keep all pressure out of the hollow at the back of the knee, where a large artery, vein and nerve run close under the skin.',
    'A sudden sharp pain in the back of the thigh during sport, with bruising or a dip you can feel, may be a torn hamstring: see a doctor or physiotherapist before you press or stretch it.',
    'Pain down the leg with numbness, weakness, or new trouble holding urine or stool needs a doctor first.',
    'A hot, swollen, tender back of the knee or calf may be a blood clot: do not massage it, and see a doctor now.',
  ],
  redFlags: ['cauda-equina', 'blood-clot'],
  sources: [
    { source: 'travell-simons-1992-v2', chapter: 'Chapter on the hamstring muscles' },
    { source: 'davies-2013', chapter: 'Section on the hamstrings' },
    { source: 'donnelly-2019', chapter: 'Chapter on the hamstring muscles' },
  ],
};
