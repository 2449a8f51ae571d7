import type { Muscle } from '../../src/domain/atlas.ts';

export const soleus: Muscle = {
  id: 'soleus',
  name: 'Soleus',
  aliases: ['deep calf muscle', 'second heart', 'calf muscle'],
  group: 'leg-foot',
  anatomy: {
    origin:
      'The back of the head and upper third of the small outer leg bone (fibula), a ridge on the back of the shin bone (soleal line) and the middle third of its inner edge, and a fibrous arch between the two bones.',
    insertion:
      'Through the Achilles tendon, shared with the gastrocnemius, to the back of the heel bone (calcaneus).',
    action:
      'Points the foot down and lifts the heel, whether the knee is straight or bent. When you stand it keeps you from swaying forward, and its squeezing pumps blood from the legs back toward the heart.',
    innervation: 'Tibial nerve (S1, S2).',
  },
  triggerPoints: [
    {
      id: 'soleus-tp1',
      name: 'TrP1',
      location:
        'Low in the calf, just above where the calf bulge narrows into the Achilles tendon: two or three finger-widths below the bottom of the calf bulge, a little toward the inner side of the middle of the leg.',
      region: 'calf',
      placement: {
        from: 'knee-centre',
        to: 'calcaneus',
        t: 0.6,
        offset: [-0.005, 0, -0.012],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'heel' }],
        spillover: [{ region: 'calf' }],
      },
      symptoms: [
        'Pain in the back and the underside of the heel, which can make it hard to put weight on the heel.',
        'The pain can run up into the lower end of the Achilles tendon.',
        'Walking, above all uphill or up and down stairs, makes it worse.',
        'The heel may be tender to press, even when nothing is wrong with the bone.',
      ],
      complaints: [
        'heel pain',
        'Achilles pain',
        'pain walking uphill',
        'pain on stairs',
        'pain putting weight on the heel',
      ],
    },
    {
      id: 'soleus-tp2',
      name: 'TrP2',
      location:
        'High in the calf, on its outer side: about a hand’s width below the crease at the back of the knee, a little below and behind the knob of the small outer leg bone (head of the fibula).',
      region: 'calf',
      placement: {
        from: 'fibular-head',
        to: 'lateral-malleolus',
        t: 0.2,
        offset: [-0.025, 0, -0.05],
        facing: 'back',
      },
      depth: 'deep',
      depthNote:
        'Up here the soleus lies under the outer head of the big calf muscle (gastrocnemius). Bend the knee so the gastrocnemius goes slack, then press slowly through it.',
      referral: {
        essential: [{ region: 'calf' }],
        spillover: [],
      },
      symptoms: [
        'A diffuse ache over the upper half of the back of the calf.',
        'It is worse when you walk or stand for long.',
      ],
      complaints: ['calf pain', 'aching calves after standing', 'pain walking uphill'],
    },
    {
      id: 'soleus-tp3',
      name: 'TrP3',
      location:
        'Low in the calf, a little higher than TrP1 and toward the outer side of the leg, just above where the calf narrows into the Achilles tendon.',
      region: 'calf',
      placement: {
        from: 'knee-centre',
        to: 'calcaneus',
        t: 0.53,
        offset: [0.012, 0, -0.018],
        facing: 'back',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'sacrum' }],
        spillover: [],
      },
      symptoms: [
        'A deep ache over the sacroiliac joint area at the back of the pelvis, on the same side.',
        'This pattern is rare, and the link to the calf is easy to miss.',
      ],
      complaints: ['sacroiliac pain', 'low back pain'],
    },
  ],
  pressure: {
    position:
      'Sitting on a chair with the sore knee bent and the foot resting flat on a low stool, so the calf is slack; or sitting on the floor with the knee bent up.',
    tool: 'Your thumbs, with the fingers wrapped round the front of the shin for support. A tennis ball under the lower calf works too.',
    direction:
      'Forward into the calf toward the bones of the leg, and for the low points in from the side of the Achilles tendon toward the middle of the leg.',
    steps: [
      'Sit with the knee bent and the foot resting flat, so the calf hangs soft.',
      'Hold the lower leg with both hands, fingers on the shin and thumbs on the back of the calf.',
      'For the low points, place your thumbs just above where the calf bulge narrows into the Achilles tendon, one on each side of it.',
      'Press in slowly from the sides until you find a tender spot, often one that sends an ache into the heel.',
      'Press until the ache is about 5 to 7 out of 10.',
      'Hold for 30 to 90 seconds while you breathe slowly.',
      'Let go and rest for 20 seconds.',
      'Repeat the hold twice more.',
      'For the high point, move your thumbs to the upper outer calf, a hand’s width below the back of the knee, and press slowly through the soft muscle in the same way.',
      'Check by standing and bending both knees with the heels down: the heel and calf should feel easier.',
    ],
    pressure: { min: 5, max: 7 },
    holdSeconds: { min: 30, max: 90 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'A deep, dull ache in the calf that softens as you hold, and the heel pain eases. Not sharp, not burning, no tingling.',
    stopIf: [
      'The calf is hot, swollen, red or tender to the touch, or one calf is suddenly bigger than the other: this may be a blood clot, so do not press or massage; see a doctor now.',
      'You feel tingling, pins and needles or numbness in the calf or foot.',
      'The pain turns sharp or burning.',
      'Pressing the Achilles tendon itself hurts sharply: keep to the muscle beside and above it.',
    ],
  },
  stretch: {
    position: 'Standing facing a wall, an arm’s length away.',
    steps: [
      'Stand facing the wall and put both hands on it at shoulder height.',
      'Step the sore leg back half a stride, toes pointing straight ahead.',
      'Keep the back heel on the floor.',
      'Bend the back knee slowly, letting it sink toward the floor, until you feel a pull low in the calf.',
      'Hold for 30 seconds.',
      'Straighten up and rest for a few seconds.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing:
      'Breathe out slowly as you bend the back knee, then keep breathing evenly; sink a little lower as the calf lets go.',
    feel: 'A steady, gentle pull low in the calf, above the heel.',
    avoid: [
      'Letting the back heel lift or the foot turn out.',
      'Bouncing into the stretch.',
      'Pain in the Achilles tendon itself: ease off.',
      'Stretching a calf that is hot, swollen and tender: see a doctor first.',
    ],
  },
  selfCare: [
    'Wear low-heeled shoes with soles that bend easily and do not slip.',
    'Choose a chair or footrest that does not press into the back of the calves.',
    'Get up and walk for a minute or two every 30 minutes when you sit, and rock the feet up and down while seated to keep the calf pump working.',
    'Lay a warm pack on the calf for 15 to 20 minutes before the pressure or the stretch.',
    'Squat with the heels down when you lift from the floor, rather than rising onto your toes.',
    'Build up running, hill walking and time on sand or slopes gradually.',
  ],
  perpetuatingFactors: [
    'High heels, and shoes with hard, slippery soles.',
    'Running, especially uphill, and walking on sand, snow or sloping ground.',
    'Sitting for long with the edge of a chair, recliner or footrest pressing on the calves.',
    'Sitting or sleeping with the foot pointed for long spells.',
    'Tight elastic at the top of socks that squeezes the calf.',
    'A sudden overload, such as slipping and catching yourself.',
  ],
  precautions: [
    'RED FLAG: a hot, swollen, tender calf, perhaps red, may be a blood clot (deep vein thrombosis). Never massage it; see a doctor now. Call emergency services if you are also short of breath or have chest pain.',
    'A sudden snap or sharp pain in the calf or Achilles tendon, with swelling or trouble rising onto your toes, may be a tear: see a doctor before you press or stretch.',
    'Press the muscle beside and above the Achilles tendon, not the tendon itself.',
    'Calf pain that comes on each time you walk a set distance and goes when you stop may be a problem with the blood flow: see a doctor.',
    'If you have varicose veins, press gently around them, never on them.',
  ],
  redFlags: ['blood-clot'],
  sources: [
    { source: 'travell-simons-1992-v2', chapter: 'Chapter on the soleus and plantaris muscles' },
    { source: 'davies-2013', chapter: 'Section on the soleus' },
    { source: 'donnelly-2019', chapter: 'Chapter on the soleus and plantaris muscles' },
  ],
};
