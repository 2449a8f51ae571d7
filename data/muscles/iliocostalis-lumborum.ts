import type { Muscle } from '../../src/domain/atlas.ts';

export const iliocostalisLumborum: Muscle = {
  id: 'iliocostalis-lumborum',
  name: 'Iliocostalis lumborum',
  aliases: ['lumbar iliocostalis', 'erector spinae', 'paraspinals', 'outer low back muscle'],
  group: 'low-back-pelvis-hip',
  anatomy: {
    origin:
      'The shared thick tendon of the long back muscles on the back of the sacrum and the back part of the top rim of the pelvis (iliac crest).',
    insertion:
      'The lower edges of the lower six or seven ribs, at the bend at the back of each rib.',
    action:
      'Straightens the low back and bends it to its own side; pulls the lower ribs down; with both sides working it holds the trunk up against gravity as you lean forward.',
    innervation: 'The back branches (dorsal rami) of the lower thoracic and lumbar spinal nerves.',
  },
  triggerPoints: [
    {
      id: 'iliocostalis-lumborum-tp1',
      name: 'Upper lumbar TrP (about L1)',
      location:
        'Just below the lowest rib, a hand’s width out from the spine, on the outer edge of the thick ridge of muscle that runs down beside the spine.',
      region: 'low-back',
      placement: { from: 'l3', offset: [0.075, 0.045, 0], facing: 'back' },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'buttock' }],
        spillover: [],
      },
      symptoms: [
        'A deep ache in the middle of the buttock, well below the spot that is tender in the back.',
        'The back just under the ribs feels stiff, and the buttock pain makes it hard to tell where the trouble starts.',
        'Bending forward, lifting or getting up from a chair can bring it on.',
      ],
      complaints: [
        'buttock pain',
        'low back pain',
        'pain getting up from a chair',
        'pain bending to lift',
      ],
    },
  ],
  pressure: {
    position:
      'Lie on your back on a carpeted floor, knees bent and feet flat; or stand with your back to a wall.',
    tool: 'A tennis ball on the floor or against a wall.',
    direction:
      'Straight in, just below the lowest rib on the outer edge of the ridge of muscle beside the spine — not onto the spine and not onto the loose tip of the lowest rib.',
    steps: [
      'Lie on your back with your knees bent and your feet flat.',
      'Lift your hips a little and slide the ball under the sore side, just below the lowest rib and a hand’s width out from the spine. Let your weight down gently: the kidney lies deep in front of this spot.',
      'Lower your weight onto the ball and roll a little in and out until you find a tender spot on the outer edge of the muscle ridge, or one that sends an ache down into the buttock.',
      'Let your weight sink into that spot until the ache is about 5 to 7 out of 10.',
      'Hold still and breathe slowly for 30 to 60 seconds.',
      'Roll off the ball onto your side and rest for 20 seconds.',
      'Repeat the hold twice more.',
      'Check by bending forward gently: the low back and buttock should feel a little easier.',
    ],
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'A strong, aching pressure that fades while you hold, and the ache in the buttock fading with it. Not sharp, not burning, no tingling.',
    stopIf: [
      'The pain turns sharp or stabbing.',
      'You feel tingling or numbness in the buttock or down the leg.',
      'The ball sits on the bony spine or on the loose tip of the lowest rib.',
      'The pain is worse, not better, after two sessions.',
    ],
  },
  stretch: {
    position: 'Lying on your back on the floor or a firm bed.',
    steps: [
      'Lie on your back with your knees bent and your feet flat.',
      'Bring one knee and then the other up toward your chest.',
      'Hold behind your thighs, not on top of your knees.',
      'Draw both knees gently toward your shoulder on the side away from the sore one, so your low back rounds and turns a little.',
      'Stop where you feel a gentle pull across the low back on the sore side, and hold for 30 seconds.',
      'Lower one foot to the floor, then the other.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing:
      'Breathe in slowly and let your belly rise; as you breathe out, let the knees come a little closer.',
    feel: 'A gentle, even pull across the low back on the sore side, reaching toward the top of the buttock.',
    avoid: [
      'Lifting your head and shoulders off the floor.',
      'Yanking your knees in or bouncing.',
      'Pulling on your knees if they are sore: hold behind the thighs.',
    ],
  },
  selfCare: [
    'A warm pack over the low back for 15 to 20 minutes before the pressure helps the muscle let go.',
    'Keep your low back warm and out of draughts, especially when it is tired.',
    'To pick something up, bend your knees, keep the load close and do not lift and twist at once.',
    'Use a small cushion or rolled towel at the small of your back when you sit.',
    'Get up and move every 20 to 30 minutes when you sit.',
  ],
  perpetuatingFactors: [
    'Sudden overload, such as lifting while bent and twisted or slipping and catching yourself.',
    'Long spells bent forward, for example gardening, at a low sink or over a bed.',
    'Sitting for a long time in a chair with no support for the low back, or in a car seat that slumps.',
    'One leg a little shorter than the other, or one half of the pelvis smaller than the other.',
    'Chilling of the back when it is tired.',
  ],
  precautions: [
    'Get help the same day if back pain comes with numbness around the back passage or genitals, trouble passing or holding urine or stool, or weakness in a leg.',
    'Back pain with fever, weight loss you cannot explain, a history of cancer, or after a fall or accident needs a doctor before you treat it yourself.',
    'Pain in the flank below the ribs with fever, burning when you pass urine or blood in the urine may come from the kidney: see a doctor before you press here.',
    'Keep the ball off the bony bumps down the middle of your back and off the loose tip of the lowest rib.',
    'If you have osteoporosis or a recent spine or rib fracture, ask your doctor before you lie on a ball.',
  ],
  redFlags: [
    'kidney-infection-or-stone',
    'cauda-equina',
    'serious-back-pain',
    'back-pain-fever',
    'injury',
  ],
  sources: [
    {
      source: 'simons-travell-simons-1999-v1',
      chapter: 'Chapter 48, Thoracolumbar Paraspinal Muscles',
    },
    { source: 'davies-2013', chapter: 'Section on the superficial spinal muscles (iliocostalis)' },
    { source: 'donnelly-2019', chapter: 'Chapter on the thoracolumbar paraspinal muscles' },
  ],
};
