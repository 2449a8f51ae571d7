import type { Muscle } from '../../src/domain/atlas.ts';

export const supinator: Muscle = {
  id: 'supinator',
  name: 'Supinator',
  aliases: ['supinator muscle', 'supinator brevis'],
  group: 'arm-hand',
  anatomy: {
    origin:
      'The bony bump on the outside of the elbow (lateral epicondyle), the ligaments around the head of the radius, and a ridge on the upper ulna (supinator crest).',
    insertion:
      'Wraps round the upper third of the radius and attaches to its outer, back and front surfaces.',
    action: 'Turns the palm up (supination), especially when the elbow is straight.',
    innervation:
      'The deep branch of the radial nerve (posterior interosseous nerve, from C5 and C6), which passes through the muscle.',
  },
  triggerPoints: [
    {
      id: 'supinator-tp1',
      name: 'Supinator TrP',
      location:
        'On the front of your forearm just below the elbow crease, on the thumb side of the firm cord of the biceps tendon. With the palm up, press down past the soft outer muscle (brachioradialis) onto the forearm bone (radius).',
      region: 'elbow-front',
      placement: {
        from: 'elbow-centre',
        to: 'wrist-centre',
        t: 0.1,
        offset: [0.016, 0, 0.03],
        facing: 'front',
      },
      depth: 'deep',
      depthNote:
        'It lies against the radius, under the brachioradialis and the outer wrist extensors. Press in slowly through them with the palm turned up.',
      referral: {
        essential: [{ region: 'elbow-outer' }, { region: 'thumb' }],
        spillover: [{ region: 'forearm-back' }],
      },
      symptoms: [
        'Pain on and around the bony bump on the outside of the elbow, both with use and at rest.',
        'An ache on the back of the web between the thumb and the index finger.',
        'Sometimes an ache along the back of the forearm.',
        'Turning a doorknob or a screwdriver, shaking hands or carrying a bag with a straight arm hurts.',
      ],
      complaints: [
        'tennis elbow',
        'thumb web pain',
        'pain turning a doorknob or a key',
        'pain carrying a bag with a straight arm',
        'pain shaking hands',
      ],
    },
  ],
  pressure: {
    position:
      'Sitting, with the sore forearm resting palm up on a table or on your thigh and the elbow a little bent.',
    tool: 'The thumb of your other hand.',
    direction: 'In and slightly outward, toward the forearm bone on the thumb side (radius).',
    steps: [
      'Sit with the sore forearm resting palm up, elbow a little bent.',
      'Bend the elbow against your other hand to feel the firm cord of the biceps tendon in the middle of the elbow crease, then relax.',
      'Place your thumb just to the thumb side of that cord and a finger-width below the crease.',
      'Press slowly in and a little outward toward the bone until you find a tender spot that aches into the outer elbow.',
      'Press until the ache is about 4 to 6 out of 10, no more.',
      'Hold for 30 to 60 seconds while you breathe slowly.',
      'Release and rest for 30 seconds.',
      'Repeat two more times.',
      'Turn the palm up and down a few times: the outer elbow should feel easier.',
    ],
    pressure: { min: 4, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 30,
    releaseFeel:
      'A deep, aching pressure that eases while you hold, with the outer elbow pain fading. Not sharp, not burning, no tingling.',
    stopIf: [
      'You feel tingling, numbness or an electric feeling on the back of the hand or the thumb: the radial nerve is being pressed.',
      'You feel a pulse beating under your thumb: move a little further toward the thumb side.',
      'The pain turns sharp or burning.',
      'The pain gets worse instead of easing.',
    ],
  },
  stretch: {
    position: 'Standing or sitting, with the sore arm straight out in front of you.',
    steps: [
      'Straighten the sore elbow in front of you at about waist height.',
      'Turn the palm down, then keep turning so the thumb points down and out.',
      'Hold the back of the sore hand with your other hand and ease the turn a little further.',
      'Hold for 30 seconds.',
      'Release slowly.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing: 'Breathe slowly and let the forearm turn a little further as you breathe out.',
    feel: 'A gentle pull deep on the outer side of the elbow and the upper forearm.',
    avoid: [
      'Locking the elbow hard.',
      'Twisting the wrist instead of the forearm.',
      'Tingling in the hand or sharp pain at the outer elbow: ease off.',
    ],
  },
  selfCare: [
    'Warm the outer elbow for 10 to 15 minutes before the pressure or the stretch.',
    'Carry bags with the elbow slightly bent and the palm facing up or in, or use a shoulder strap.',
    'Turn stiff doorknobs, jar lids and screwdrivers with both hands, or use tools with longer handles.',
    'Walk a dog on a short lead held close to your body so a sudden pull does not jerk a straight arm.',
    'In tennis, bend the elbow a little on the backhand and let the body turn, rather than flicking the forearm.',
  ],
  perpetuatingFactors: [
    'Carrying a heavy bag or briefcase with a straight arm.',
    'Repeated twisting: screwdrivers, stiff doorknobs, wringing cloths, ironing.',
    'A tennis backhand hit with a straight elbow.',
    'A dog that pulls on the lead, or other sudden jerks on a straight arm.',
  ],
  precautions: [
    'The deep branch of the radial nerve passes through this muscle. If you feel tingling, numbness or pins and needles on the back of the hand or the thumb, stop pressing.',
    'Weakness lifting the wrist, the fingers or the thumb, or a hand that feels clumsy, needs a doctor to check the radial nerve before you treat the muscle.',
    'Outer elbow pain needs a doctor first if it follows a fall or a blow, if the elbow is swollen, hot or red, or if you cannot fully bend or straighten it.',
    'See a doctor if the outer elbow pain keeps getting worse, wakes you every night, or does not ease after a few weeks of self-care.',
    'Keep your thumb on the thumb side of the biceps tendon: the pulse of the main artery of the arm lies on the inner side of it.',
  ],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter on the supinator muscle' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the supinator muscle' },
    { source: 'davies-2013', chapter: 'Section on the supinator' },
  ],
};
