import type { Muscle } from '../../src/domain/atlas.ts';

export const sternocleidomastoid: Muscle = {
  id: 'sternocleidomastoid',
  name: 'Sternocleidomastoid',
  aliases: ['SCM', 'sternomastoid', 'sternocleidomastoideus'],
  group: 'head-neck',
  anatomy: {
    origin:
      'Two heads: the sternal head from the front of the top of the breastbone (manubrium), and the clavicular head from the inner third of the collarbone (clavicle).',
    insertion:
      'The bony bump behind the ear (mastoid process) and the outer half of the ridge along the base of the skull (superior nuchal line).',
    action:
      'On one side, it tips the head toward the same shoulder and turns the face to the other side; both sides together bend the neck forward and push the chin forward, and they help lift the breastbone in hard breathing.',
    innervation:
      'The spinal accessory nerve (cranial nerve XI), with branches from the second and third neck nerves (C2, C3).',
  },
  triggerPoints: [
    {
      id: 'sternocleidomastoid-sternal-lower',
      name: 'Sternal division, lower end',
      location:
        'Turn your head to the other side and feel the cord that stands out on the side of your neck, from behind your ear to the top of your breastbone. Follow its front, rounder strand down into its lower third, about two or three finger-widths above where it meets the top of your breastbone.',
      region: 'neck-side',
      placement: {
        from: 'mastoid',
        to: 'sternal-notch',
        t: 0.66,
        offset: [0.025, 0, 0.005],
        facing: 'front',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'sternum' }],
        spillover: [],
      },
      symptoms: [
        'An ache over the top of the breastbone, with little or no pain in the neck itself.',
        'The breastbone may feel sore to touch.',
      ],
      complaints: ['breastbone pain', 'chest pain over the breastbone'],
    },
    {
      id: 'sternocleidomastoid-sternal',
      name: 'Sternal division, middle part',
      location:
        'Turn your head to the other side and feel the cord that stands out on the side of your neck, from behind your ear to the top of your breastbone. The sternal division is its front, rounder strand. These tender spots lie along its middle third, mostly on its inner (front) edge.',
      region: 'neck-side',
      placement: {
        from: 'mastoid',
        to: 'sternal-notch',
        t: 0.55,
        offset: [0.015, 0, 0.02],
        facing: 'front',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'cheek' }, { region: 'eye' }],
        spillover: [{ region: 'throat' }, { region: 'jaw' }],
      },
      symptoms: [
        'Pain across the cheek and over the eyebrow that can feel like sinus pain.',
        'Pain deep in the eye socket.',
        'A sore feeling in the throat or at the back of the tongue when you swallow, and sometimes a small sore spot at the tip of the chin.',
        'A watery, red eye or blurred vision on the same side.',
      ],
      complaints: ['sinus-like face pain', 'eye pain', 'sore throat when swallowing'],
    },
    {
      id: 'sternocleidomastoid-sternal-upper',
      name: 'Sternal division, upper end',
      location:
        'The top part of the same front strand, in the last two or three finger-widths below the bony bump behind your ear (mastoid process).',
      region: 'neck-side',
      placement: {
        from: 'mastoid',
        to: 'sternal-notch',
        t: 0.28,
        offset: [0, -0.01, 0],
        facing: 'outside',
      },
      depth: 'superficial',
      referral: {
        essential: [{ region: 'occiput' }, { region: 'head-vertex' }],
        spillover: [],
      },
      symptoms: [
        'A headache behind the ear along the ridge at the base of the skull.',
        'An ache on the top of the head, where the scalp may feel tender to touch or to brush.',
      ],
      complaints: [
        'tension-type headache',
        'headache at the back of the head',
        'headache on the top of the head',
      ],
    },
    {
      id: 'sternocleidomastoid-clavicular',
      name: 'Clavicular division, middle part',
      location:
        'The back, flatter strand of the same cord, which fans out low down to the inner part of your collarbone. Pinch just behind the front strand to reach it. These tender spots lie in its middle third.',
      region: 'neck-side',
      placement: {
        from: 'mastoid',
        to: 'sternal-notch',
        t: 0.55,
        offset: [0.032, 0, 0],
        facing: 'outside',
      },
      depth: 'deep',
      depthNote:
        'It lies partly behind and under the sternal strand. Pinch the whole muscle, then let your fingers find the strand further back.',
      referral: {
        essential: [{ region: 'forehead' }],
        spillover: [{ region: 'forehead', side: 'opposite' }],
      },
      symptoms: [
        'A headache across the forehead; when it is strong it spreads across to the other side.',
        'Dizziness or feeling off balance, especially when you turn your head or change position.',
      ],
      complaints: ['frontal headache', 'dizziness', 'off-balance feeling'],
    },
    {
      id: 'sternocleidomastoid-clavicular-upper',
      name: 'Clavicular division, upper part',
      location:
        'The top part of the back strand, in the upper third of the cord, two to four finger-widths below and in front of the bony bump behind your ear (mastoid process). Pinch just behind the front strand to reach it.',
      region: 'neck-side',
      placement: {
        from: 'mastoid',
        to: 'sternal-notch',
        t: 0.35,
        offset: [0.012, -0.005, -0.005],
        facing: 'outside',
      },
      depth: 'deep',
      depthNote:
        'It lies partly behind and under the sternal strand. Pinch the whole muscle, then let your fingers find the strand further back.',
      referral: {
        essential: [{ region: 'ear' }],
        spillover: [],
      },
      symptoms: [
        'A deep earache and pain just behind the ear.',
        'Dizziness or feeling off balance, especially when you turn your head or change position.',
      ],
      complaints: ['earache', 'pain behind the ear', 'dizziness', 'off-balance feeling'],
    },
  ],
  pressure: {
    position:
      'Sit back in a chair or lie on your back, with your ear tipped a little toward the shoulder on the sore side so the muscle goes slack.',
    tool: 'The thumb and the first two fingers of your other hand, in a pinch grip.',
    direction:
      'Squeeze your thumb and fingers toward each other across the cord, lifting it slightly away from your neck; never press in toward your windpipe or a pulse.',
    steps: [
      'Sit back or lie down and tip your ear slightly toward the shoulder on the sore side.',
      'Turn your head briefly to the other side and feel the cord that stands out from behind your ear to your breastbone; then let your head relax again.',
      'With your other hand, pinch the cord gently between your thumb and bent fingers, as if holding a thick pencil, and lift it slightly away from the neck. Grip only the cord itself: the pulse of the big neck artery (carotid artery) lies just in front of and under it. If you feel a pulse, let go and take a new grip further out on the cord.',
      'Starting just above the collarbone, work up toward the ear one finger-width at a time, looking for spots that ache or send pain into your head, face, ear or breastbone.',
      'Squeeze a tender spot until the ache is about 4 to 6 out of 10.',
      'Hold for 30 to 60 seconds while you breathe slowly.',
      'Let go slowly and rest for 30 seconds.',
      'Do the front strand first, then pinch a little further back for the back strand.',
      'Check by turning your head slowly from side to side: it should feel freer, and any dizziness should not be worse.',
    ],
    pressure: { min: 4, max: 6 },
    holdSeconds: { min: 30, max: 60 },
    rounds: 3,
    restSeconds: 30,
    releaseFeel:
      'The strand softens between your fingers and the pain in your head or face fades while you hold. Not sharp, not burning, no tingling.',
    stopIf: [
      'You feel a pulse under your fingers.',
      'You feel dizzy, sick or faint, or your sight changes.',
      'You feel tingling or numbness in your face, arm or hand.',
      'The pain turns sharp or burning.',
      'Your throat feels squeezed, or you start to cough or gag.',
    ],
  },
  stretch: {
    position: 'Sitting tall on a firm chair with your feet flat on the floor.',
    steps: [
      'Hold the edge of the seat with the hand on the side you want to stretch.',
      'Tip your head slowly away, bringing your other ear toward your other shoulder.',
      'Turn your face slowly toward the side you are stretching.',
      'If it is comfortable, and looking up has never made you dizzy, lift your chin a few degrees.',
      'Hold for 30 seconds.',
      'Come back slowly: lower your chin, turn back to the front, then lift your head upright.',
      'Repeat three times.',
    ],
    holdSeconds: 30,
    repetitions: 3,
    breathing:
      'Breathe slowly into your belly, not your upper chest; let the stretch ease a little further as you breathe out.',
    feel: 'A gentle pull along the side and front of the neck, from behind the ear to the collarbone.',
    avoid: [
      'Dropping your head far back.',
      'Stretching while you feel dizzy, or carrying on if the stretch makes you dizzy.',
      'Jerky or quick movements.',
      'Pulling on your head with your hand.',
    ],
  },
  selfCare: [
    'Keep your screen straight in front of you at eye level, so you do not hold your head turned or tipped back.',
    'Use a pillow that keeps your head level with your body when you lie on your side, and not so thick that it pushes your head forward when you lie on your back.',
    'Keep your neck warm on cold or draughty days, for example with a scarf.',
    'Turn your chair or your whole body to face someone you are talking to, instead of twisting your neck.',
    'Practise slow belly breathing; strained upper-chest breathing makes this muscle work all day.',
  ],
  perpetuatingFactors: [
    'Looking up for long spells, as when painting a ceiling or sitting in the front row of a cinema.',
    'Holding your head forward or turned to one side at a screen.',
    'Strained breathing from the upper chest, a long-lasting cough or asthma.',
    'Sleeping propped up on too many pillows, or on your front with your head turned.',
    'A whiplash injury or a fall.',
    'A tight shirt collar or tie.',
  ],
  precautions: [
    'Keep your fingers off the pulse at the front of your neck (the carotid artery). Always pinch the muscle; never press into the front of the neck.',
    'Work on one side at a time; never squeeze both sides of the neck at once.',
    'If you feel a pulse under your fingers, let go and take a new grip further out on the muscle.',
    'Ask a doctor before working on this muscle if you have a known narrowing of the neck arteries, have had a stroke or mini-stroke, or have had recent neck surgery.',
    'Sudden dizziness with slurred speech, double vision, or weakness or numbness on one side is an emergency: call for help and do not treat yourself.',
    'Hearing loss, ringing in the ear, or a discharging or very painful ear needs a doctor; do not assume an earache comes from this muscle.',
  ],
  redFlags: ['stroke-signs'],
  sources: [
    { source: 'simons-travell-simons-1999-v1', chapter: 'Chapter 7, Sternocleidomastoid Muscle' },
    { source: 'travell-simons-1983-v1', chapter: 'Chapter on the sternocleidomastoid muscle' },
    { source: 'davies-2013', chapter: 'Chapter 4, Head and Neck Pain' },
  ],
};
