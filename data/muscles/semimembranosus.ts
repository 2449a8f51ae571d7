import type { Muscle } from '../../src/domain/atlas.ts';
import { semitendinosus, medialHamstringSymptoms } from './semitendinosus.ts';

export const semimembranosus: Muscle = {
  id: 'semimembranosus',
  name: 'Semimembranosus',
  aliases: ['inner hamstring', 'medial hamstring', 'hamstrings', 'hammies'],
  group: 'thigh',
  anatomy: {
    origin: 'The outer part of the sitting bone (ischial tuberosity), by a broad, flat tendon.',
    insertion:
      'The back of the inner knob at the top of the shin bone (medial tibial condyle), with fibrous bands spreading over the back of the knee joint.',
    action:
      'Bends the knee and, once the knee is bent, turns the lower leg inward. It also swings the thigh back at the hip and helps keep the trunk from tipping forward when you bend over.',
    innervation: 'Sciatic nerve, tibial part (L5, S1, S2).',
  },
  triggerPoints: [
    {
      id: 'semimembranosus-tp',
      name: 'Semimembranosus TrPs',
      location:
        'On the inner half of the back of the thigh, in its lower half: a hand’s width or a little more above the inner side of the back of the knee, close to the inner edge of the thigh.',
      region: 'thigh-back',
      placement: {
        from: 'ischial-tuberosity',
        to: 'medial-femoral-epicondyle',
        t: 0.6,
        offset: [0.005, 0, -0.04],
        facing: 'back',
      },
      depth: 'deep',
      depthNote:
        'Most of this muscle lies under the semitendinosus and its tendon, so press slowly and let the outer muscle soften before you go deeper.',
      referral: {
        essential: [{ region: 'buttock' }, { region: 'thigh-back' }],
        spillover: [{ region: 'knee-back' }, { region: 'calf' }],
      },
      symptoms: medialHamstringSymptoms,
      complaints: [
        'pain at the bottom of the buttock',
        'back of thigh pain',
        'pain sitting',
        'limping',
        'sciatica-like pain',
      ],
    },
  ],
  pressure: {
    position:
      'Sitting on a firm, flat chair (a wooden kitchen chair or a bench), not a soft sofa, with the thigh resting on the seat. To reach this lower point, sit toward the front of the chair.',
    tool: 'A tennis ball between the back of your thigh and the chair seat, or your thumbs with the foot up on a low stool.',
    direction:
      'Straight up into the inner half of the back of the thigh, toward the thighbone, as your leg settles onto the ball.',
    steps: [
      'Sit toward the front of a firm chair with both feet flat on the floor.',
      'Lift the sore thigh a little and place the ball under the inner half of the back of the thigh, a hand’s width above the back of the knee.',
      'Let the thigh rest on the ball. Keep the ball above the hollow at the back of the knee, never in it.',
      'Roll the ball slowly up and down a few centimetres until you find a deep tender spot, often one that sends an ache up toward the buttock.',
      'Let the weight of your leg settle until the ache is about 5 to 7 out of 10. Press down on the thigh with your hands if you need more.',
      'Hold still for 30 to 60 seconds while you breathe slowly.',
      'Lift the thigh off the ball and rest for 20 seconds.',
      'Repeat the hold twice more.',
      'Check by standing and bending forward gently: the back of the thigh and the buttock crease should feel easier.',
    ],
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'A deep, dull ache in the back of the thigh that softens while you hold, and the ache in the buttock crease fades. Not sharp, not burning, no tingling.',
    stopIf: [
      'Pain shoots down the leg or you feel tingling, pins and needles or numbness in the leg or foot: the ball is on the sciatic nerve, so move it toward the inner edge of the thigh or stop.',
      'The pain turns sharp or burning.',
      'You feel a pulse beating under the ball: move it away from there.',
    ],
  },
  // The manuals treat the inner hamstrings together: the same stretch and self-care.
  stretch: semitendinosus.stretch,
  // Same as the semitendinosus.
  selfCare: semitendinosus.selfCare,
  // Same as the semitendinosus.
  perpetuatingFactors: semitendinosus.perpetuatingFactors,
  precautions: [
    'The sciatic nerve runs down the middle of the back of the thigh: if you feel tingling, numbness or shooting pain, move the ball off at once.',
    'Keep all pressure out of the hollow at the back of the knee, where a large artery, vein and nerve run close under the skin.',
    'A sudden sharp pain in the back of the thigh during sport, with bruising or a dip you can feel, may be a torn hamstring: see a doctor or physiotherapist before you press or stretch it.',
    'A swelling you can see or feel at the back of the knee needs a doctor to check it before you work near it.',
    'A hot, swollen, tender calf may be a blood clot: do not massage it, and see a doctor now.',
  ],
  redFlags: ['blood-clot'],
  sources: [
    { source: 'travell-simons-1992-v2', chapter: 'Chapter on the hamstring muscles' },
    { source: 'davies-2013', chapter: 'Section on the hamstrings' },
    { source: 'donnelly-2019', chapter: 'Chapter on the hamstring muscles' },
  ],
};
