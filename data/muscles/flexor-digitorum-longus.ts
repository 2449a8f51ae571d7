import type { Muscle } from '../../src/domain/atlas.ts';

export const flexorDigitorumLongus: Muscle = {
  id: 'flexor-digitorum-longus',
  name: 'Flexor digitorum longus',
  aliases: ['FDL', 'long toe flexor', 'long flexor of the toes', 'flexor digitorum longus pedis'],
  group: 'leg-foot',
  anatomy: {
    origin:
      'The inner part of the back of the shin bone (tibia), below the line where the soleus attaches.',
    insertion:
      'Its tendon runs behind the inner ankle bone, crosses under the foot and splits into four, one to the underside of the end bone of each of the four small toes (distal phalanges).',
    action:
      'Curls the four small toes down and presses them into the ground for balance; it also helps point the foot down and turn the sole inward.',
    innervation: 'The tibial nerve.',
  },
  triggerPoints: [
    {
      id: 'flexor-digitorum-longus-tp1',
      name: 'TrP',
      location:
        'On the inner side of your lower leg, in its upper half, just behind the inner edge of the shin bone. Start about a hand’s width below the knee and search down from there, between the bone and the bulk of the calf.',
      region: 'calf',
      placement: {
        from: 'knee-centre',
        to: 'ankle-centre',
        t: 0.4,
        offset: [-0.04, 0, -0.022],
        facing: 'inside',
      },
      depth: 'deep',
      depthNote:
        'It lies against the back of the shin bone, under the inner edge of the soleus and the inner calf muscle (gastrocnemius). Press in just behind the edge of the bone, so you push the calf muscles aside rather than straight through them.',
      referral: {
        essential: [{ region: 'sole' }],
        spillover: [{ region: 'toes' }, { region: 'ankle-inner' }, { region: 'calf' }],
      },
      symptoms: [
        'Pain in the middle of the sole at the front of the foot, just behind the four small toes.',
        'The pain can spread into the small toes, and sometimes up the inner side of the ankle and calf.',
        'The front of the foot hurts when you walk, most of all on uneven ground or in sand.',
      ],
      complaints: [
        'pain in the ball of the foot',
        'metatarsalgia',
        'foot pain when walking',
        'pain walking on uneven ground',
        'inner ankle pain',
      ],
    },
  ],
  pressure: {
    position:
      'Sitting on a chair or the floor, with the sore leg bent and its ankle resting on the other knee, so the inner side of the calf faces up.',
    tool: 'Both thumbs, one on top of the other.',
    direction:
      'In just behind the inner edge of the shin bone, angled toward the back of the bone, easing the calf muscles aside.',
    steps: [
      'Sit with the ankle of the sore leg resting on your other knee.',
      'Let the calf and foot go loose.',
      'Find the inner edge of your shin bone about a hand’s width below the knee.',
      'Slide your thumb just behind that edge, onto the soft muscle.',
      'Put the other thumb on top and press in toward the back of the bone.',
      'Work slowly down the edge, a finger-width at a time, until you find a tender spot or one that sends an ache into the sole.',
      'Press until the ache is about 4 to 6 out of 10.',
      'Hold for 30 to 60 seconds while you breathe slowly.',
      'Let go and rest for 20 seconds.',
      'Repeat twice more on the most tender spot.',
      'Check by standing up and curling and spreading your toes: the sole should feel easier.',
    ],
    pressure: { min: 4, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'A deep ache against the bone that softens while you hold, and the sole feels lighter. Not sharp, not burning, no tingling.',
    stopIf: [
      'You feel tingling, numbness or an electric shock into the foot.',
      'You feel a pulse beating under your thumb.',
      'The pain turns sharp, or you are pressing on the bone itself.',
      'The calf is hot, swollen, red or tender to a light touch.',
    ],
  },
  stretch: {
    position:
      'Standing and facing a wall, with your hands on it at chest height and the sore foot in front.',
    steps: [
      'Rest the toes of the sore foot up against the wall, with the ball of the foot and the heel on the floor.',
      'Keep the knee of that leg straight but not locked.',
      'Lean slowly toward the wall until you feel a stretch along the sole and up into the calf.',
      'Hold for 30 seconds.',
      'Lean back and take the toes off the wall.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing:
      'Breathe slowly. On each breath out, let your body sink a little closer to the wall.',
    feel: 'A gentle pull under the toes, along the sole and deep in the calf.',
    avoid: [
      'Pain in the joints of the toes: lower the toes a little on the wall.',
      'Bouncing.',
      'Tingling or numbness in the foot.',
    ],
  },
  selfCare: [
    'Lay a warm pack over the inner side of the calf for 15 to 20 minutes before the pressure or the stretch.',
    'Choose shoes that bend easily at the ball of the foot and have a cushioned sole there.',
    'Avoid flip-flops and loose slip-on shoes that make your toes grip to keep them on.',
    'Walk and run on smooth, level ground while the pain settles, and keep runs in deep sand short.',
    'Spread and curl your toes a few times every hour when you sit for long, to keep them moving.',
  ],
  perpetuatingFactors: [
    'Running or walking on uneven ground, sideways slopes or soft sand.',
    'Shoes with stiff, thin soles or a worn heel that lets the foot roll in or out.',
    'Flat feet or a foot that rolls in too far with each step.',
    'A long second toe bone with a short first one (Morton foot structure).',
    'Gripping with the toes to keep loose shoes or sandals on.',
  ],
  precautions: [
    'A calf that is hot, swollen, red or tender, especially after a long journey, surgery, bed rest or pregnancy, may be a blood clot: never massage it, and get medical help the same day.',
    'Keep your thumbs out of the soft hollow behind and below the inner ankle bone: the tibial nerve and the posterior tibial artery (a pulse you can feel) run there.',
    'If you have diabetes or poor feeling in your feet, press gently (no more than 3 to 4 out of 10) and look at the skin of the leg and foot afterwards; ask your doctor or podiatrist first.',
    'Burning, tingling or numbness in the sole or toes may come from a trapped nerve at the inner ankle (tarsal tunnel) or from nerve damage, not from a muscle: see a doctor.',
    'A spot on a foot bone that hurts to touch, or swelling on the top of the foot after more walking or running, may be a stress fracture: see a doctor first.',
  ],
  redFlags: ['blood-clot'],
  sources: [
    { source: 'travell-simons-1992-v2', chapter: 'Chapter on the long flexor muscles of the toes' },
    { source: 'davies-2013', chapter: 'Section on the long toe flexors' },
    { source: 'donnelly-2019', chapter: 'Chapter on the long flexor muscles of the toes' },
  ],
};
