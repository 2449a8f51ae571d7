import type { Muscle } from '../../src/domain/atlas.ts';

export const tibialisPosterior: Muscle = {
  id: 'tibialis-posterior',
  name: 'Tibialis posterior',
  aliases: ['tibialis posticus', 'posterior tibial muscle', 'tib post'],
  group: 'leg-foot',
  anatomy: {
    origin:
      'The back of both lower leg bones (shin bone and fibula) and the tough sheet between them (interosseous membrane), mostly in their upper two-thirds.',
    insertion:
      'Its tendon runs behind the inner ankle bone and fans out under the foot: mainly onto the bump on the inner side of the midfoot (navicular), with slips to most of the small bones of the midfoot and the bases of the middle three long foot bones (metatarsals).',
    action:
      'Turns the sole of the foot inward, helps point the foot down, and holds up the inner arch while you stand, walk and run.',
    innervation: 'The tibial nerve (L4, L5).',
  },
  triggerPoints: [
    {
      id: 'tibialis-posterior-tp1',
      name: 'TrP',
      location:
        'Deep in the back of your lower leg, in its upper third. Find the inner edge of your shin bone about a hand’s width below the knee; the spot lies deep behind that edge, toward the middle of the leg.',
      region: 'calf',
      placement: {
        from: 'knee-centre',
        to: 'ankle-centre',
        t: 0.3,
        offset: [-0.035, 0, -0.03],
        facing: 'inside',
      },
      depth: 'deep',
      depthNote:
        'It is the deepest muscle of the calf, lying on the bones under the soleus and the long toe flexor (flexor digitorum longus). You cannot touch it directly: you press toward it from just behind the inner edge of the shin bone, through the calf muscles above it.',
      referral: {
        essential: [{ region: 'calf' }],
        spillover: [{ region: 'heel' }, { region: 'sole' }, { region: 'toes' }],
      },
      symptoms: [
        'A strong ache over the Achilles tendon, the cord just above your heel.',
        'The ache can also fill the middle of the calf, the heel and the whole sole of the foot, down to the undersides of the toes.',
        'The foot hurts when you walk or run, most of all on uneven ground such as gravel, cobbles or a sloping path.',
      ],
      complaints: [
        'Achilles tendon pain',
        'pain in the sole when walking or running',
        'pain walking on uneven ground',
        'heel pain',
        'shin splints',
      ],
    },
  ],
  pressure: {
    position:
      'Sitting on a chair or the floor, with the sore leg bent and its ankle resting on the other knee, so the inner side of the calf faces up.',
    tool: 'Both thumbs, one on top of the other.',
    direction:
      'In from just behind the inner edge of the shin bone, angled toward the back of the bone and the middle of the leg, through the calf muscles.',
    steps: [
      'Sit with the ankle of the sore leg resting on your other knee, so the inner side of the calf faces up.',
      'Let the calf go soft and the foot hang loose.',
      'Run a thumb down the inner edge of your shin bone to about a hand’s width below the knee.',
      'Slide the thumb just off the back of that edge, onto the soft muscle.',
      'Put the other thumb on top of it.',
      'Press in slowly, angled toward the back of the shin bone, until you find a deep, tender spot.',
      'Ease off until the ache is about 4 to 6 out of 10.',
      'Hold for 30 to 60 seconds while you breathe slowly.',
      'Let go and rest for 20 seconds.',
      'Repeat twice more, moving a finger-width up or down the edge each time.',
      'Check by standing up and taking a few steps: the back of the ankle and the sole should feel a little easier.',
    ],
    pressure: { min: 4, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 20,
    releaseFeel:
      'A deep, dull ache that softens as you hold, sometimes with a faint echo at the back of the ankle or under the foot that fades. Not sharp, not burning, no tingling.',
    stopIf: [
      'You feel tingling, numbness or an electric shock into the foot.',
      'You feel a pulse beating under your thumb.',
      'The pain turns sharp or keeps building while you hold.',
      'The calf is hot, swollen, red or tender to a light touch.',
    ],
  },
  stretch: {
    position:
      'Sitting on the floor with the sore leg straight out in front of you and a towel or strap looped around the ball of that foot.',
    steps: [
      'Hold one end of the towel in each hand.',
      'Keep the knee straight but not locked.',
      'Pull the towel gently so your toes and foot come up toward you.',
      'Let the sole of your foot turn a little outward, so the outer edge of the foot lifts slightly more than the inner edge.',
      'Stop where you feel a stretch deep in the calf and along the inside of the ankle.',
      'Hold for 30 seconds.',
      'Let the foot relax back down.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing: 'Breathe slowly. On each breath out, let the foot come a little further toward you.',
    feel: 'A gentle pull deep in the calf and along the inside of the ankle.',
    avoid: [
      'Yanking the towel or bouncing the foot.',
      'A sharp pain at the back of the heel or over the Achilles tendon.',
      'Tingling or numbness in the foot.',
    ],
  },
  selfCare: [
    'Lay a warm pack over the inner side of the calf for 15 to 20 minutes before the pressure or the stretch.',
    'Walk and run on smooth, level ground while the ache settles, not on gravel, sand or sloping paths.',
    'Wear shoes with a firm heel cup that do not let the foot roll inward; replace shoes once their heels are worn down on one side.',
    'If your feet are flat or roll in a lot, ask a podiatrist whether arch supports suit you.',
    'Build up running distance slowly, and ease off for a few days if the back of the ankle starts to ache.',
  ],
  perpetuatingFactors: [
    'Running or walking on uneven ground or on a sideways slope, such as the camber of a road.',
    'Worn or soft shoes that let the foot roll inward.',
    'Flat feet, or a foot that rolls in too far with each step.',
    'A long second toe bone with a short first one (Morton foot structure).',
    'A sudden jump in how far or how fast you run.',
  ],
  precautions: [
    'A calf that is hot, swollen, red or tender, especially after a long journey, surgery, bed rest or pregnancy, may be a blood clot: never massage it, and get medical help the same day.',
    'Keep your thumbs out of the back of the knee and out of the soft hollow behind and below the inner ankle bone: the tibial nerve and the posterior tibial artery (a pulse you can feel) run there.',
    'If you have diabetes or poor feeling in your legs and feet, press gently (no more than 3 to 4 out of 10) and look at the skin afterwards for bruising; ask your doctor or podiatrist first.',
    'A sudden pain or snap at the inner ankle, or an inner arch that is quickly flattening, may be a torn or failing tendon: see a doctor before you press or stretch.',
    'Shin pain that builds with each run and hurts on one spot of the bone may be a stress fracture, and a calf that feels very tight and swollen during exercise needs a doctor: do not treat these yourself.',
  ],
  redFlags: ['blood-clot', 'compartment-syndrome'],
  sources: [
    { source: 'travell-simons-1992-v2', chapter: 'Chapter on the tibialis posterior muscle' },
    { source: 'davies-2013', chapter: 'Section on the tibialis posterior' },
    { source: 'donnelly-2019', chapter: 'Chapter on the tibialis posterior muscle' },
  ],
};
