import type { Muscle } from '../../src/domain/atlas.ts';

export const flexorHallucisLongus: Muscle = {
  id: 'flexor-hallucis-longus',
  name: 'Flexor hallucis longus',
  aliases: ['FHL', 'long flexor of the big toe', 'long big-toe flexor'],
  group: 'leg-foot',
  anatomy: {
    origin:
      'The lower two-thirds of the back of the thin outer leg bone (fibula) and the sheet between the two leg bones (interosseous membrane).',
    insertion:
      'Its tendon runs behind the inner ankle, under a shelf of the heel bone, and along the sole between the two small bones under the big toe joint (sesamoids), to the underside of the end bone of the big toe (distal phalanx).',
    action:
      'Curls the big toe down and gives the last push as you step off; it also helps point the foot down and supports the inner arch.',
    innervation: 'The tibial nerve.',
  },
  triggerPoints: [
    {
      id: 'flexor-hallucis-longus-tp1',
      name: 'TrP',
      location:
        'In the back of your lower leg, in its lower third, a little to the outer side of the middle line. Find the Achilles tendon, the cord above your heel, and follow it up a hand’s width or a little more above the ankle bones; the spot lies deep, just to the outer side of that line.',
      region: 'calf',
      placement: {
        from: 'knee-centre',
        to: 'ankle-centre',
        t: 0.68,
        offset: [0.01, 0, -0.05],
        facing: 'back',
      },
      depth: 'deep',
      depthNote:
        'It lies on the back of the fibula, under the soleus and the thick sheet of the Achilles tendon. Press forward toward the bone, just to the outer side of the middle of the calf, firmly and slowly.',
      referral: {
        essential: [{ region: 'toes' }, { region: 'sole' }],
        spillover: [],
      },
      symptoms: [
        'Pain under the big toe and under the ball of the foot behind it.',
        'The pain is worse when you walk, push off or stand on your toes.',
        'The big toe can feel stiff or cramp.',
      ],
      complaints: [
        'big toe pain',
        'pain in the ball of the foot',
        'pain pushing off when walking',
        'foot pain when walking',
      ],
    },
  ],
  pressure: {
    position:
      'Sitting on the floor with the sore leg straight out in front of you, or sitting on a chair with the sore foot up on a stool.',
    tool: 'A tennis ball under the lower calf on the floor, or both thumbs.',
    direction:
      'Forward into the back of the lower calf, just to the outer side of the middle line, toward the thin outer leg bone.',
    steps: [
      'Sit on the floor with the sore leg straight out in front of you.',
      'Place the ball under the back of the lower calf, a hand’s width or a little more above the ankle and a little to the outer side of the middle.',
      'Let the leg rest on the ball and the foot fall loose.',
      'Roll the leg slowly from side to side until you find a tender spot, or one that sends an ache toward the big toe.',
      'Add weight, if you need more, by crossing the other leg over the sore one, until the ache is about 5 to 6 out of 10.',
      'Hold still for 30 to 60 seconds while you breathe slowly.',
      'Lift the leg off the ball and rest for 20 seconds.',
      'Repeat twice more.',
      'Check by standing and rising onto your toes: the big toe and ball of the foot should feel easier.',
    ],
    pressure: { min: 4, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'A deep ache in the lower calf that fades while you hold, sometimes with a faint echo under the big toe that eases too. Not sharp, not burning, no tingling.',
    stopIf: [
      'You feel tingling, numbness or an electric shock into the foot.',
      'The ball is pressing on the Achilles tendon itself and it hurts sharply.',
      'The pain turns sharp or keeps building while you hold.',
      'The calf is hot, swollen, red or tender to a light touch.',
    ],
  },
  stretch: {
    position:
      'Sitting on a chair with the sore foot flat on the floor in front of you, or on the other knee.',
    steps: [
      'Hold the big toe of the sore foot between your thumb and fingers.',
      'Bend it up, away from the sole, as far as it goes easily.',
      'Keep it there and slide the foot back along the floor, or pull the foot up with your other hand, so the ankle bends up too.',
      'Stop where you feel a stretch under the big toe and along the inner sole.',
      'Hold for 30 seconds.',
      'Let the toe and ankle go back to rest.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing: 'Breathe slowly and let the toe give a little more on each breath out.',
    feel: 'A gentle pull under the big toe, along the inner sole and deep in the lower calf.',
    avoid: [
      'Forcing a big toe joint that is stiff, swollen or hurts sharply.',
      'Twisting the toe sideways.',
      'Bouncing.',
    ],
  },
  selfCare: [
    'Lay a warm pack over the lower calf for 15 to 20 minutes before the pressure or the stretch.',
    'Wear shoes with a cushioned sole under the ball of the foot that bend easily at the toes.',
    'Avoid high heels and shoes that squeeze the toes while the pain settles.',
    'Walk and run on smooth, level ground rather than slopes, sand or rough trails.',
    'Move your big toe up and down a few times an hour when you sit for long.',
  ],
  perpetuatingFactors: [
    'Running or jogging on sloping or uneven ground.',
    'Shoes with a thin, hard sole or a stiff sole that does not bend at the toes.',
    'High heels, which load the ball of the foot and the big toe.',
    'A stiff big toe joint, from arthritis or an old injury.',
    'Flat feet, or a foot that rolls in too far, and a long second toe bone (Morton foot structure).',
  ],
  precautions: [
    'A calf that is hot, swollen, red or tender, especially after a long journey, surgery, bed rest or pregnancy, may be a blood clot: never massage it, and get medical help the same day.',
    'Keep the ball and your thumbs off the Achilles tendon itself and out of the soft hollow behind and below the inner ankle bone, where the tibial nerve and the posterior tibial artery run.',
    'If you have diabetes or poor feeling in your feet, press gently (no more than 3 to 4 out of 10) and look at the skin afterwards; ask your doctor or podiatrist first.',
    'A big toe joint that is suddenly hot, red and swollen may be gout or an infection: see a doctor, do not press or stretch it.',
    'Numbness on the underside of the big toe, or pain under the ball of the foot that stays after rest, needs a doctor to check it.',
  ],
  redFlags: ['blood-clot', 'hot-swollen-joint'],
  sources: [
    { source: 'travell-simons-1992-v2', chapter: 'Chapter on the long flexor muscles of the toes' },
    { source: 'davies-2013', chapter: 'Section on the long toe flexors' },
    { source: 'donnelly-2019', chapter: 'Chapter on the long flexor muscles of the toes' },
  ],
};
