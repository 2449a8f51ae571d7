import type { Muscle } from '../../src/domain/atlas.ts';

export const diaphragm: Muscle = {
  id: 'diaphragm',
  name: 'Diaphragm',
  aliases: ['thoracic diaphragm', 'breathing muscle', 'side stitch muscle'],
  group: 'trunk',
  anatomy: {
    origin:
      'The back of the lower tip of the breastbone (xiphoid), the inner surfaces of the lower six ribs and their cartilages, and the front of the upper lumbar vertebrae through two long tendons (the crura).',
    insertion: 'Its own flat central tendon, at the top of the dome it forms under the lungs.',
    action:
      'The main muscle for breathing in: it flattens and moves down, drawing air into the lungs; it also helps raise the pressure in the belly when you cough, strain or lift.',
    innervation: 'The phrenic nerve, from the 3rd to 5th neck nerves (C3 to C5).',
  },
  triggerPoints: [
    {
      id: 'diaphragm-costal',
      name: 'Diaphragm TrP (front rib attachment)',
      location:
        'Just under the lower edge of the rib cage at the front, a few finger-widths out from the tip of the breastbone. You reach it by curling your fingertips up under the edge of the ribs.',
      region: 'upper-abdomen',
      placement: { from: 'xiphoid', offset: [0.07, -0.1, -0.025], facing: 'front' },
      depth: 'deep',
      depthNote:
        'It lies on the inside of the lower ribs, behind the belly muscles. You can only reach its edge: lean forward so the belly wall softens, breathe out, and press up and in under the ribs.',
      referral: {
        essential: [{ region: 'upper-abdomen' }],
        spillover: [{ region: 'shoulder-top' }],
      },
      symptoms: [
        'A sharp catch or cramp under the lower edge of the ribs at the front, the familiar “stitch” when running or walking fast.',
        'It can hurt to take a full breath in, and you may feel you cannot get enough air while it lasts.',
        'Sometimes an ache is felt on the top of the shoulder on the same side.',
      ],
      complaints: [
        'side stitch',
        'pain under the ribs when running',
        'pain breathing in deeply',
        'short of breath with exercise',
      ],
    },
  ],
  pressure: {
    position:
      'Sitting on a chair, leaning forward a little with your forearms on your thighs, so your belly is soft.',
    tool: 'The fingertips of both hands.',
    direction:
      'Up and in under the lower edge of the ribs at the front, toward the inside of the ribs.',
    steps: [
      'Sit and lean forward a little, resting your forearms on your thighs.',
      'Find the lower edge of your rib cage on the sore side, a few finger-widths out from the tip of the breastbone.',
      'Place your fingertips just below that edge.',
      'Breathe out slowly and let your fingertips sink in and curl up under the ribs, keeping them just under the rib edge; do not push deep toward the spine.',
      'Press gently up and in until you feel a tender spot, about 3 to 5 out of 10.',
      'Hold for 20 to 30 seconds while you breathe gently.',
      'Let go, sit up and rest for 20 seconds.',
      'Move your fingers a little further out along the rib edge and repeat, three rounds in all.',
      'Check by taking a slow, full breath in: it should feel easier and less catchy.',
    ],
    pressure: { min: 3, max: 5 },
    holdSeconds: { min: 20, max: 30 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'A tender pressure under the ribs that softens, and a breath in that feels fuller and freer. Not sharp, no sick feeling.',
    stopIf: [
      'You feel sick, faint or short of breath.',
      'The pain turns sharp or spreads into the chest.',
      'You feel a pulse under your fingers: move away from it.',
      'The belly is tender all over, or the pain is worse after pressing.',
    ],
  },
  stretch: {
    position:
      'There is no practical way to stretch the diaphragm itself. Instead, lie on your back with your knees bent and practise slow belly breathing, which lets the muscle move through its full range.',
    steps: [
      'Lie on your back with your knees bent and your feet flat.',
      'Put one hand on your upper chest and the other on your belly, just below the ribs.',
      'Breathe in slowly through your nose and let the hand on your belly rise while the hand on your chest stays still.',
      'Breathe out slowly through pursed lips until your lungs feel empty, letting the belly sink.',
      'Keep breathing this way for about 60 seconds.',
      'Rest and breathe normally for a few breaths.',
      'Repeat three times.',
      'If a stitch starts while you are running or walking, slow down, breathe out fully through pursed lips and press your fingertips up under the ribs on the sore side until it eases.',
    ],
    holdSeconds: 60,
    repetitions: 3,
    breathing:
      'Slow and low: breathe in through your nose into your belly, breathe out through pursed lips, making each breath out a little longer than the breath in.',
    feel: 'The belly rising and falling easily, with a sense of the lower ribs widening and the tight catch under the ribs letting go.',
    avoid: [
      'Heaving your upper chest and shoulders up as you breathe in.',
      'Forcing big, fast breaths: if you feel dizzy or tingly, breathe more gently.',
      'Holding your breath.',
    ],
  },
  selfCare: [
    'Practise slow belly breathing for a few minutes each day, so the diaphragm, not the upper chest, does the work.',
    'Leave a couple of hours between a large meal and running or hard exercise.',
    'Warm up gradually and build up your pace slowly when you exercise.',
    'Sit upright; slumping squeezes the belly and makes the diaphragm work badly.',
  ],
  perpetuatingFactors: [
    'Running or hard exercise soon after eating, or before you are fit for it.',
    'Breathing high in the upper chest, for example with stress, asthma or a long-lasting cough.',
    'Sitting slumped for long spells, which squeezes the belly.',
    'Tight clothing or belts round the waist.',
  ],
  precautions: [
    'Pain in the chest or upper belly with breathlessness, sweating, sickness or pain spreading to the arm or jaw may come from the heart: call emergency services; do not treat it.',
    'Pain under the right ribs after fatty meals, with yellow skin or eyes, or with fever may come from the gallbladder or liver: see a doctor before you press here.',
    'Burning pain in the upper belly, vomiting, or black stools needs a doctor first.',
    'Keep your fingers off the small bony tip at the bottom of the breastbone, and press gently: on the right side the liver lies under the ribs.',
    'Do not press here if you are pregnant or have had surgery on the belly in the past few months.',
  ],
  redFlags: ['heart-attack', 'acute-abdomen', 'abdominal-aortic-aneurysm'],
  sources: [
    {
      source: 'simons-travell-simons-1999-v1',
      chapter: 'Chapter on the intercostal muscles and diaphragm',
    },
    { source: 'davies-2013', chapter: 'Section on the diaphragm' },
  ],
};
