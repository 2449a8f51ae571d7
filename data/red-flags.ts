import type { RedFlag } from '../src/domain/atlas.ts';

/**
 * Symptoms that need a doctor before any self-treatment. Shown above the techniques whenever a
 * selected area is one of the flag's regions. Worded plainly: what to look for, what to do.
 * Based on widely published clinical red-flag lists for head, neck, chest, back and limb pain.
 */
export const RED_FLAGS: readonly RedFlag[] = [
  {
    id: 'heart-attack',
    regions: [
      'chest',
      'sternum',
      'upper-abdomen',
      'jaw',
      'throat',
      'shoulder-front',
      'upper-arm-front',
      'elbow-inner',
      'between-shoulder-blades',
    ],
    urgency: 'emergency',
    title: 'Chest pain or pressure with breathlessness, sweating or sickness',
    signs:
      'Pain, pressure, squeezing or tightness in the chest that may spread to the arm (often the left), neck, jaw or back, especially with shortness of breath, cold sweat, nausea or light-headedness.',
    advice:
      'Call emergency services now. Do not press on muscles or wait to see whether it passes.',
  },
  {
    id: 'sudden-severe-headache',
    regions: ['head-vertex', 'forehead', 'temple', 'occiput', 'eye', 'neck-back'],
    urgency: 'emergency',
    title: 'A sudden, severe headache: the worst you have ever had',
    signs:
      'A headache that comes on like a thunderclap and reaches full strength within about a minute, or a headache after a blow to the head.',
    advice: 'Call emergency services now. This is not a muscle problem to treat at home.',
  },
  {
    id: 'headache-fever-stiff-neck',
    regions: ['head-vertex', 'forehead', 'temple', 'occiput', 'eye', 'neck-back', 'neck-side'],
    urgency: 'emergency',
    title: 'Headache with fever and a stiff neck',
    signs:
      'Headache with a fever, a neck too stiff to bring your chin to your chest, a rash that does not fade under a pressed glass, confusion, or light hurting your eyes.',
    advice: 'Call emergency services now.',
  },
  {
    id: 'stroke-signs',
    regions: ['head-vertex', 'forehead', 'temple', 'occiput', 'eye', 'cheek', 'jaw', 'neck-side'],
    urgency: 'emergency',
    title: 'Sudden weakness, numbness, trouble speaking or loss of vision',
    signs:
      'A face that droops on one side, an arm or leg that suddenly goes weak or numb, slurred or muddled speech, sudden loss of sight, double vision or loss of balance.',
    advice: 'Call emergency services now and note the time the signs began.',
  },
  {
    id: 'temple-pain-over-50',
    regions: ['temple', 'forehead', 'jaw', 'eye'],
    urgency: 'urgent',
    title: 'New temple headache after the age of 50, with a tender scalp or jaw pain on chewing',
    signs:
      'A new headache at the temples in someone over 50, with a tender scalp or temple artery, aching jaw when chewing, blurred or double vision, or feeling generally unwell.',
    advice:
      'See a doctor today. Do not massage the temple until a doctor has ruled out inflamed arteries (giant cell arteritis), which can threaten sight.',
  },
  {
    id: 'eye-emergency',
    regions: ['eye'],
    urgency: 'emergency',
    title: 'A red, painful eye or sudden change in vision',
    signs:
      'A painful red eye, sudden blurred or lost vision, haloes around lights, or pain with vomiting.',
    advice: 'Go to an emergency department or an eye casualty service now.',
  },
  {
    id: 'dental-infection',
    regions: ['teeth', 'jaw', 'cheek', 'ear'],
    urgency: 'urgent',
    title: 'Toothache or face pain with swelling or fever',
    signs:
      'A swollen face or gum, a bad taste or pus, fever, difficulty opening your mouth or swallowing.',
    advice:
      'See a dentist or doctor today. If swelling spreads to the eye or neck, or breathing or swallowing is hard, call emergency services.',
  },
  {
    id: 'injury',
    regions: [
      'head-vertex',
      'occiput',
      'neck-back',
      'neck-side',
      'between-shoulder-blades',
      'mid-back',
      'low-back',
      'sacrum',
      'tailbone',
      'hip-side',
      'groin',
    ],
    urgency: 'urgent',
    title: 'Pain that began with a fall, accident or blow',
    signs:
      'Pain that started after a fall, a car accident, a sports collision or a heavy lift, especially in older people or anyone with thin bones (osteoporosis).',
    advice:
      'See a doctor before pressing or stretching, to rule out a fracture or torn tissue. With neck pain after an accident, keep still and call emergency services.',
  },
  {
    id: 'spreading-numbness-weakness',
    regions: [
      'neck-back',
      'neck-side',
      'shoulder-top',
      'upper-arm-front',
      'upper-arm-back',
      'forearm-front',
      'forearm-back',
      'hand-back',
      'palm',
      'thumb',
      'fingers',
    ],
    urgency: 'urgent',
    title: 'Numbness or weakness that spreads, or clumsy hands',
    signs:
      'Numbness, pins and needles or weakness that is spreading or getting worse, dropping things, clumsy hands, or unsteady walking with neck pain.',
    advice:
      'See a doctor within a day or two, or today if it is getting worse fast. Nerve pressure needs a proper examination before any self-treatment.',
  },
  {
    id: 'arm-circulation',
    regions: [
      'neck-side',
      'upper-arm-front',
      'upper-arm-back',
      'forearm-front',
      'forearm-back',
      'hand-back',
      'palm',
      'fingers',
      'thumb',
    ],
    urgency: 'urgent',
    title: 'Arm symptoms with a cold, pale, blue or swollen hand',
    signs:
      'A hand or arm that turns cold, pale, blue or swollen, a weak pulse at the wrist, or heaviness of the arm.',
    advice:
      'See a doctor today: blood vessels may be squeezed. If the arm is suddenly cold, white and painful, call emergency services.',
  },
  {
    id: 'cauda-equina',
    regions: ['low-back', 'sacrum', 'tailbone', 'buttock', 'thigh-back', 'thigh-inner', 'groin'],
    urgency: 'emergency',
    title: 'Back pain with numbness in the saddle area or loss of bladder or bowel control',
    signs:
      'Numbness or tingling around the genitals, anus or inner thighs (the saddle area), new trouble passing or holding urine, loss of bowel control, or weakness in both legs.',
    advice:
      'Go to an emergency department now. Pressure on the nerves at the base of the spine needs treatment within hours.',
  },
  {
    id: 'serious-back-pain',
    regions: ['low-back', 'mid-back', 'sacrum', 'neck-back', 'between-shoulder-blades'],
    urgency: 'urgent',
    title: 'Back pain with fever, weight loss, a history of cancer, or constant night pain',
    signs:
      'Back or neck pain with a fever or chills, weight loss you cannot explain, a past cancer, a weakened immune system, or pain that is constant, worse at night and not eased by rest or changing position.',
    advice: 'See a doctor within a day or two before any self-treatment.',
  },
  {
    id: 'leg-weakness',
    regions: [
      'low-back',
      'buttock',
      'thigh-back',
      'thigh-outer',
      'calf',
      'outer-lower-leg',
      'shin',
      'top-of-foot',
    ],
    urgency: 'urgent',
    title: 'Leg weakness or a foot that drops',
    signs:
      'A leg that gives way, a foot that slaps down or catches on the ground (foot drop), or numbness that spreads down the leg.',
    advice: 'See a doctor today or tomorrow. Nerve weakness needs an examination.',
  },
  {
    id: 'blood-clot',
    regions: ['calf', 'knee-back', 'thigh-back', 'thigh-inner'],
    urgency: 'emergency',
    title: 'A calf or leg that is hot, swollen, red and tender',
    signs:
      'One calf or leg that is swollen, warm, red or tender, especially after a long journey, surgery, bed rest, pregnancy, or starting hormone pills.',
    advice:
      'Never massage it: a clot could move. See a doctor now. If you are also short of breath or have chest pain, call emergency services.',
  },
  {
    id: 'acute-abdomen',
    regions: ['upper-abdomen', 'lower-abdomen', 'groin', 'side-ribs'],
    urgency: 'emergency',
    title: 'Belly pain with fever, vomiting or a hard, rigid belly',
    signs:
      'Abdominal pain with a fever, repeated vomiting, vomiting blood, black stools, a belly that is hard and very tender to touch, or pain that is severe and getting worse. In pregnancy, any severe belly pain.',
    advice: 'Go to an emergency department now. Do not press into the belly.',
  },
  {
    id: 'groin-lump',
    regions: ['groin', 'lower-abdomen'],
    urgency: 'soon',
    title: 'Groin pain with a lump',
    signs:
      'A bulge or lump in the groin that may come and go. If it becomes hard, very painful, cannot be pushed back, or you are vomiting, it is an emergency.',
    advice:
      'See a doctor soon and do not press on it. A hard, painful lump that will not go back needs emergency care.',
  },
];
