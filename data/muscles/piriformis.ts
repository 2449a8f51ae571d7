import type { Muscle } from '../../src/domain/atlas.ts';

export const piriformis: Muscle = {
  id: 'piriformis',
  name: 'Piriformis',
  aliases: ['deep hip rotator', 'pear-shaped muscle'],
  group: 'low-back-pelvis-hip',
  anatomy: {
    origin:
      'The inner (front) face of the sacrum, between the holes for the sacral nerves, and the edge of the large notch in the hip bone (greater sciatic notch).',
    insertion: 'The top of the bony point at the top of the thighbone (greater trochanter).',
    action:
      'Turns the thigh outward when the hip is straight and moves it out to the side when the hip is bent; it also holds the head of the thighbone snugly in its socket.',
    innervation: 'Nerve to piriformis, from the sacral plexus (S1, S2, often L5).',
  },
  triggerPoints: [
    {
      id: 'piriformis-lateral',
      name: 'Lateral TrP (TrP1)',
      location:
        'Picture a line across the buttock from the bony point at the side of the hip (greater trochanter) to the edge of the sacrum just below the dimple at the back of the pelvis. The point lies about a third of the way along it from the hip end.',
      region: 'buttock',
      placement: {
        from: 'greater-trochanter',
        to: 'psis',
        t: 0.3,
        offset: [0, -0.01, -0.055],
        facing: 'back',
      },
      depth: 'deep',
      depthNote:
        'It lies under the big buttock muscle (gluteus maximus). Relax the buttock and press in slowly.',
      referral: {
        essential: [{ region: 'buttock' }, { region: 'sacrum' }],
        spillover: [{ region: 'thigh-back' }],
      },
      symptoms: [
        'A deep ache in the buttock and at the back of the hip.',
        'The ache can reach the sacroiliac area and the upper two-thirds of the back of the thigh.',
        'Sitting, getting up from a chair and crossing your legs often make it worse.',
      ],
      complaints: [
        'buttock pain',
        'sciatica-like pain',
        'pain sitting',
        'pain getting up from a chair',
      ],
    },
    {
      id: 'piriformis-medial',
      name: 'Medial TrP (TrP2)',
      location:
        'On the same line from the side of the hip to the edge of the sacrum, about two-thirds of the way along from the hip end, close to the sacrum.',
      region: 'buttock',
      placement: {
        from: 'greater-trochanter',
        to: 'psis',
        t: 0.7,
        offset: [0, -0.02, 0],
        facing: 'back',
      },
      depth: 'deep',
      depthNote:
        'It lies under the big buttock muscle (gluteus maximus), near the notch where the sciatic nerve leaves the pelvis. Press slowly and keep to the line.',
      referral: {
        essential: [{ region: 'sacrum' }, { region: 'buttock' }],
        spillover: [{ region: 'thigh-back' }],
      },
      symptoms: [
        'A deep ache over the sacroiliac area and across the buttock.',
        'The ache can spread down the back of the upper thigh.',
        'Sitting on a hard seat can be hard to bear.',
      ],
      complaints: ['buttock pain', 'sacroiliac pain', 'sciatica-like pain', 'pain sitting'],
    },
  ],
  pressure: {
    position:
      'Lie on your back on the floor with your knees bent, or stand with your back to a wall.',
    tool: 'A tennis ball on the floor or against a wall. A softer ball is kinder here than a hard one.',
    direction:
      'Straight in through the relaxed buttock as your weight settles onto the ball, keeping to the line from the side of your hip to the sacrum.',
    steps: [
      'Lie on your back on the floor with both knees bent and feet flat.',
      'Roll slightly toward the sore side and place the ball under the middle of the buttock.',
      'Move the ball along the line from the side of the hip toward the sacrum until you find a tender spot. Keep to the line and stop a thumb-width short of the edge of the sacrum: just below the inner end of the line, the big nerve of the leg (sciatic nerve) and blood vessels leave the pelvis through a notch in the bone, and the ball must not sink in there. Near the sacrum, press more lightly.',
      'Let your weight settle onto the ball until the ache is about 5 to 7 out of 10.',
      'Hold still for 30 to 60 seconds while you breathe slowly and let the buttock go soft.',
      'Roll off the ball and rest for 20 seconds.',
      'Repeat the hold twice more.',
      'Check by letting the knee on the sore side fall gently out to the side: it should feel easier.',
    ],
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'A deep, dull ache in the buttock that softens while you hold. Not sharp, not burning, no tingling.',
    stopIf: [
      'Pain shoots down the leg: the ball is on the sciatic nerve, so move it off at once.',
      'You feel tingling, pins and needles or numbness in the leg or foot.',
      'The pain turns sharp or burning.',
    ],
  },
  stretch: {
    position: 'Lying on your back on the floor or a firm bed.',
    steps: [
      'Lie on your back with both legs straight.',
      'Bend the hip and knee on the sore side and bring the knee up toward your chest.',
      'Hold the outside of that knee with the opposite hand.',
      'Draw the knee slowly across your body toward the opposite shoulder.',
      'Keep the pelvis flat on the floor and stop where you feel a pull deep in the buttock.',
      'Hold for 30 seconds.',
      'Let the leg back down slowly.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing:
      'Breathe out slowly as you draw the knee across; let the buttock relax as you breathe.',
    feel: 'A gentle pull deep in the buttock, behind the hip.',
    avoid: [
      'Pulling so hard that you feel a pinch in the front of the hip.',
      'Any stretch that sends pain or tingling down the leg.',
      'Lifting the pelvis off the floor.',
    ],
  },
  selfCare: [
    'Take the wallet out of your back pocket before you sit.',
    'Sit with both feet flat on the floor; do not sit on one foot or keep the legs crossed for long.',
    'On long drives, stop and walk every hour, and use cruise control if you can, so the foot is not held on the pedal.',
    'When you lie on your side, put a pillow between your knees.',
    'Get up and move every 20 to 30 minutes when you sit.',
  ],
  perpetuatingFactors: [
    'Sitting on a wallet in a back pocket.',
    'Sitting for long periods, especially with the legs crossed or on a hard seat.',
    'Long drives with the foot held on the accelerator.',
    'One leg a little shorter than the other.',
    'One half of the pelvis smaller than the other (small hemipelvis).',
    'A sudden strain, such as catching yourself in a fall.',
  ],
  precautions: [
    'The sciatic nerve runs under this muscle: if pain shoots down the leg or you feel tingling or numbness, move the ball off at once.',
    'Leg weakness, numbness that stays, or new trouble holding urine or stool needs a doctor first.',
    'After a hip replacement, do not bring the knee across toward the opposite shoulder unless your surgeon has said it is safe.',
  ],
  redFlags: ['cauda-equina'],
  sources: [
    {
      source: 'travell-simons-1992-v2',
      chapter: 'Chapter 10, Piriformis and Other Short Lateral Rotators',
    },
    { source: 'davies-2013', chapter: 'Section on the piriformis' },
    { source: 'donnelly-2019', chapter: 'Chapter on the piriformis muscle' },
  ],
};
