import type { Muscle } from '../../src/domain/atlas.ts';

export const subclavius: Muscle = {
  id: 'subclavius',
  name: 'Subclavius',
  aliases: ['subclavius muscle', 'subclavian muscle'],
  group: 'trunk',
  anatomy: {
    origin: 'The first rib, where it joins its cartilage, just beside the top of the breastbone.',
    insertion: 'A groove on the underside of the middle third of the collarbone.',
    action:
      'Pulls the collarbone down and in toward the breastbone, steadying the joint between them when the arm moves.',
    innervation: 'The nerve to subclavius (C5 and C6).',
  },
  triggerPoints: [
    {
      id: 'subclavius-tp',
      name: 'Subclavius TrP',
      location:
        'Tucked up under the middle of the collarbone. Place a fingertip just below the middle of the collarbone and press up and in against its underside.',
      region: 'chest',
      placement: {
        from: 'clavicle-mid',
        offset: [0.005, -0.012, -0.022],
        facing: 'front',
      },
      depth: 'deep',
      depthNote:
        'It lies under the collarbone, behind the top edge of the pectoralis major: reach it by hooking a fingertip up under the bone, gently, with the large vein and artery to the arm behind it.',
      referral: {
        essential: [
          { region: 'shoulder-front' },
          { region: 'upper-arm-front' },
          { region: 'forearm-front' },
          { region: 'thumb' },
          { region: 'fingers' },
        ],
        spillover: [{ region: 'forearm-back' }, { region: 'palm' }, { region: 'hand-back' }],
      },
      symptoms: [
        'Pain across the front of the shoulder and down the front of the upper arm, over the biceps.',
        'The pain skips the elbow and shows up again on the thumb side of the forearm.',
        'Pain in the thumb, index and middle fingers, on the palm side and the back of the hand.',
      ],
      complaints: [
        'biceps pain',
        'thumb and index finger pain',
        'arm pain that skips the elbow',
        'front of shoulder pain',
      ],
    },
  ],
  pressure: {
    position:
      'Sitting with your back supported, the arm on the sore side resting in your lap and the shoulder relaxed down.',
    tool: 'One or two fingertips of your other hand.',
    direction: 'Up and slightly back against the underside of the collarbone.',
    steps: [
      'Sit back and let the shoulder on the sore side drop and relax.',
      'Find the middle of your collarbone with the fingertips of your other hand.',
      'Slide the fingertips just below the bone.',
      'Hook them up and press gently against the underside of the bone only; never press down or back into the hollow behind the collarbone, where the large vein, artery and nerves to the arm run.',
      'Keep the pressure light, about 3 to 5 out of 10.',
      'Hold for 20 to 45 seconds while you breathe slowly.',
      'Let go and rest for 30 seconds.',
      'Check the front of your arm and your thumb: any ache there should be softer.',
    ],
    pressure: { min: 3, max: 5 },
    holdSeconds: { min: 20, max: 45 },
    rounds: 2,
    restSeconds: 30,
    releaseFeel:
      'A tender ache under the bone that softens as you hold. Not sharp, no tingling, no numbness.',
    stopIf: [
      'You feel tingling, pins and needles or numbness in the arm or hand.',
      'You feel a pulse under your fingers.',
      'The arm or hand turns pale, blue or cold.',
      'The collarbone itself hurts sharply.',
    ],
  },
  stretch: {
    position:
      'Sitting or standing tall. There is no strong stretch for this small muscle; this gentle movement lifts the collarbone up and back, away from the rib.',
    steps: [
      'Let your arms hang by your sides.',
      'Breathe in slowly and roll both shoulders up toward your ears.',
      'Draw the shoulders back, squeezing the shoulder blades gently together.',
      'Hold for 10 seconds with your chest open.',
      'Breathe out and let the shoulders settle down and back.',
      'Repeat five times.',
    ],
    holdSeconds: 10,
    repetitions: 5,
    breathing: 'Breathe in as the shoulders go up and back, and out as they settle.',
    feel: 'A gentle opening under the collarbones and across the upper chest.',
    avoid: [
      'Jerking the shoulders.',
      'Holding it into tingling or numbness in the arm.',
      'Forcing it if you have had a broken collarbone that still hurts.',
    ],
  },
  selfCare: [
    'Lay a warm pack over the collarbone and upper chest for 15 minutes before the pressure or the movement.',
    'Sit tall with your shoulders relaxed, not rolled forward and down.',
    'Keep your keyboard and mouse close, so your arms do not reach out in front of you for long spells.',
    'Sleep with the arm on that side below shoulder height, not tucked up over your head.',
  ],
  perpetuatingFactors: [
    'A round-shouldered, slumped posture that lets the collarbone sit low.',
    'Working for long spells with the arms out in front of you.',
    'Lifting or pushing heavy loads with straight arms in front of you.',
    'A broken collarbone in the past.',
    'Trigger points in the chest muscle above it (pectoralis major).',
  ],
  precautions: [
    'The large vein, artery and nerves to the arm pass just behind this muscle: use light fingertip pressure only, never a ball or a hard tool.',
    'Stop at once if you feel tingling, numbness or a pulse under your fingers.',
    'An arm that swells, turns blue or feels heavy needs a doctor urgently: it can mean a blocked vein.',
    'Pain after a fall on the shoulder, or a collarbone that hurts to touch, needs a doctor to check it for a break first.',
    'Chest pain with breathlessness, sweating or pain spreading to the arm or jaw needs emergency care first: call emergency services and do not press.',
    'Pain down the arm with numbness or weakness needs a doctor to check it.',
  ],
  redFlags: ['heart-attack', 'arm-circulation', 'injury', 'arm-hand-injury'],
  sources: [
    {
      source: 'simons-travell-simons-1999-v1',
      chapter: 'Chapter on the pectoralis major muscle (with subclavius)',
    },
    {
      source: 'travell-simons-1983-v1',
      chapter: 'Chapter on the pectoralis major muscle (subclavius section)',
    },
    { source: 'davies-2013', chapter: 'Section on the subclavius' },
  ],
};
